package de.kooperationsatlas.base;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves the app's own records that stores made before the private store keep in the domain graph
 * ({@code :User}, {@code :ConsoleQuery}) into the {@link PrivateStore}, then deletes them from the
 * domain graph. Runs on every start before the web server starts; on a moved store it finds nothing. Each
 * batch is written to the private store first and deleted from the domain store after, so a crash in
 * between repeats the batch (users are merged by name, history entries by user, query and time).
 */
@Component
class PrivateRecordsMove extends StartupPhase {

    private static final Logger log = LoggerFactory.getLogger(PrivateRecordsMove.class);
    private static final int BATCH = 500;

    /** Label, then the private store's statement that merges one row ({@code $rows}: key and properties). */
    private static final Map<String, String> MOVED = Map.of(
            "User", """
                    UNWIND $rows AS row
                    MERGE (u:User {name: row.props.name})
                    SET u = row.props""",
            "ConsoleQuery", """
                    UNWIND $rows AS row
                    MERGE (q:ConsoleQuery {user: row.props.user, query: row.props.query, at: row.props.at})
                    SET q = row.props""");

    private final Driver driver;
    private final PrivateStore store;

    PrivateRecordsMove(Driver driver, PrivateStore store) {
        super(StartupOrder.PRIVATE_RECORDS_PHASE);
        this.driver = driver;
        this.store = store;
    }

    @Override
    protected void run() {
        MOVED.forEach(this::move);
    }

    /** Moves every node with this label; gives how many moved. */
    long move(String label, String merge) {
        long moved = 0;
        try (var session = driver.session()) {
            while (true) {
                List<Record> batch = session.executeRead(tx -> tx.run(
                                // The label is one of MOVED's constants, never input.
                                "MATCH (n:%s) RETURN elementId(n) AS id, properties(n) AS props LIMIT $batch"
                                        .formatted(label),
                                Map.of("batch", BATCH))
                        .list());
                if (batch.isEmpty()) {
                    break;
                }
                List<Map<String, Object>> rows = batch.stream()
                        .map(r -> Map.<String, Object>of(
                                "props", new HashMap<>(r.get("props").asMap())))
                        .toList();
                store.execute(merge, Map.of("rows", rows));
                List<String> ids =
                        batch.stream().map(r -> r.get("id").asString()).toList();
                session.executeWriteWithoutResult(tx -> tx.run(
                                "UNWIND $ids AS id MATCH (n:%s) WHERE elementId(n) = id DETACH DELETE n"
                                        .formatted(label),
                                Map.of("ids", ids))
                        .consume());
                moved += batch.size();
            }
        }
        if (moved > 0) {
            log.warn("Moved {} {} node(s) from the domain store into the private store", moved, label);
        }
        return moved;
    }
}
