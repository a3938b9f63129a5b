package de.kooperationsatlas.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * The Cypher of the import, built once per file from its label, link types and columns: the queries
 * that fetch what the store holds for a batch of keys, and the statements that create or update a
 * batch (each update journaled with a snapshot of what it changes, see {@link ImportJournal}). Every
 * value comes in as a parameter ({@code $rows}, {@code $keys}, {@code $by}, {@code $run}, {@code $seq}).
 */
final class ImportStatements {

    private static final String AUDIT_CREATE =
            "x.createdAt = datetime(), x.createdBy = $by, x.updatedAt = datetime(), x.updatedBy = $by";
    private static final String AUDIT_UPDATE = "x.updatedAt = datetime(), x.updatedBy = $by";

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

    private ImportStatements() {}

    /** What the store holds for a batch of actor ids: properties and the targets of each link type. */
    static final String EXISTING_ACTORS = """
            UNWIND $keys AS k
            MATCH (x:Actor {id: k.id})
            RETURN k.id AS key, x {.name, .type, .website, .email, .phone, .description, .since, .until} AS props,
              {seat: COLLECT { MATCH (x)-[:SEATED_IN]->(r) RETURN r.ags },
               serves: COLLECT { MATCH (x)-[:SERVES]->(r) RETURN r.ags },
               phases: COLLECT { MATCH (x)-[:ACTIVE_IN]->(p) RETURN p.code },
               topics: COLLECT { MATCH (x)-[:WORKS_ON]->(c) RETURN c.code }} AS links""";

    /** What the store holds for a batch of network ids: properties and the targets of each link type. */
    static final String EXISTING_NETWORKS = """
            UNWIND $keys AS k
            MATCH (x:Network {id: k.id})
            RETURN k.id AS key, x {.name, .description} AS props,
              {covers: COLLECT { MATCH (x)-[:COVERS]->(r) RETURN r.ags }} AS links""";

    /** What the store holds for a batch of chain ids: properties and the targets of each link type. */
    static final String EXISTING_CHAINS = """
            UNWIND $keys AS k
            MATCH (x:PreventionChain {id: k.id})
            RETURN k.id AS key, x {.name, .status} AS props,
              {region: COLLECT { MATCH (x)-[:FOR_REGION]->(r) RETURN r.ags }} AS links""";

    /** What the store holds for a batch of event ids: properties and the targets of each link type. */
    static final String EXISTING_EVENTS = """
            UNWIND $keys AS k
            MATCH (x:Event {id: k.id})
            RETURN k.id AS key, x {.name, .date} AS props,
              {place: COLLECT { MATCH (x)-[:HELD_IN]->(r) RETURN r.ags }} AS links""";

    /**
     * The stored since and until of a batch of items of a file ({@link ImportTimes.Store}): keys {@code [id]}
     * for actors, {@code [a, b]} for cooperations (either direction), {@code [network, actor]} for memberships.
     */
    static String storedTimes(ExchangeFormat.File file) {
        return switch (file) {
            case ACTORS -> """
                    UNWIND $keys AS k
                    MATCH (x:Actor {id: k[0]})
                    RETURN k AS key, x.since AS since, x.until AS until""";
            case COOPERATIONS -> """
                    UNWIND $keys AS k
                    MATCH (a:Actor {id: k[0]}), (b:Actor {id: k[1]})
                    USING INDEX a:Actor(id)
                    USING INDEX b:Actor(id)
                    MATCH (a)-[x:COOPERATES_WITH]-(b)
                    WITH k, head(collect(x)) AS x
                    RETURN k AS key, x.since AS since, x.until AS until""";
            case MEMBERSHIPS -> """
                    UNWIND $keys AS k
                    MATCH (a:Actor {id: k[1]}), (n:Network {id: k[0]})
                    USING INDEX a:Actor(id)
                    USING INDEX n:Network(id)
                    MATCH (a)-[x:MEMBER_OF]->(n)
                    WITH k, head(collect(x)) AS x
                    RETURN k AS key, x.since AS since, x.until AS until""";
            default -> throw new IllegalArgumentException(file.fileName());
        };
    }

    static Link link(String name) {
        return LINKS.stream().filter(l -> l.link().equals(name)).findFirst().orElseThrow();
    }

    /** The codes of the topics the store lacks (journaled before they are created). */
    static String missingTopics() {
        return """
                UNWIND $rows AS t
                OPTIONAL MATCH (x:Topic {code: t.code})
                WITH t WHERE x IS NULL
                RETURN t.code AS code""";
    }

    /** Creates the topics listed in {@code $fresh}, before the actors that link to them. */
    static String createTopics() {
        return """
                UNWIND $rows AS t
                WITH t WHERE t.code IN $fresh
                CREATE (x:Topic {code: t.code})
                SET x.label = t.label, %s""".formatted(AUDIT_CREATE);
    }

    // --- nodes --------------------------------------------------------------------------------------

    /** Creates new nodes with their links (nothing to delete, no look-up of old links). */
    static String createNodes(String label, List<Link> links) {
        return writeNodes("CREATE", label, AUDIT_CREATE, addLinks(links));
    }

    /**
     * A snapshot of each node a batch changes, read in the batch's transaction before the change: old
     * properties, and the links no longer listed ({@code removed}), which are deleted only when the import
     * commits. The journal keeps it (written ahead, in the private store).
     */
    static String snapshotNodes(String label, List<Link> links) {
        List<String> removed = new ArrayList<>();
        for (Link link : links) {
            removed.add("COLLECT { MATCH (x)-[old:%s]->(t) WHERE NOT t.%s IN row.links.%s RETURN elementId(old) }"
                    .formatted(link.type(), link.target().key, link.link()));
        }
        return """
                UNWIND $rows AS row
                MATCH (x:%s {id: row.id})
                RETURN elementId(x) AS node, properties(x) AS props, %s AS removed""".formatted(label, removed.isEmpty() ? "[]" : String.join(" + ", removed));
    }

    /**
     * Updates changed nodes: their properties and each present link list; answers the ids of the links
     * it adds ({@code added}), so an undo deletes them and the store is exactly as before, relationship
     * ids included.
     */
    static String updateNodes(String label, List<Link> links) {
        return writeNodes("MATCH", label, AUDIT_UPDATE, addedLinks(links));
    }

    /** Each row's node found or made by {@code clause}, its properties and stamps set, then its links. */
    private static String writeNodes(String clause, String label, String audit, String linking) {
        return """
                UNWIND $rows AS row
                %s (x:%s {id: row.id})
                SET x += row.props, %s
                WITH x, row
                %s""".formatted(clause, label, audit, linking);
    }

    /** The label of each target of a link, with the suffix of its key list in {@code row.targets}. */
    private static List<String[]> targets(Link link) {
        return switch (link.target()) {
            case MUNICIPALITY -> List.<String[]>of(new String[] {"", "Municipality", "ags"});
            case PHASE -> List.<String[]>of(new String[] {"", "LifePhase", "code"});
            case TOPIC -> List.<String[]>of(new String[] {"", "Topic", "code"});
            case REGION ->
                List.of(new String[] {"_2", "State", "ags"}, new String[] {"_5", "District", "ags"}, new String[] {
                    "_8", "Municipality", "ags"
                });
        };
    }

    /** Unit subqueries that link a new {@code x} to the targets listed in {@code row.targets}. */
    private static String addLinks(List<Link> links) {
        StringBuilder calls = new StringBuilder();
        for (Link link : links) {
            for (String[] m : targets(link)) {
                calls.append(
                        "CALL (x, row) { UNWIND row.targets.%s%s AS k MATCH (t:%s {%s: k}) CREATE (x)-[:%s]->(t) }\n"
                                .formatted(link.link(), m[0], m[1], m[2], link.type()));
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
            for (String[] m : targets(link)) {
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

    /**
     * What the store holds for a batch of cooperations. Both directions, each from the pair's first
     * end: a directed expansion from one bound node into the other, which the planner keeps to the
     * smaller of the two degrees.
     */
    static String existingCooperations() {
        return """
                UNWIND $keys AS k
                MATCH (a:Actor {id: k.a}), (b:Actor {id: k.b})
                USING INDEX a:Actor(id)
                USING INDEX b:Actor(id)
                WITH k, a, b,
                  COLLECT { MATCH (a)-[x:COOPERATES_WITH]->(b) RETURN x
                            UNION MATCH (a)<-[x:COOPERATES_WITH]-(b) RETURN x } AS found
                WHERE size(found) > 0
                WITH k, found[0] AS x
                RETURN k.a + '|' + k.b AS key, x {.kind, .since, .until, .intensity, .note} AS props, {} AS links""";
    }

    /** A new cooperation goes from the smaller id, as the contract's export writes it. */
    static String createCooperations() {
        return """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
                CREATE (a)-[x:COOPERATES_WITH]->(b)
                SET x += row.props, %s""".formatted(AUDIT_CREATE);
    }

    /** The cooperations of a batch's rows; {@link #SNAPSHOT} or {@link #UPDATE} follows. */
    static String matchCooperations() {
        return """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.a}), (b:Actor {id: row.b})
                USING INDEX a:Actor(id)
                USING INDEX b:Actor(id)
                MATCH (a)-[x:COOPERATES_WITH]-(b)
                """;
    }

    /** Ends a match of relationships {@code x}: their snapshots for the journal. */
    static final String SNAPSHOT = "RETURN elementId(x) AS rel, properties(x) AS props";

    /** Ends a match of relationships {@code x}: the change. */
    static final String UPDATE = "SET x += row.props, " + AUDIT_UPDATE;

    /** What the store holds for a batch of actor-to-node relationships of one type. */
    static String existingRelationships(String label, String type, String projection) {
        return """
                UNWIND $keys AS k
                MATCH (a:Actor {id: k.actor}), (n:%2$s {id: k.target})
                USING INDEX a:Actor(id)
                USING INDEX n:%2$s(id)
                MATCH (a)-[x:%1$s]->(n)
                WITH k, head(collect(x)) AS x
                RETURN k.target + '|' + k.actor AS key, x {%3$s} AS props, {} AS links""".formatted(type, label, projection);
    }

    static String createRelationships(String label, String type) {
        return """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor}), (n:%s {id: row.target})
                CREATE (a)-[x:%s]->(n)
                SET x += row.props, %s""".formatted(label, type, AUDIT_CREATE);
    }

    /** The relationships of a batch's rows; {@link #SNAPSHOT} or {@link #UPDATE} follows. */
    static String matchRelationships(String label, String type) {
        return """
                UNWIND $rows AS row
                MATCH (a:Actor {id: row.actor}), (n:%2$s {id: row.target})
                USING INDEX a:Actor(id)
                USING INDEX n:%2$s(id)
                MATCH (a)-[x:%1$s]->(n)
                """.formatted(type, label);
    }
}
