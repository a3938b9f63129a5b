package de.kooperationsatlas.base;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own records (users and their password hashes, console history, the import journal, later
 * survey tokens) in a second, small embedded Neo4j under {@code $ATLAS_DATA_DIR/private}, apart from the
 * domain graph. It has no Bolt and no HTTP connector: only this process reaches it, through Java
 * transactions, so no console query, Bolt client or external server can read it, whatever label,
 * property, path or function it names (filtering answers could not be made sound). It is embedded in
 * every deployment, also when the domain graph lives on an external Neo4j ({@code NEO4J_URI}).
 */
public final class PrivateStore implements AutoCloseable {

    /** The folder under the data folder. */
    public static final String FOLDER = "private";

    /** Constraints of the private records, applied on every start ({@code IF NOT EXISTS}). */
    private static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.name IS UNIQUE",
            "CREATE INDEX console_query_user IF NOT EXISTS FOR (q:ConsoleQuery) ON (q.user)",
            "CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE",
            "CREATE INDEX import_undo_run IF NOT EXISTS FOR (u:ImportUndo) ON (u.run, u.seq)");

    private static final Logger log = LoggerFactory.getLogger(PrivateStore.class);

    private final DatabaseManagementService dbms;
    private final GraphDatabaseService db;
    private final Path home;

    private PrivateStore(DatabaseManagementService dbms, Path home) {
        this.dbms = dbms;
        this.db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        this.home = home;
    }

    /** Starts (or creates) the private store under {@code <data>/private} and applies its schema. */
    public static PrivateStore start(DataFolder data) {
        return start(data.resolve(FOLDER));
    }

    /** Starts the private store in this folder (the backup and restore commands open copies this way). */
    public static PrivateStore start(Path home) {
        long started = System.nanoTime();
        var dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(Map.of(
                        BoltConnector.enabled,
                        false,
                        HttpConnector.enabled,
                        false,
                        HttpsConnector.enabled,
                        false,
                        // A few thousand small nodes: a tiny page cache is plenty.
                        GraphDatabaseSettings.pagecache_memory,
                        16L * 1024 * 1024,
                        GraphDatabaseSettings.keep_logical_logs,
                        "2 files",
                        GraphDatabaseSettings.transaction_timeout,
                        Duration.ofMinutes(10)))
                .build();
        var store = new PrivateStore(dbms, home);
        try {
            store.applySchema();
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
        log.info("Private store ready in {} ms at {}", (System.nanoTime() - started) / 1_000_000, home);
        return store;
    }

    private void applySchema() {
        // Schema changes need a transaction of their own, without data writes.
        for (String statement : SCHEMA) {
            try (var tx = db.beginTx()) {
                tx.execute(statement).close();
                tx.commit();
            }
        }
        try (var tx = db.beginTx()) {
            tx.schema().awaitIndexesOnline(1, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    public Path home() {
        return home;
    }

    /** Runs {@code work} in a read transaction (rolled back on return) and gives its result. */
    public <T> T read(Function<Transaction, T> work) {
        try (var tx = db.beginTx()) {
            return work.apply(tx);
        }
    }

    /** Runs {@code work} in a write transaction, committed when it returns normally, and gives its result. */
    public <T> T write(Function<Transaction, T> work) {
        try (var tx = db.beginTx()) {
            T result = work.apply(tx);
            tx.commit();
            return result;
        }
    }

    /** Like {@link #write(Function)} for work without a result. */
    public void update(Consumer<Transaction> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Runs one statement with parameters in a write transaction of its own. */
    public void execute(String cypher, Map<String, Object> parameters) {
        update(tx -> tx.execute(cypher, parameters).close());
    }

    /** The rows of one read statement, as maps of plain Java values. */
    public List<Map<String, Object>> query(String cypher, Map<String, Object> parameters) {
        return read(tx -> {
            try (var result = tx.execute(cypher, parameters)) {
                return result.stream()
                        .<Map<String, Object>>map(java.util.LinkedHashMap::new)
                        .toList();
            }
        });
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
