package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.PrivateStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The undo journal that makes an import all or nothing although it commits batch by batch (one
 * transaction for 100,000 actors would keep gigabytes of transaction state on the heap, and Neo4j
 * 2026 has no off-heap transaction state any more).
 *
 * <p>The journal lives in the {@link PrivateStore}, apart from the domain graph (no console query reads
 * it), and is written ahead: each batch records how to undo itself there, committed <em>before</em> the
 * batch's own transaction in the domain store commits. An import is an {@code (:ImportRun {id, state:
 * 'RUNNING'})}; a batch notes the keys of the nodes and relationships it creates ({@code (:ImportUndo
 * {op: 'created' | 'linked'})}) and a snapshot of every node or relationship it changes ({@code
 * (:ImportUndo {op: 'updated'})-[:UNDO_SNAPSHOT {node|rel, added, removed}]->(:ImportSnapshot)} with the
 * old properties; links an update adds are noted in {@code added}, links it drops in {@code removed},
 * and these are only deleted once the import has committed, so an undo leaves even the relationship ids
 * as they were). The import commits by setting the run's state to {@code DONE}; then the journal is
 * removed (and the dropped links with it). A failure before that undoes the batches in reverse order; a
 * process killed midway is undone by {@link #recover} at the next start, before the web server starts.
 *
 * <p>Undo is idempotent, because a batch whose journal was written may still have rolled back (or a crash
 * may come between undoing a batch and removing its journal): snapshots set properties to what they
 * were, and created nodes and links, added and dropped links are deleted only where they still exist
 * (an added link only if it still starts at the node it was added to).
 */
final class ImportJournal {

    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

    /** Labels of the nodes an import creates, with their key property. */
    private static final Map<String, String> CREATED =
            Map.of("Actor", "id", "Network", "id", "PreventionChain", "id", "Event", "id", "Topic", "code");

    /** Types of the relationships an import creates between existing nodes, with the label of their end. */
    private static final Map<String, String> LINKED = Map.of(
            "COOPERATES_WITH", "Actor",
            "MEMBER_OF", "Network",
            "CONTRIBUTES_TO", "PreventionChain",
            "TOOK_PART_IN", "Event");

    private final Neo4jClient neo4j;
    private final @Nullable PrivateStore store;
    private final String run;
    private long seq;

    private ImportJournal(Neo4jClient neo4j, @Nullable PrivateStore store, String run) {
        this.neo4j = neo4j;
        this.store = store;
        this.run = run;
    }

    /** A journal that records nothing (a dry run writes nothing). */
    static ImportJournal none(Neo4jClient neo4j) {
        return new ImportJournal(neo4j, null, "dry-run");
    }

    /** Starts a run: its marker is committed before the first batch. */
    static ImportJournal begin(Neo4jClient neo4j, PrivateStore store, String by) {
        var journal = new ImportJournal(neo4j, store, UUID.randomUUID().toString());
        store.execute(
                "CREATE (:ImportRun {id: $run, state: 'RUNNING', startedAt: datetime(), by: $by})",
                Map.of("run", journal.run, "by", by));
        return journal;
    }

    String run() {
        return run;
    }

    long seq() {
        return seq;
    }

    /** The next batch (call inside its transaction). */
    void next() {
        seq++;
    }

    /** This batch creates these nodes (keys by {@link #CREATED}); recorded before the batch commits. */
    void created(String label, List<String> keys) {
        if (!CREATED.containsKey(label)) {
            throw new IllegalArgumentException(label);
        }
        if (keys.isEmpty() || store == null) {
            return;
        }
        store.execute(
                "CREATE (:ImportUndo {run: $run, seq: $seq, op: 'created', label: $label, keys: $keys})",
                Map.of("run", run, "seq", seq, "label", label, "keys", keys));
    }

    /** This batch creates these relationships, from the actor {@code a[i]} to the node with id {@code b[i]}. */
    void linked(String type, List<String> a, List<String> b) {
        if (!LINKED.containsKey(type)) {
            throw new IllegalArgumentException(type);
        }
        if (a.isEmpty() || store == null) {
            return;
        }
        store.execute(
                "CREATE (:ImportUndo {run: $run, seq: $seq, op: 'linked', type: $type, a: $a, b: $b})",
                Map.of("run", run, "seq", seq, "type", type, "a", a, "b", b));
    }

    /**
     * This batch changes these nodes or relationships: one snapshot each, with {@code node} or {@code rel}
     * (element id), {@code props} (the old properties), {@code added} and {@code removed} (ids of the links
     * an update adds and drops). Recorded before the batch commits.
     */
    void updated(List<Map<String, Object>> snapshots) {
        if (snapshots.isEmpty() || store == null) {
            return;
        }
        store.execute("""
                CREATE (u:ImportUndo {run: $run, seq: $seq, op: 'updated'})
                WITH u
                UNWIND $snapshots AS snapshot
                CREATE (u)-[k:UNDO_SNAPSHOT]->(s:ImportSnapshot)
                SET s = snapshot.props,
                    k.node = snapshot.node, k.rel = snapshot.rel,
                    k.added = coalesce(snapshot.added, []), k.removed = coalesce(snapshot.removed, [])""", Map.of("run", run, "seq", seq, "snapshots", snapshots));
    }

    /** Commits the import (the run's state, in the private store), then removes its journal. */
    void commit(ImportWriter.Transactions transactions) {
        var store = required();
        store.execute("MATCH (r:ImportRun {id: $run}) SET r.state = 'DONE'", Map.of("run", run));
        clear(neo4j, store, transactions, run);
    }

    /** Undoes every committed batch of this run, the last first, and removes the run. */
    void undo(ImportWriter.Transactions transactions) {
        undo(neo4j, required(), transactions, run);
    }

    private PrivateStore required() {
        if (store == null) {
            throw new IllegalStateException("A dry run has no journal");
        }
        return store;
    }

    /**
     * Finishes what an interrupted process left: a run still {@code RUNNING} is undone, a {@code DONE}
     * one has its journal removed.
     */
    static void recover(Neo4jClient neo4j, PrivateStore store, ImportWriter.Transactions transactions) {
        var runs = store.query("MATCH (r:ImportRun) RETURN r.id AS id, r.state AS state", Map.of());
        for (var r : runs) {
            String id = (String) r.get("id");
            if ("DONE".equals(r.get("state"))) {
                log.warn("Import {} was committed but its journal not removed; removing it now", id);
                clear(neo4j, store, transactions, id);
            } else {
                log.warn("Import {} was interrupted; undoing its batches", id);
                undo(neo4j, store, transactions, id);
                log.warn("Import {} undone", id);
            }
        }
    }

    private static void undo(
            Neo4jClient neo4j, PrivateStore store, ImportWriter.Transactions transactions, String run) {
        List<Long> seqs = store
                .query(
                        "MATCH (u:ImportUndo {run: $run}) RETURN DISTINCT u.seq AS seq ORDER BY seq DESC",
                        Map.of("run", run))
                .stream()
                .map(row -> ((Number) row.get("seq")).longValue())
                .toList();
        for (long seq : seqs) {
            // The batch's changes are undone in one domain transaction; its journal is removed only after
            // that committed, so a crash in between undoes it once more (to the same state).
            transactions.inTransaction(() -> undoBatch(neo4j, store, run, seq));
            store.execute("""
                    MATCH (u:ImportUndo {run: $run, seq: $seq})
                    OPTIONAL MATCH (u)-[:UNDO_SNAPSHOT]->(s)
                    DETACH DELETE s, u""", Map.of("run", run, "seq", seq));
        }
        store.execute("MATCH (r:ImportRun {id: $run}) DELETE r", Map.of("run", run));
    }

    private static void undoBatch(Neo4jClient neo4j, PrivateStore store, String run, long seq) {
        Map<String, Object> at = Map.of("run", run, "seq", seq);
        List<Map<String, Object>> snapshots = snapshots(store, at);
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> rels = new ArrayList<>();
        for (var snapshot : snapshots) {
            (snapshot.get("node") != null ? nodes : rels).add(snapshot);
        }
        if (!nodes.isEmpty()) {
            neo4j.query("""
                            UNWIND $snapshots AS k
                            MATCH (x) WHERE elementId(x) = k.node
                            SET x = k.props
                            WITH x, k
                            UNWIND k.added AS added
                            MATCH (x)-[r]->() WHERE elementId(r) = added
                            DELETE r""").bind(nodes).to("snapshots").run();
        }
        if (!rels.isEmpty()) {
            neo4j.query("""
                            UNWIND $snapshots AS k
                            MATCH ()-[x]->() WHERE elementId(x) = k.rel
                            SET x = k.props""").bind(rels).to("snapshots").run();
        }
        for (var linked : store.query(
                "MATCH (u:ImportUndo {run: $run, seq: $seq, op: 'linked'}) RETURN u.type AS type, u.a AS a, u.b AS b",
                at)) {
            String type = (String) linked.get("type");
            String label = LINKED.get(type);
            if (label == null) {
                throw new IllegalStateException("Unknown link type in the import journal: " + type);
            }
            neo4j.query("""
                            UNWIND range(0, size($a) - 1) AS i
                            MATCH (a:Actor {id: $a[i]})-[x:%1$s]->(b:%2$s {id: $b[i]})
                            DELETE x""".formatted(type, label))
                    .bindAll(Map.of("a", strings(linked.get("a")), "b", strings(linked.get("b"))))
                    .run();
        }
        for (var created : store.query(
                "MATCH (u:ImportUndo {run: $run, seq: $seq, op: 'created'}) RETURN u.label AS label, u.keys AS keys",
                at)) {
            String label = (String) created.get("label");
            String key = CREATED.get(label);
            if (key == null) {
                throw new IllegalStateException("Unknown label in the import journal: " + label);
            }
            neo4j.query("""
                            UNWIND $keys AS key
                            MATCH (x:%1$s {%2$s: key})
                            DETACH DELETE x""".formatted(label, key))
                    .bind(strings(created.get("keys")))
                    .to("keys")
                    .run();
        }
    }

    /** The batch's snapshots with their old properties, as parameters for the domain store. */
    private static List<Map<String, Object>> snapshots(PrivateStore store, Map<String, Object> at) {
        return store.query("""
                        MATCH (:ImportUndo {run: $run, seq: $seq, op: 'updated'})-[k:UNDO_SNAPSHOT]->(s)
                        RETURN k.node AS node, k.rel AS rel, k.added AS added, k.removed AS removed,
                               properties(s) AS props""", at).stream().map(ImportJournal::asParameters).toList();
    }

    /** Removes a committed run's journal, one batch at a time (snapshots may be many). */
    private static void clear(
            Neo4jClient neo4j, PrivateStore store, ImportWriter.Transactions transactions, String run) {
        store.execute("MATCH (u:ImportUndo {run: $run}) WHERE u.op <> 'updated' DELETE u", Map.of("run", run));
        while (true) {
            var next = store.query("MATCH (u:ImportUndo {run: $run}) RETURN u.seq AS seq LIMIT 1", Map.of("run", run));
            if (next.isEmpty()) {
                break;
            }
            Map<String, Object> at = Map.of("run", run, "seq", next.getFirst().get("seq"));
            List<Map<String, Object>> dropped = new ArrayList<>();
            for (var snapshot : snapshots(store, at)) {
                if (snapshot.get("node") != null) {
                    dropped.add(Map.of("node", snapshot.get("node"), "removed", snapshot.get("removed")));
                }
            }
            // The links an update replaced go now that the import has committed; deleting them again
            // after a crash finds nothing (only links that still start at their node are deleted).
            transactions.inTransaction(
                    () -> neo4j.query("""
                            UNWIND $dropped AS k
                            MATCH (x) WHERE elementId(x) = k.node
                            UNWIND k.removed AS removed
                            MATCH (x)-[r]->() WHERE elementId(r) = removed
                            DELETE r""").bind(dropped).to("dropped").run());
            store.execute("""
                    MATCH (u:ImportUndo {run: $run, seq: $seq})
                    OPTIONAL MATCH (u)-[:UNDO_SNAPSHOT]->(s)
                    DETACH DELETE s, u""", at);
        }
        store.execute("MATCH (r:ImportRun {id: $run}) DELETE r", Map.of("run", run));
    }

    /** A snapshot read from the private store as parameters for the domain store (lists, not arrays). */
    private static Map<String, Object> asParameters(Map<String, Object> row) {
        Map<String, Object> parameters = new HashMap<>();
        if (row.get("node") != null) {
            parameters.put("node", row.get("node"));
        }
        if (row.get("rel") != null) {
            parameters.put("rel", row.get("rel"));
        }
        parameters.put("added", strings(row.get("added")));
        parameters.put("removed", strings(row.get("removed")));
        @SuppressWarnings("unchecked")
        var props = (Map<String, Object>) row.get("props");
        Map<String, Object> converted = new HashMap<>();
        props.forEach((key, value) -> converted.put(key, listed(value)));
        parameters.put("props", converted);
        return parameters;
    }

    /** Stored arrays as lists (the driver takes lists of any element type). */
    private static Object listed(Object value) {
        if (value.getClass().isArray()) {
            int length = java.lang.reflect.Array.getLength(value);
            List<Object> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(java.lang.reflect.Array.get(value, i));
            }
            return list;
        }
        return value;
    }

    private static List<String> strings(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        return listed(value) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }
}
