package de.kooperationsatlas.exchange;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The undo journal that makes an import all or nothing although it commits batch by batch (one
 * transaction for 100,000 actors would keep gigabytes of transaction state on the heap, and Neo4j
 * 2026 has no off-heap transaction state any more).
 *
 * <p>An import is an {@code (:ImportRun {id, state: 'RUNNING'})}. Each batch transaction records, in the
 * same transaction, how to undo itself: the keys of the nodes and relationships it creates
 * ({@code (:ImportUndo {op: 'created' | 'linked'})}) and a snapshot of every node or relationship it
 * changes ({@code (:ImportUndo {op: 'updated'})-[:UNDO_SNAPSHOT {node|rel, added, removed}]->(:ImportSnapshot)}
 * with the old properties; links an update adds are noted in {@code added}, links it drops in
 * {@code removed}, and these are only deleted once the import has committed, so an undo leaves even the
 * relationship ids as they were). The import commits by setting the run's state to {@code DONE} in one
 * small transaction; then the journal is removed (and the dropped links with it). A failure before that undoes the
 * batches in reverse order; a process killed midway is undone by {@link #recover} at the next start (or
 * before the next import). Readers may see a running import's batches; nothing else writes while it runs.
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
    private final String run;
    private long seq;

    private ImportJournal(Neo4jClient neo4j, String run) {
        this.neo4j = neo4j;
        this.run = run;
    }

    /** A journal that records nothing (a dry run writes nothing). */
    static ImportJournal none(Neo4jClient neo4j) {
        return new ImportJournal(neo4j, "dry-run");
    }

    /** Starts a run: its marker is committed before the first batch. */
    static ImportJournal begin(Neo4jClient neo4j, String by) {
        var journal = new ImportJournal(neo4j, UUID.randomUUID().toString());
        neo4j.query("CREATE (:ImportRun {id: $run, state: 'RUNNING', startedAt: datetime(), by: $by})")
                .bindAll(Map.of("run", journal.run, "by", by))
                .run();
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

    /** This batch creates these nodes (keys by {@link #CREATED}). */
    void created(String label, List<String> keys) {
        if (!CREATED.containsKey(label)) {
            throw new IllegalArgumentException(label);
        }
        neo4j.query("CREATE (:ImportUndo {run: $run, seq: $seq, op: 'created', label: $label, keys: $keys})")
                .bindAll(Map.of("run", run, "seq", seq, "label", label, "keys", keys))
                .run();
    }

    /** This batch creates these relationships, from the actor {@code a[i]} to the node with id {@code b[i]}. */
    void linked(String type, List<String> a, List<String> b) {
        if (!LINKED.containsKey(type)) {
            throw new IllegalArgumentException(type);
        }
        if (a.isEmpty()) {
            return;
        }
        neo4j.query("CREATE (:ImportUndo {run: $run, seq: $seq, op: 'linked', type: $type, a: $a, b: $b})")
                .bindAll(Map.of("run", run, "seq", seq, "type", type, "a", a, "b", b))
                .run();
    }

    /** Commits the import (one small transaction), then removes its journal. */
    void commit(ImportWriter.Transactions transactions) {
        transactions.inTransaction(() -> neo4j.query("MATCH (r:ImportRun {id: $run}) SET r.state = 'DONE'")
                .bind(run)
                .to("run")
                .run());
        clear(neo4j, transactions, run);
    }

    /** Undoes every committed batch of this run, the last first, and removes the run. */
    void undo(ImportWriter.Transactions transactions) {
        undo(neo4j, transactions, run);
    }

    /**
     * Finishes what an interrupted process left: a run still {@code RUNNING} is undone, a {@code DONE}
     * one has its journal removed.
     */
    static void recover(Neo4jClient neo4j, ImportWriter.Transactions transactions) {
        var runs = neo4j.query("MATCH (r:ImportRun) RETURN r.id AS id, r.state AS state")
                .fetch()
                .all();
        for (var r : runs) {
            String id = (String) r.get("id");
            if ("DONE".equals(r.get("state"))) {
                log.warn("Import {} was committed but its journal not removed; removing it now", id);
                clear(neo4j, transactions, id);
            } else {
                log.warn("Import {} was interrupted; undoing its batches", id);
                undo(neo4j, transactions, id);
            }
        }
    }

    private static void undo(Neo4jClient neo4j, ImportWriter.Transactions transactions, String run) {
        List<Long> seqs = neo4j
                .query("MATCH (u:ImportUndo {run: $run}) RETURN DISTINCT u.seq AS seq ORDER BY seq DESC")
                .bind(run)
                .to("run")
                .fetchAs(Long.class)
                .all()
                .stream()
                .toList();
        for (long seq : seqs) {
            // One transaction per batch: its changes are undone and its journal removed together.
            transactions.inTransaction(() -> undoBatch(neo4j, run, seq));
        }
        transactions.inTransaction(() -> neo4j.query("MATCH (r:ImportRun {id: $run}) DELETE r")
                .bind(run)
                .to("run")
                .run());
    }

    private static void undoBatch(Neo4jClient neo4j, String run, long seq) {
        Map<String, Object> at = Map.of("run", run, "seq", seq);
        neo4j.query("""
                        MATCH (:ImportUndo {run: $run, seq: $seq, op: 'updated'})-[k:UNDO_SNAPSHOT]->(s)
                        WITH k, s WHERE k.node IS NOT NULL
                        MATCH (x) WHERE elementId(x) = k.node
                        SET x = properties(s)
                        WITH k
                        UNWIND coalesce(k.added, []) AS added
                        MATCH ()-[r]->() WHERE elementId(r) = added
                        DELETE r""").bindAll(at).run();
        neo4j.query("""
                        MATCH (:ImportUndo {run: $run, seq: $seq, op: 'updated'})-[k:UNDO_SNAPSHOT]->(s)
                        WITH k, s WHERE k.rel IS NOT NULL
                        MATCH ()-[x]->() WHERE elementId(x) = k.rel
                        SET x = properties(s)""").bindAll(at).run();
        LINKED.forEach((type, label) ->
                neo4j.query("""
                        MATCH (u:ImportUndo {run: $run, seq: $seq, op: 'linked', type: '%1$s'})
                        UNWIND range(0, size(u.a) - 1) AS i
                        MATCH (a:Actor {id: u.a[i]})-[x:%1$s]->(b:%2$s {id: u.b[i]})
                        DELETE x""".formatted(type, label)).bindAll(at).run());
        CREATED.forEach((label, key) ->
                neo4j.query("""
                        MATCH (u:ImportUndo {run: $run, seq: $seq, op: 'created', label: '%1$s'})
                        UNWIND u.keys AS key
                        MATCH (x:%1$s {%2$s: key})
                        DETACH DELETE x""".formatted(label, key)).bindAll(at).run());
        neo4j.query("""
                        MATCH (u:ImportUndo {run: $run, seq: $seq})
                        OPTIONAL MATCH (u)-[:UNDO_SNAPSHOT]->(s)
                        DETACH DELETE s, u""").bindAll(at).run();
    }

    /** Removes a committed run's journal, in small transactions (snapshots may be many). */
    private static void clear(Neo4jClient neo4j, ImportWriter.Transactions transactions, String run) {
        transactions.inTransaction(() -> neo4j.query("""
                        MATCH (u:ImportUndo {run: $run}) WHERE u.op <> 'updated'
                        DELETE u""").bind(run).to("run").run());
        long left;
        do {
            long[] deleted = {0};
            transactions.inTransaction(() -> deleted[0] = neo4j.query("""
                            MATCH (u:ImportUndo {run: $run})
                            WITH u LIMIT 1
                            OPTIONAL MATCH (u)-[k:UNDO_SNAPSHOT]->(s)
                            CALL (k) {
                              UNWIND coalesce(k.removed, []) AS removed
                              MATCH ()-[r]->() WHERE elementId(r) = removed
                              DELETE r
                            }
                            WITH u, collect(s) AS snapshots
                            FOREACH (s IN snapshots | DETACH DELETE s)
                            DETACH DELETE u
                            RETURN 1 AS deleted""")
                    .bind(run)
                    .to("run")
                    .fetchAs(Long.class)
                    .one()
                    .orElse(0L));
            left = deleted[0];
        } while (left > 0);
        transactions.inTransaction(() -> neo4j.query("MATCH (r:ImportRun {id: $run}) DELETE r")
                .bind(run)
                .to("run")
                .run());
    }
}
