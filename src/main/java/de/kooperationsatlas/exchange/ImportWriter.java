package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Compares a validated bundle with the store and writes the difference, in batches of {@code UNWIND}
 * statements, inside the caller's one transaction. Rows equal to the store are left alone, so a second
 * import of the same bundle changes nothing, not even the audit fields. Relationships with an end that
 * this import creates are known to be new and are not looked up; new nodes are created together with
 * their links in one statement per batch (each target found through its label's key index).
 */
final class ImportWriter {

    /** The result keys of the contract, per file. */
    static final Map<File, String> COUNTERS = counters();

    private static final String AUDIT_CREATE =
            "x.createdAt = datetime(), x.createdBy = $by, x.updatedAt = datetime(), x.updatedBy = $by";
    private static final String AUDIT_UPDATE = "x.updatedAt = datetime(), x.updatedBy = $by";

    /** How a link's targets are found: by municipality key, by any region key (split by level), by code. */
    private enum Target {
        MUNICIPALITY,
        REGION,
        PHASE,
        TOPIC
    }

    /** One kind of outgoing relationship of a node, filled from the row's list {@code link}. */
    private record Link(String link, String type, Target target) {}

    /** One row to compare and maybe write: its key, key fields, node or relationship properties and links. */
    private record Planned(
            String key,
            Map<String, Object> keys,
            Map<String, @Nullable Object> props,
            Map<String, List<String>> links) {}

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final Neo4jClient neo4j;
    private final int batchSize;
    /** Time spent comparing with the store, for the per-file log line. */
    private long compareNanos;
    /** Whether this run writes; a dry run only counts, so it builds no statement parameters. */
    private boolean writing;

    private final String by;
    private final Map<String, Long> created = new LinkedHashMap<>();
    private final Map<String, Long> updated = new LinkedHashMap<>();
    /** Keys of nodes this import creates, per label: their relationships cannot exist yet, so need no look-up. */
    private final Map<File, java.util.Set<String>> newKeys = new java.util.EnumMap<>(File.class);

    ImportWriter(Neo4jClient neo4j, int batchSize, String by) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.by = by;
        COUNTERS.values().forEach(k -> {
            created.put(k, 0L);
            updated.put(k, 0L);
        });
    }

    Map<String, Long> created() {
        return created;
    }

    Map<String, Long> updated() {
        return updated;
    }

    /** Counts what differs from the store and, when {@code write}, writes it. */
    void run(Collection<BundleTable> tables, boolean write) {
        writing = write;
        for (BundleTable table : tables) {
            long started = System.nanoTime();
            compareNanos = 0;
            switch (table.file()) {
                case ACTORS -> actors(table, write);
                case COOPERATIONS -> cooperations(table, write);
                case NETWORKS -> networks(table, write);
                case MEMBERSHIPS -> memberships(table, write);
                case CHAINS -> chains(table, write);
                case CHAIN_CONTRIBUTIONS -> contributions(table, write);
                case EVENTS -> events(table, write);
                case PARTICIPATIONS -> participations(table, write);
            }
            long total = System.nanoTime() - started;
            // The benchmark reads these arguments: file, rows, compare ms, write ms.
            log.info(
                    "Import {}: {} rows, compare {} ms, write {} ms",
                    table.file().fileName(),
                    table.rows().size(),
                    compareNanos / 1_000_000,
                    write ? (total - compareNanos) / 1_000_000 : 0L);
        }
    }

    // --- nodes --------------------------------------------------------------------------------------

    private void actors(BundleTable t, boolean write) {
        Map<String, Planned> rows = new LinkedHashMap<>();
        Map<String, String> topicLabels = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            String id = t.text(row, "id");
            Map<String, @Nullable Object> props =
                    props(t, row, "name", "type", "website", "email", "phone", "description");
            Map<String, List<String>> links = new LinkedHashMap<>();
            links.put("seat", List.of(t.text(row, "seat_ags")));
            listLink(t, row, "serves", links, "serves");
            listLink(t, row, "life_phases", links, "phases");
            String topics = t.value(row, "topics");
            if (topics != null) {
                List<String> codes = new ArrayList<>();
                for (String label : ImportValidator.list(topics)) {
                    String code = Topics.slug(label);
                    topicLabels.putIfAbsent(code, label);
                    if (!codes.contains(code)) {
                        codes.add(code);
                    }
                }
                links.put("topics", codes);
            }
            rows.put(id, new Planned(id, Map.of("id", id), props, links));
        }
        var changes = compare(File.ACTORS, rows, row -> false, """
                UNWIND $keys AS k
                MATCH (x:Actor {id: k.id})
                RETURN k.id AS key, x {.name, .type, .website, .email, .phone, .description} AS props,
                  {seat: COLLECT { MATCH (x)-[:SEATED_IN]->(r) RETURN r.ags },
                   serves: COLLECT { MATCH (x)-[:SERVES]->(r) RETURN r.ags },
                   phases: COLLECT { MATCH (x)-[:ACTIVE_IN]->(p) RETURN p.code },
                   topics: COLLECT { MATCH (x)-[:WORKS_ON]->(c) RETURN c.code }} AS links""");
        if (!write) {
            return;
        }
        List<Map<String, Object>> topics = new ArrayList<>();
        topicLabels.forEach((code, label) -> topics.add(Map.of("code", code, "label", label)));
        run(
                "UNWIND $rows AS t MERGE (x:Topic {code: t.code}) ON CREATE SET x.label = t.label, %s"
                        .formatted(AUDIT_CREATE),
                topics);
        List<Link> links = new ArrayList<>();
        links.add(new Link("seat", "SEATED_IN", Target.MUNICIPALITY));
        if (t.has("serves")) {
            links.add(new Link("serves", "SERVES", Target.REGION));
        }
        if (t.has("life_phases")) {
            links.add(new Link("phases", "ACTIVE_IN", Target.PHASE));
        }
        if (t.has("topics")) {
            links.add(new Link("topics", "WORKS_ON", Target.TOPIC));
        }
        writeNodes("Actor", changes, links);
    }

    private void networks(BundleTable t, boolean write) {
        Map<String, Planned> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            String id = t.text(row, "id");
            Map<String, List<String>> links = new LinkedHashMap<>();
            listLink(t, row, "covers", links, "covers");
            rows.put(id, new Planned(id, Map.of("id", id), props(t, row, "name", "description"), links));
        }
        var changes = compare(File.NETWORKS, rows, row -> false, """
                UNWIND $keys AS k
                MATCH (x:Network {id: k.id})
                RETURN k.id AS key, x {.name, .description} AS props,
                  {covers: COLLECT { MATCH (x)-[:COVERS]->(r) RETURN r.ags }} AS links""");
        if (write) {
            writeNodes(
                    "Network",
                    changes,
                    t.has("covers") ? List.of(new Link("covers", "COVERS", Target.REGION)) : List.of());
        }
    }

    private void chains(BundleTable t, boolean write) {
        Map<String, Planned> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            String id = t.text(row, "id");
            Map<String, List<String>> links = new LinkedHashMap<>();
            links.put("region", List.of(t.text(row, "region_ags")));
            rows.put(id, new Planned(id, Map.of("id", id), props(t, row, "name", "status"), links));
        }
        var changes = compare(File.CHAINS, rows, row -> false, """
                UNWIND $keys AS k
                MATCH (x:PreventionChain {id: k.id})
                RETURN k.id AS key, x {.name, .status} AS props,
                  {region: COLLECT { MATCH (x)-[:FOR_REGION]->(r) RETURN r.ags }} AS links""");
        if (write) {
            writeNodes("PreventionChain", changes, List.of(new Link("region", "FOR_REGION", Target.REGION)));
        }
    }

    private void events(BundleTable t, boolean write) {
        Map<String, Planned> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            String id = t.text(row, "id");
            Map<String, @Nullable Object> props = props(t, row, "name");
            props.put("date", ImportValidator.parseDate(t.text(row, "date")));
            Map<String, List<String>> links = new LinkedHashMap<>();
            links.put("place", List.of(t.text(row, "municipality_ags")));
            rows.put(id, new Planned(id, Map.of("id", id), props, links));
        }
        var changes = compare(File.EVENTS, rows, row -> false, """
                UNWIND $keys AS k
                MATCH (x:Event {id: k.id})
                RETURN k.id AS key, x {.name, .date} AS props,
                  {place: COLLECT { MATCH (x)-[:HELD_IN]->(r) RETURN r.ags }} AS links""");
        if (write) {
            writeNodes("Event", changes, List.of(new Link("place", "HELD_IN", Target.MUNICIPALITY)));
        }
    }

    /**
     * Creates the new nodes with their links in one statement per batch (nothing to delete, no look-up
     * of old links), and updates the changed ones, replacing each present link list as a whole.
     */
    private void writeNodes(String label, Changes changes, List<Link> links) {
        run("""
                UNWIND $rows AS row
                CREATE (x:%s {id: row.id})
                SET x += row.props, %s
                WITH x, row
                %s""".formatted(label, AUDIT_CREATE, createLinks(links)), changes.created());
        StringBuilder deletes = new StringBuilder();
        for (Link link : links) {
            deletes.append("CALL (x) { MATCH (x)-[old:%s]->() DELETE old }\n".formatted(link.type()));
        }
        run("""
                UNWIND $rows AS row
                MATCH (x:%s {id: row.id})
                SET x += row.props, %s
                WITH x, row
                %s%s""".formatted(label, AUDIT_UPDATE, deletes, createLinks(links)), changes.updated());
    }

    /** Unit subqueries that create the links of {@code x} to the targets listed in {@code row.targets}. */
    private static String createLinks(List<Link> links) {
        StringBuilder calls = new StringBuilder();
        for (Link link : links) {
            List<String[]> matches = switch (link.target()) {
                case MUNICIPALITY -> List.<String[]>of(new String[] {"", "Municipality", "ags"});
                case PHASE -> List.<String[]>of(new String[] {"", "LifePhase", "code"});
                case TOPIC -> List.<String[]>of(new String[] {"", "Topic", "code"});
                case REGION ->
                    List.of(new String[] {"_2", "State", "ags"}, new String[] {"_5", "District", "ags"}, new String[] {
                        "_8", "Municipality", "ags"
                    });
            };
            for (String[] m : matches) {
                calls.append(
                        "CALL (x, row) { UNWIND row.targets.%s%s AS k MATCH (t:%s {%s: k}) CREATE (x)-[:%s]->(t) }\n"
                                .formatted(link.link(), m[0], m[1], m[2], link.type()));
            }
        }
        // A statement must not end in a subquery without anything after it in every Cypher version.
        return calls + "FINISH";
    }

    // --- relationships ------------------------------------------------------------------------------

    private void cooperations(BundleTable t, boolean write) {
        Map<String, Planned> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            String a = t.text(row, "actor_a");
            String b = t.text(row, "actor_b");
            String first = a.compareTo(b) <= 0 ? a : b;
            String second = a.compareTo(b) <= 0 ? b : a;
            Map<String, @Nullable Object> props = props(t, row, "kind", "since", "note");
            String intensity = t.value(row, "intensity");
            if (intensity != null) {
                props.put("intensity", intensity.isEmpty() ? null : Long.valueOf(intensity));
            }
            // One cooperation per unordered pair: a later row updates an earlier one.
            String key = first + "|" + second;
            rows.put(key, new Planned(key, Map.of("a", first, "b", second), props, Map.of()));
        }
        var changes = compare(
                File.COOPERATIONS,
                rows,
                row -> isNew(File.ACTORS, row.keys().get("a"))
                        || isNew(File.ACTORS, row.keys().get("b")),
                """
                UNWIND $keys AS k
                MATCH (a:Actor {id: k.a}), (b:Actor {id: k.b})
                USING INDEX a:Actor(id)
                USING INDEX b:Actor(id)
                MATCH (a)-[x:COOPERATES_WITH]-(b)
                WITH k, head(collect(x)) AS x
                RETURN k.a + '|' + k.b AS key, x {.kind, .since, .intensity, .note} AS props, {} AS links""");
        if (write) {
            // A new cooperation goes from the smaller id, as the contract's export writes it.
            run("""
                    UNWIND $rows AS row
                    MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
                    CREATE (a)-[x:COOPERATES_WITH]->(b)
                    SET x += row.props, %s""".formatted(AUDIT_CREATE), changes.created());
            run("""
                    UNWIND $rows AS row
                    MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
                    USING INDEX a:Actor(id)
                    USING INDEX b:Actor(id)
                    MATCH (a)-[x:COOPERATES_WITH]-(b)
                    SET x += row.props, %s""".formatted(AUDIT_UPDATE), changes.updated());
        }
    }

    private void memberships(BundleTable t, boolean write) {
        relationships(t, write, File.MEMBERSHIPS, "network_id", "network", "Network", "MEMBER_OF", "role", "since");
    }

    private void participations(BundleTable t, boolean write) {
        relationships(t, write, File.PARTICIPATIONS, "event_id", "event", "Event", "TOOK_PART_IN");
    }

    private void contributions(BundleTable t, boolean write) {
        Map<String, Planned> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            String chain = t.text(row, "chain_id");
            String actor = t.text(row, "actor_id");
            Map<String, @Nullable Object> props = new LinkedHashMap<>();
            String phases = t.value(row, "life_phases");
            if (phases != null) {
                // An empty cell stays empty: it means the actor's own phases.
                props.put("phases", inPhaseOrder(ImportValidator.list(phases)));
            }
            String key = chain + "|" + actor;
            rows.put(key, new Planned(key, Map.of("target", chain, "actor", actor), props, Map.of()));
        }
        var changes = compare(
                File.CHAIN_CONTRIBUTIONS,
                rows,
                row -> isNew(File.ACTORS, row.keys().get("actor"))
                        || isNew(File.CHAINS, row.keys().get("target")),
                existingRelationship("PreventionChain", "CONTRIBUTES_TO", ".phases"));
        if (write) {
            for (var row : changes.created()) {
                @SuppressWarnings("unchecked")
                var props = (Map<String, @Nullable Object>) row.get("props");
                props.putIfAbsent("phases", List.of());
            }
            writeRelationships("PreventionChain", "CONTRIBUTES_TO", changes);
        }
    }

    private void relationships(
            BundleTable t,
            boolean write,
            File file,
            String targetColumn,
            String targetKey,
            String label,
            String type,
            String... columns) {
        Map<String, Planned> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            String target = t.text(row, targetColumn);
            String actor = t.text(row, "actor_id");
            String key = target + "|" + actor;
            rows.put(key, new Planned(key, Map.of("target", target, "actor", actor), props(t, row, columns), Map.of()));
        }
        String projection = String.join(
                ", ", java.util.Arrays.stream(columns).map(c -> "." + c).toList());
        File targetFile = file == File.MEMBERSHIPS ? File.NETWORKS : File.EVENTS;
        var changes = compare(
                file,
                rows,
                row -> isNew(File.ACTORS, row.keys().get("actor"))
                        || isNew(targetFile, row.keys().get("target")),
                existingRelationship(label, type, projection));
        if (write) {
            writeRelationships(label, type, changes);
        }
    }

    private static String existingRelationship(String label, String type, String projection) {
        return """
                UNWIND $keys AS k
                MATCH (a:Actor {id: k.actor}), (n:%2$s {id: k.target})
                USING INDEX a:Actor(id)
                USING INDEX n:%2$s(id)
                MATCH (a)-[x:%1$s]->(n)
                WITH k, head(collect(x)) AS x
                RETURN k.target + '|' + k.actor AS key, x {%3$s} AS props, {} AS links""".formatted(type, label, projection);
    }

    private void writeRelationships(String label, String type, Changes changes) {
        run("""
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor}), (n:%s {id: row.target})
                CREATE (a)-[x:%s]->(n)
                SET x += row.props, %s""".formatted(label, type, AUDIT_CREATE), changes.created());
        run("""
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor}), (n:%2$s {id: row.target})
                USING INDEX a:Actor(id)
                USING INDEX n:%2$s(id)
                MATCH (a)-[x:%1$s]->(n)
                SET x += row.props, %3$s""".formatted(type, label, AUDIT_UPDATE), changes.updated());
    }

    // --- comparing ----------------------------------------------------------------------------------

    /** The rows to create and to update, as statement parameters ({@code key fields, props, links}). */
    private record Changes(List<Map<String, Object>> created, List<Map<String, Object>> updated) {
        List<Map<String, Object>> all() {
            List<Map<String, Object>> all = new ArrayList<>(created);
            all.addAll(updated);
            return all;
        }
    }

    /** Whether this import creates the node with this key (so none of its relationships exist yet). */
    private boolean isNew(File file, Object key) {
        var keys = newKeys.get(file);
        return keys != null && keys.contains(key);
    }

    /**
     * Splits the rows into new and changed ones; rows that {@code knownNew} says cannot exist yet (an end
     * is created by this import) are not looked up.
     */
    private Changes compare(
            File file,
            Map<String, Planned> rows,
            java.util.function.Predicate<Planned> knownNew,
            String existingQuery) {
        long started = System.nanoTime();
        List<Map<String, Object>> created = new ArrayList<>();
        List<Map<String, Object>> updated = new ArrayList<>();
        List<Planned> all = new ArrayList<>(rows.size());
        int knownNewRows = 0;
        for (Planned row : rows.values()) {
            if (knownNew.test(row)) {
                knownNewRows++;
                if (writing) {
                    created.add(parameters(row));
                }
            } else {
                all.add(row);
            }
        }
        var createdKeys = new java.util.HashSet<String>();
        for (int from = 0; from < all.size(); from += batchSize) {
            List<Planned> batch = all.subList(from, Math.min(all.size(), from + batchSize));
            Map<String, Map<String, Object>> stored = new HashMap<>();
            for (var record : neo4j.query(existingQuery)
                    .bind(batch.stream().map(Planned::keys).toList())
                    .to("keys")
                    .fetch()
                    .all()) {
                stored.put((String) record.get("key"), record);
            }
            for (Planned row : batch) {
                var before = stored.get(row.key());
                if (before == null) {
                    if (writing) {
                        created.add(parameters(row));
                    } else {
                        knownNewRows++;
                    }
                    createdKeys.add(row.key());
                } else if (differs(row, before)) {
                    updated.add(parameters(row));
                }
            }
        }
        String counter = COUNTERS.get(file);
        created().merge(counter, (long) (writing ? created.size() : knownNewRows), Long::sum);
        updated().merge(counter, (long) updated.size(), Long::sum);
        newKeys.put(file, createdKeys);
        compareNanos += System.nanoTime() - started;
        return new Changes(created, updated);
    }

    @SuppressWarnings("unchecked")
    private static boolean differs(Planned row, Map<String, Object> before) {
        var props = (Map<String, Object>) before.get("props");
        var links = (Map<String, Object>) before.get("links");
        for (var e : row.props().entrySet()) {
            if (!same(e.getValue(), props == null ? null : props.get(e.getKey()))) {
                return true;
            }
        }
        for (var e : row.links().entrySet()) {
            if (!same(e.getValue(), links == null ? null : links.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(@Nullable Object wanted, @Nullable Object stored) {
        if (wanted instanceof List<?> list) {
            List<?> storedList = stored instanceof List<?> s ? s : List.of();
            return sorted(list).equals(sorted(storedList));
        }
        return Objects.equals(wanted, stored);
    }

    private static List<String> sorted(List<?> values) {
        return values.stream().map(String::valueOf).distinct().sorted().toList();
    }

    private static Map<String, Object> parameters(Planned row) {
        Map<String, Object> parameters = new HashMap<>(row.keys());
        parameters.put("props", new HashMap<>(row.props()));
        parameters.put("links", row.links());
        Map<String, Object> targets = new HashMap<>();
        row.links().forEach((link, keys) -> {
            targets.put(link, keys);
            // Region keys by level, so that each look-up uses its label's uniqueness index.
            targets.put(link + "_2", keys.stream().filter(k -> k.length() == 2).toList());
            targets.put(link + "_5", keys.stream().filter(k -> k.length() == 5).toList());
            targets.put(link + "_8", keys.stream().filter(k -> k.length() == 8).toList());
        });
        parameters.put("targets", targets);
        return parameters;
    }

    private void run(String statement, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            neo4j.query(statement)
                    .bindAll(Map.of("rows", rows.subList(from, Math.min(rows.size(), from + batchSize)), "by", by))
                    .run();
        }
    }

    // --- cells --------------------------------------------------------------------------------------

    /** The present columns' cells as properties: an empty cell is {@code null} (clears), a missing column is left out. */
    private static Map<String, @Nullable Object> props(BundleTable t, BundleRow row, String... columns) {
        Map<String, @Nullable Object> props = new LinkedHashMap<>();
        for (String column : columns) {
            String value = t.value(row, column);
            if (value != null) {
                props.put(column, value.isEmpty() ? null : value);
            }
        }
        return props;
    }

    private static void listLink(
            BundleTable t, BundleRow row, String column, Map<String, List<String>> links, String link) {
        String value = t.value(row, column);
        if (value != null) {
            links.put(link, ImportValidator.list(value).stream().distinct().toList());
        }
    }

    private static List<String> inPhaseOrder(List<String> codes) {
        return codes.stream()
                .distinct()
                .sorted(Comparator.comparingInt(
                        code -> LifePhase.ofCode(code).map(LifePhase::order).orElse(100)))
                .toList();
    }

    private static Map<File, String> counters() {
        Map<File, String> counters = new LinkedHashMap<>();
        counters.put(File.ACTORS, "actors");
        counters.put(File.COOPERATIONS, "cooperations");
        counters.put(File.NETWORKS, "networks");
        counters.put(File.MEMBERSHIPS, "memberships");
        counters.put(File.CHAINS, "chains");
        counters.put(File.CHAIN_CONTRIBUTIONS, "contributions");
        counters.put(File.EVENTS, "events");
        counters.put(File.PARTICIPATIONS, "participations");
        return java.util.Collections.unmodifiableMap(counters);
    }
}
