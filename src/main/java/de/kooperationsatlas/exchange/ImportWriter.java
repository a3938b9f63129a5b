package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Compares a validated bundle with the store and writes the difference, batch by batch: each batch of
 * rows is compared and written in a transaction of its own, its undo journal ({@link ImportJournal})
 * written ahead into the private store before the batch commits, so the heap holds one batch's transaction state, not the whole bundle's.
 * Rows equal to the store are left alone, so a second import of the same bundle changes nothing, not
 * even the audit fields. Relationships with an end that this import creates are known to be new and are
 * not looked up; new nodes are created together with their links in one statement per batch (each
 * target found through its label's key index).
 */
final class ImportWriter {

    /** The result keys of the contract, per file. */
    static final Map<File, String> COUNTERS = counters();

    private static final String AUDIT_CREATE =
            "x.createdAt = datetime(), x.createdBy = $by, x.updatedAt = datetime(), x.updatedBy = $by";
    private static final String AUDIT_UPDATE = "x.updatedAt = datetime(), x.updatedBy = $by";

    /** Runs a piece of work in a transaction of its own (committed when it returns normally). */
    interface Transactions {
        void inTransaction(Runnable work);
    }

    /** How a link's targets are found: by municipality key, by any region key (split by level), by code. */
    enum Target {
        MUNICIPALITY("ags"),
        REGION("ags"),
        PHASE("code"),
        TOPIC("code");

        final String key;

        Target(String key) {
            this.key = key;
        }
    }

    /** One kind of outgoing relationship of a node, filled from the row's list {@code link}. */
    record Link(String link, String type, Target target) {}

    /** Every link type the writer replaces on an update (the journal restores these). */
    static final List<Link> LINKS = List.of(
            new Link("seat", "SEATED_IN", Target.MUNICIPALITY),
            new Link("serves", "SERVES", Target.REGION),
            new Link("phases", "ACTIVE_IN", Target.PHASE),
            new Link("topics", "WORKS_ON", Target.TOPIC),
            new Link("covers", "COVERS", Target.REGION),
            new Link("region", "FOR_REGION", Target.REGION),
            new Link("place", "HELD_IN", Target.MUNICIPALITY));

    /** One row to compare and maybe write: its key, key fields, node or relationship properties and links. */
    private record Planned(
            String key,
            Map<String, Object> keys,
            Map<String, @Nullable Object> props,
            Map<String, List<String>> links) {}

    /** How one file's rows are written: the created ones and the changed ones of a batch. */
    private interface BatchWriter {
        void write(List<Map<String, Object>> created, List<Map<String, Object>> updated);
    }

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final Neo4jClient neo4j;
    private final int batchSize;
    private final String by;
    /** Null for a dry run: then only the comparing queries run, outside any write transaction. */
    private final @Nullable Transactions transactions;

    private final ImportJournal journal;
    /** Time spent comparing with the store, for the per-file log line. */
    private long compareNanos;

    private final Map<String, Long> created = new LinkedHashMap<>();
    private final Map<String, Long> updated = new LinkedHashMap<>();
    /** Keys of nodes this import creates, per label: their relationships cannot exist yet, so need no look-up. */
    private final Map<File, Set<String>> newKeys = new EnumMap<>(File.class);

    /**
     * @param transactions runs each batch in a transaction of its own; {@code null} for a dry run
     * @param journal where each batch records how to undo it, before the batch's transaction commits
     */
    ImportWriter(
            Neo4jClient neo4j, int batchSize, String by, @Nullable Transactions transactions, ImportJournal journal) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.by = by;
        this.transactions = transactions;
        this.journal = journal;
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

    private boolean writing() {
        return transactions != null;
    }

    /** Counts what differs from the store and, unless this is a dry run, writes it. */
    void run(Collection<BundleTable> tables) {
        for (BundleTable table : tables) {
            long started = System.nanoTime();
            compareNanos = 0;
            switch (table.file()) {
                case ACTORS -> actors(table);
                case COOPERATIONS -> cooperations(table);
                case NETWORKS -> networks(table);
                case MEMBERSHIPS -> memberships(table);
                case CHAINS -> chains(table);
                case CHAIN_CONTRIBUTIONS -> contributions(table);
                case EVENTS -> events(table);
                case PARTICIPATIONS -> participations(table);
            }
            long total = System.nanoTime() - started;
            // The benchmark reads these arguments: file, rows, compare ms, write ms.
            log.info(
                    "Import {}: {} rows, compare {} ms, write {} ms",
                    table.file().fileName(),
                    table.rows().size(),
                    compareNanos / 1_000_000,
                    writing() ? (total - compareNanos) / 1_000_000 : 0L);
        }
    }

    // --- nodes --------------------------------------------------------------------------------------

    private void actors(BundleTable t) {
        Map<String, BundleRow> rows = new LinkedHashMap<>();
        Map<String, String> topicLabels = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            rows.put(t.text(row, "id"), row);
            String topics = t.value(row, "topics");
            if (topics != null) {
                for (String label : ImportValidator.list(topics)) {
                    topicLabels.putIfAbsent(Topics.slug(label), label);
                }
            }
        }
        if (writing() && !topicLabels.isEmpty()) {
            List<Map<String, Object>> topics = new ArrayList<>();
            topicLabels.forEach((code, label) -> topics.add(Map.of("code", code, "label", label)));
            // The topics the store lacks are created (and journaled first) before the actors that link to them.
            inBatch(() -> {
                List<String> fresh = List.copyOf(neo4j.query("""
                                UNWIND $rows AS t
                                OPTIONAL MATCH (x:Topic {code: t.code})
                                WITH t WHERE x IS NULL
                                RETURN t.code""")
                        .bind(topics)
                        .to("rows")
                        .fetchAs(String.class)
                        .all());
                journal.created("Topic", fresh);
                run("""
                        UNWIND $rows AS t
                        WITH t WHERE t.code IN $fresh
                        CREATE (x:Topic {code: t.code})
                        SET x.label = t.label, %s""".formatted(AUDIT_CREATE), topics, Map.of("fresh", fresh));
            });
        }
        List<Link> links = new ArrayList<>();
        links.add(link("seat"));
        for (String[] optional :
                new String[][] {{"serves", "serves"}, {"life_phases", "phases"}, {"topics", "topics"}}) {
            if (t.has(optional[0])) {
                links.add(link(optional[1]));
            }
        }
        Function<BundleRow, Planned> plan = row -> {
            String id = t.text(row, "id");
            Map<String, @Nullable Object> props =
                    props(t, row, "name", "type", "website", "email", "phone", "description");
            Map<String, List<String>> rowLinks = new LinkedHashMap<>();
            rowLinks.put("seat", List.of(t.text(row, "seat_ags")));
            listLink(t, row, "serves", rowLinks, "serves");
            listLink(t, row, "life_phases", rowLinks, "phases");
            String topics = t.value(row, "topics");
            if (topics != null) {
                rowLinks.put(
                        "topics",
                        ImportValidator.list(topics).stream()
                                .map(Topics::slug)
                                .distinct()
                                .toList());
            }
            return new Planned(id, Map.of("id", id), props, rowLinks);
        };
        stream(File.ACTORS, rows, plan, row -> false, """
                UNWIND $keys AS k
                MATCH (x:Actor {id: k.id})
                RETURN k.id AS key, x {.name, .type, .website, .email, .phone, .description} AS props,
                  {seat: COLLECT { MATCH (x)-[:SEATED_IN]->(r) RETURN r.ags },
                   serves: COLLECT { MATCH (x)-[:SERVES]->(r) RETURN r.ags },
                   phases: COLLECT { MATCH (x)-[:ACTIVE_IN]->(p) RETURN p.code },
                   topics: COLLECT { MATCH (x)-[:WORKS_ON]->(c) RETURN c.code }} AS links""", nodes("Actor", links));
    }

    private void networks(BundleTable t) {
        stream(
                File.NETWORKS,
                byId(t),
                row -> {
                    String id = t.text(row, "id");
                    Map<String, List<String>> links = new LinkedHashMap<>();
                    listLink(t, row, "covers", links, "covers");
                    return new Planned(id, Map.of("id", id), props(t, row, "name", "description"), links);
                },
                row -> false,
                """
                UNWIND $keys AS k
                MATCH (x:Network {id: k.id})
                RETURN k.id AS key, x {.name, .description} AS props,
                  {covers: COLLECT { MATCH (x)-[:COVERS]->(r) RETURN r.ags }} AS links""",
                nodes("Network", t.has("covers") ? List.of(link("covers")) : List.of()));
    }

    private void chains(BundleTable t) {
        stream(
                File.CHAINS,
                byId(t),
                row -> {
                    String id = t.text(row, "id");
                    Map<String, List<String>> links = new LinkedHashMap<>();
                    links.put("region", List.of(t.text(row, "region_ags")));
                    return new Planned(id, Map.of("id", id), props(t, row, "name", "status"), links);
                },
                row -> false,
                """
                UNWIND $keys AS k
                MATCH (x:PreventionChain {id: k.id})
                RETURN k.id AS key, x {.name, .status} AS props,
                  {region: COLLECT { MATCH (x)-[:FOR_REGION]->(r) RETURN r.ags }} AS links""",
                nodes("PreventionChain", List.of(link("region"))));
    }

    private void events(BundleTable t) {
        stream(
                File.EVENTS,
                byId(t),
                row -> {
                    String id = t.text(row, "id");
                    Map<String, @Nullable Object> props = props(t, row, "name");
                    props.put("date", ImportValidator.parseDate(t.text(row, "date")));
                    Map<String, List<String>> links = new LinkedHashMap<>();
                    links.put("place", List.of(t.text(row, "municipality_ags")));
                    return new Planned(id, Map.of("id", id), props, links);
                },
                row -> false,
                """
                UNWIND $keys AS k
                MATCH (x:Event {id: k.id})
                RETURN k.id AS key, x {.name, .date} AS props,
                  {place: COLLECT { MATCH (x)-[:HELD_IN]->(r) RETURN r.ags }} AS links""",
                nodes("Event", List.of(link("place"))));
    }

    private static Map<String, BundleRow> byId(BundleTable t) {
        Map<String, BundleRow> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            rows.put(t.text(row, "id"), row);
        }
        return rows;
    }

    private static Link link(String name) {
        return LINKS.stream().filter(l -> l.link().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Creates the new nodes with their links in one statement (nothing to delete, no look-up of old
     * links), and updates the changed ones: their properties and each present link list, removing the
     * links no longer listed and adding the missing ones. Both are journaled first: the new keys, and a
     * snapshot of each changed node (its properties and the targets of each replaced link type).
     */
    private BatchWriter nodes(String label, List<Link> links) {
        String create = """
                UNWIND $rows AS row
                CREATE (x:%s {id: row.id})
                SET x += row.props, %s
                WITH x, row
                %s""".formatted(label, AUDIT_CREATE, createLinks(links));
        // Old links that are no longer listed are only noted (k.removed) and deleted when the import
        // commits; new links are noted too (k.added), so an undo deletes them and the store is exactly as
        // before, relationship ids included.
        List<String> removed = new ArrayList<>();
        for (Link link : links) {
            removed.add("COLLECT { MATCH (x)-[old:%s]->(t) WHERE NOT t.%s IN row.links.%s RETURN elementId(old) }"
                    .formatted(link.type(), link.target().key, link.link()));
        }
        // The snapshot is read in the batch's transaction before the change, and journaled (written
        // ahead, in the private store) before the batch commits.
        String snapshot = """
                UNWIND $rows AS row
                MATCH (x:%s {id: row.id})
                RETURN elementId(x) AS node, properties(x) AS props, %s AS removed""".formatted(label, removed.isEmpty() ? "[]" : String.join(" + ", removed));
        String update = """
                UNWIND $rows AS row
                MATCH (x:%s {id: row.id})
                SET x += row.props, %s
                WITH x, row
                %s""".formatted(label, AUDIT_UPDATE, addedLinks(links));
        return (created, updated) -> {
            if (!created.isEmpty()) {
                journal.created(
                        label, created.stream().map(r -> (String) r.get("id")).toList());
                run(create, created);
            }
            if (!updated.isEmpty()) {
                Map<String, Map<String, Object>> snapshots = new LinkedHashMap<>();
                for (var before : fetch(snapshot, updated)) {
                    snapshots.put((String) before.get("node"), new HashMap<>(before));
                }
                for (var after : fetch(update, updated)) {
                    var before = snapshots.get((String) after.get("node"));
                    if (before != null) {
                        before.put("added", after.get("added"));
                    }
                }
                journal.updated(List.copyOf(snapshots.values()));
            }
        };
    }

    /** One statement over one batch's rows that answers rows (snapshots, added links). */
    private List<Map<String, Object>> fetch(String statement, List<Map<String, Object>> rows) {
        return List.copyOf(neo4j.query(statement)
                .bindAll(Map.of("rows", rows, "by", by))
                .fetch()
                .all());
    }

    private static String createLinks(List<Link> links) {
        return addLinks(links, false);
    }

    /**
     * Unit subqueries that link {@code x} to the targets listed in {@code row.targets}; {@code missingOnly}
     * skips targets already linked (an update keeps the links that stay).
     */
    private static String addLinks(List<Link> links, boolean missingOnly) {
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
                        "CALL (x, row) { UNWIND row.targets.%s%s AS k MATCH (t:%s {%s: k}) %sCREATE (x)-[:%s]->(t) }\n"
                                .formatted(
                                        link.link(),
                                        m[0],
                                        m[1],
                                        m[2],
                                        missingOnly
                                                ? "WHERE NOT EXISTS { (x)-[:%s]->(t) } ".formatted(link.type())
                                                : "",
                                        link.type()));
            }
        }
        // A statement must not end in a subquery without anything after it in every Cypher version.
        return calls + "FINISH";
    }

    /** Like {@link #addLinks} for an update: only the missing links, their ids answered as {@code added}. */
    private static String addedLinks(List<Link> links) {
        StringBuilder calls = new StringBuilder();
        List<String> added = new ArrayList<>();
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
                String name = "added" + added.size();
                added.add(name);
                calls.append("""
                        CALL (x, row) { UNWIND row.targets.%1$s%2$s AS key MATCH (t:%3$s {%4$s: key})
                                        WHERE NOT EXISTS { (x)-[:%5$s]->(t) } CREATE (x)-[r:%5$s]->(t)
                                        RETURN collect(elementId(r)) AS %6$s }
                        """.formatted(link.link(), m[0], m[1], m[2], link.type(), name));
            }
        }
        return calls + "RETURN elementId(x) AS node, " + (added.isEmpty() ? "[]" : String.join(" + ", added))
                + " AS added";
    }

    // --- relationships ------------------------------------------------------------------------------

    private void cooperations(BundleTable t) {
        Map<String, BundleRow> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            // One cooperation per unordered pair: a later row updates an earlier one.
            rows.put(pair(t.text(row, "actor_a"), t.text(row, "actor_b")), row);
        }
        stream(
                File.COOPERATIONS,
                rows,
                row -> {
                    String a = t.text(row, "actor_a");
                    String b = t.text(row, "actor_b");
                    String first = a.compareTo(b) <= 0 ? a : b;
                    String second = a.compareTo(b) <= 0 ? b : a;
                    Map<String, @Nullable Object> props = props(t, row, "kind", "since", "note");
                    String intensity = t.value(row, "intensity");
                    if (intensity != null) {
                        props.put("intensity", intensity.isEmpty() ? null : Long.valueOf(intensity));
                    }
                    return new Planned(pair(a, b), Map.of("a", first, "b", second), props, Map.of());
                },
                row -> isNew(File.ACTORS, row.keys().get("a"))
                        || isNew(File.ACTORS, row.keys().get("b")),
                // Both directions, each from the pair's first end: a directed expansion from one bound
                // node into the other, which the planner keeps to the smaller of the two degrees.
                """
                UNWIND $keys AS k
                MATCH (a:Actor {id: k.a}), (b:Actor {id: k.b})
                USING INDEX a:Actor(id)
                USING INDEX b:Actor(id)
                WITH k, a, b,
                  COLLECT { MATCH (a)-[x:COOPERATES_WITH]->(b) RETURN x
                            UNION MATCH (a)<-[x:COOPERATES_WITH]-(b) RETURN x } AS found
                WHERE size(found) > 0
                WITH k, found[0] AS x
                RETURN k.a + '|' + k.b AS key, x {.kind, .since, .intensity, .note} AS props, {} AS links""",
                (created, updated) -> {
                    if (!created.isEmpty()) {
                        // Links to a node this import creates go with that node on an undo.
                        var between = created.stream()
                                .filter(r -> !isNew(File.ACTORS, r.get("a")) && !isNew(File.ACTORS, r.get("b")))
                                .toList();
                        journal.linked(
                                "COOPERATES_WITH",
                                between.stream().map(r -> (String) r.get("a")).toList(),
                                between.stream().map(r -> (String) r.get("b")).toList());
                        // A new cooperation goes from the smaller id, as the contract's export writes it.
                        run("""
                                UNWIND $rows AS row
                                MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
                                CREATE (a)-[x:COOPERATES_WITH]->(b)
                                SET x += row.props, %s""".formatted(AUDIT_CREATE), created);
                    }
                    if (!updated.isEmpty()) {
                        String match = """
                                UNWIND $rows AS row
                                MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
                                USING INDEX a:Actor(id)
                                USING INDEX b:Actor(id)
                                MATCH (a)-[x:COOPERATES_WITH]-(b)
                                """;
                        journal.updated(fetch(match + "RETURN elementId(x) AS rel, properties(x) AS props", updated));
                        run(match + "SET x += row.props, " + AUDIT_UPDATE, updated);
                    }
                });
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private void memberships(BundleTable t) {
        relationships(t, File.MEMBERSHIPS, "network_id", "Network", "MEMBER_OF", "role", "since");
    }

    private void participations(BundleTable t) {
        relationships(t, File.PARTICIPATIONS, "event_id", "Event", "TOOK_PART_IN");
    }

    private void contributions(BundleTable t) {
        Map<String, BundleRow> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            rows.put(t.text(row, "chain_id") + "|" + t.text(row, "actor_id"), row);
        }
        stream(
                File.CHAIN_CONTRIBUTIONS,
                rows,
                row -> {
                    String chain = t.text(row, "chain_id");
                    String actor = t.text(row, "actor_id");
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    String phases = t.value(row, "life_phases");
                    if (phases != null) {
                        // An empty cell stays empty: it means the actor's own phases.
                        props.put("phases", inPhaseOrder(ImportValidator.list(phases)));
                    }
                    String key = chain + "|" + actor;
                    return new Planned(key, Map.of("target", chain, "actor", actor), props, Map.of());
                },
                row -> isNew(File.ACTORS, row.keys().get("actor"))
                        || isNew(File.CHAINS, row.keys().get("target")),
                existingRelationship("PreventionChain", "CONTRIBUTES_TO", ".phases"),
                (created, updated) -> {
                    for (var row : created) {
                        @SuppressWarnings("unchecked")
                        var props = (Map<String, @Nullable Object>) row.get("props");
                        props.putIfAbsent("phases", List.of());
                    }
                    writeRelationships("PreventionChain", "CONTRIBUTES_TO", File.CHAINS, created, updated);
                });
    }

    private void relationships(
            BundleTable t, File file, String targetColumn, String label, String type, String... columns) {
        Map<String, BundleRow> rows = new LinkedHashMap<>();
        for (BundleRow row : t.rows()) {
            rows.put(t.text(row, targetColumn) + "|" + t.text(row, "actor_id"), row);
        }
        String projection = String.join(
                ", ", java.util.Arrays.stream(columns).map(c -> "." + c).toList());
        File targetFile = file == File.MEMBERSHIPS ? File.NETWORKS : File.EVENTS;
        stream(
                file,
                rows,
                row -> {
                    String target = t.text(row, targetColumn);
                    String actor = t.text(row, "actor_id");
                    return new Planned(
                            target + "|" + actor,
                            Map.of("target", target, "actor", actor),
                            props(t, row, columns),
                            Map.of());
                },
                row -> isNew(File.ACTORS, row.keys().get("actor"))
                        || isNew(targetFile, row.keys().get("target")),
                existingRelationship(label, type, projection),
                (created, updated) -> writeRelationships(label, type, targetFile, created, updated));
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

    private void writeRelationships(
            String label,
            String type,
            File targetFile,
            List<Map<String, Object>> created,
            List<Map<String, Object>> updated) {
        if (!created.isEmpty()) {
            // Links to a node this import creates go with that node on an undo.
            var between = created.stream()
                    .filter(r -> !isNew(File.ACTORS, r.get("actor")) && !isNew(targetFile, r.get("target")))
                    .toList();
            journal.linked(
                    type,
                    between.stream().map(r -> (String) r.get("actor")).toList(),
                    between.stream().map(r -> (String) r.get("target")).toList());
            run("""
                    UNWIND $rows AS row
                    MATCH (a:Actor {id: row.actor}), (n:%s {id: row.target})
                    CREATE (a)-[x:%s]->(n)
                    SET x += row.props, %s""".formatted(label, type, AUDIT_CREATE), created);
        }
        if (!updated.isEmpty()) {
            String match = """
                    UNWIND $rows AS row
                    MATCH (a:Actor {id: row.actor}), (n:%2$s {id: row.target})
                    USING INDEX a:Actor(id)
                    USING INDEX n:%2$s(id)
                    MATCH (a)-[x:%1$s]->(n)
                    """.formatted(type, label);
            journal.updated(fetch(match + "RETURN elementId(x) AS rel, properties(x) AS props", updated));
            run(match + "SET x += row.props, " + AUDIT_UPDATE, updated);
        }
    }

    // --- comparing and writing, batch by batch ------------------------------------------------------

    /** Whether this import creates the node with this key (so none of its relationships exist yet). */
    private boolean isNew(File file, Object key) {
        var keys = newKeys.get(file);
        return keys != null && keys.contains(key);
    }

    /**
     * Goes through the rows in batches: rows that {@code knownNew} says cannot exist yet (an end is
     * created by this import) are not looked up; the others are compared with the store. Each batch is
     * compared and written in a transaction of its own, so the heap holds one batch at a time.
     */
    private void stream(
            File file,
            Map<String, BundleRow> rows,
            Function<BundleRow, Planned> plan,
            Predicate<Planned> knownNew,
            String existingQuery,
            BatchWriter writer) {
        Set<String> createdKeys = new HashSet<>();
        List<Planned> fresh = new ArrayList<>();
        List<Planned> lookup = new ArrayList<>();
        for (BundleRow row : rows.values()) {
            Planned planned = plan.apply(row);
            List<Planned> into = knownNew.test(planned) ? fresh : lookup;
            into.add(planned);
            if (into.size() >= batchSize) {
                flush(file, into, into == lookup ? existingQuery : null, writer, createdKeys);
                into.clear();
            }
        }
        flush(file, fresh, null, writer, createdKeys);
        flush(file, lookup, existingQuery, writer, createdKeys);
        newKeys.put(file, createdKeys);
    }

    private void flush(
            File file,
            List<Planned> batch,
            @Nullable String existingQuery,
            BatchWriter writer,
            Set<String> createdKeys) {
        if (batch.isEmpty()) {
            return;
        }
        String counter = COUNTERS.get(file);
        inBatch(() -> {
            long started = System.nanoTime();
            Map<String, Map<String, Object>> stored = new HashMap<>();
            if (existingQuery != null) {
                for (var record : neo4j.query(existingQuery)
                        .bind(batch.stream().map(Planned::keys).toList())
                        .to("keys")
                        .fetch()
                        .all()) {
                    stored.put((String) record.get("key"), record);
                }
            }
            List<Map<String, Object>> toCreate = new ArrayList<>();
            List<Map<String, Object>> toUpdate = new ArrayList<>();
            long creating = 0;
            long updating = 0;
            for (Planned row : batch) {
                var before = stored.get(row.key());
                if (before == null) {
                    creating++;
                    createdKeys.add(row.key());
                    if (writing()) {
                        toCreate.add(parameters(row));
                    }
                } else if (differs(row, before)) {
                    updating++;
                    if (writing()) {
                        toUpdate.add(parameters(row));
                    }
                }
            }
            compareNanos += System.nanoTime() - started;
            if (writing()) {
                writer.write(toCreate, toUpdate);
            }
            created.merge(counter, creating, Long::sum);
            updated.merge(counter, updating, Long::sum);
        });
    }

    /** One batch: in a transaction of its own with the next journal number, or (dry run) as it is. */
    private void inBatch(Runnable work) {
        if (transactions == null) {
            work.run();
            return;
        }
        transactions.inTransaction(() -> {
            journal.next();
            work.run();
        });
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
        if (!row.links().isEmpty()) {
            parameters.put("links", row.links());
            Map<String, Object> targets = new HashMap<>();
            row.links().forEach((link, keys) -> {
                targets.put(link, keys);
                // Region keys by level, so that each look-up uses its label's uniqueness index.
                targets.put(
                        link + "_2", keys.stream().filter(k -> k.length() == 2).toList());
                targets.put(
                        link + "_5", keys.stream().filter(k -> k.length() == 5).toList());
                targets.put(
                        link + "_8", keys.stream().filter(k -> k.length() == 8).toList());
            });
            parameters.put("targets", targets);
        }
        return parameters;
    }

    /** One statement over one batch's rows, in the batch's transaction. */
    private void run(String statement, List<Map<String, Object>> rows) {
        run(statement, rows, Map.of());
    }

    private void run(String statement, List<Map<String, Object>> rows, Map<String, Object> more) {
        Map<String, Object> parameters = new HashMap<>(more);
        parameters.put("rows", rows);
        parameters.put("by", by);
        neo4j.query(statement).bindAll(parameters).run();
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
