package de.kooperationsatlas.base;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j started in-process on disk, with Bolt on 127.0.0.1 and authentication on, so that the app's
 * driver and an analyst's cypher-shell or Neo4j Browser connect the same way.
 */
public final class EmbeddedStore implements AutoCloseable {

    static final String PASSWORD_FILE = "neo4j-password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final String username;
    private final String password;

    private EmbeddedStore(DatabaseManagementService dbms, int boltPort, String username, String password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.username = username;
        this.password = password;
    }

    /**
     * Starts the store under {@code <data>/neo4j}. The Bolt password is {@code initialPassword} on the
     * first start (or a random one kept in {@code <data>/neo4j-password}), and stays what it was later.
     */
    public static EmbeddedStore start(DataFolder data, int requestedPort, @Nullable String initialPassword) {
        long started = System.nanoTime();
        int port = requestedPort == 0 ? freePort() : requestedPort;
        var home = data.resolve("neo4j");
        boolean fresh = !Files.isDirectory(home.resolve("data"));
        var dbms = new DatabaseManagementServiceBuilder(home)
                // Memory: no single transaction may take more than its share of the pool all share
                // (Neo4j's default is unlimited, so one huge request starved every other reader and
                // writer); it fails alone with "transaction memory limit reached" instead.
                .setConfig(memorySettings(Runtime.getRuntime().maxMemory()))
                .setConfig(Map.of(
                        BoltConnector.enabled,
                        true,
                        BoltConnector.listen_address,
                        new SocketAddress("127.0.0.1", port),
                        BoltConnector.encryption_level,
                        BoltConnector.EncryptionLevel.DISABLED,
                        HttpConnector.enabled,
                        false,
                        GraphDatabaseSettings.auth_enabled,
                        true,
                        GraphDatabaseSettings.pagecache_memory,
                        512L * 1024 * 1024,
                        GraphDatabaseSettings.keep_logical_logs,
                        "2 files",
                        GraphDatabaseSettings.transaction_timeout,
                        Duration.ofMinutes(10)))
                .build();
        String password = boltPassword(data, dbms, fresh, initialPassword);
        // Store and transaction log files: owner only (0600), also on a store made by an older version.
        DataFolder.restrictToOwner(home, true);
        log.info(
                "Embedded Neo4j ready in {} ms at {} (Bolt bolt://127.0.0.1:{}, user neo4j, password in {})",
                (System.nanoTime() - started) / 1_000_000,
                home,
                port,
                data.resolve(PASSWORD_FILE));
        return new EmbeddedStore(dbms, port, "neo4j", password);
    }

    /**
     * The store's memory limits, in this one place (console queries, API reads, imports and whoever else
     * needs them share it). Neo4j tracks the heap its transactions take (collected lists, sorting, grouping,
     * transaction state) and ends a transaction that passes {@code db.memory.transaction.max} with a clear
     * error instead of letting it fill the heap; the limit is one for all transactions (Neo4j has no limit
     * per transaction type), so it is generous: a quarter of the heap, at least 256 MiB, at most 2 GiB. An
     * import batch of 10,000 rows needs well under 256 MiB. All transactions together keep Neo4j's default
     * ({@code dbms.memory.transaction.total.max}, 70 % of the heap). Changed at run time it would need
     * Neo4j's dynamic settings, which Community cannot change by procedure; hence a start setting.
     */
    static Map<org.neo4j.graphdb.config.Setting<?>, Object> memorySettings(long maxHeap) {
        long perTransaction = Math.clamp(maxHeap / 4, 256L * 1024 * 1024, 2L * 1024 * 1024 * 1024);
        return Map.of(GraphDatabaseSettings.memory_transaction_max_size, perTransaction);
    }

    private static String boltPassword(
            DataFolder data, DatabaseManagementService dbms, boolean fresh, @Nullable String initialPassword) {
        var kept = data.readSecret(PASSWORD_FILE);
        if (kept.isPresent() && !fresh) {
            return kept.get();
        }
        boolean given = initialPassword != null && !initialPassword.isBlank();
        String password = given ? initialPassword : kept.orElseGet(DataFolder::randomPassword);
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try (var tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            tx.commit();
        } catch (RuntimeException e) {
            // A store whose password was set before but whose password file went missing.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
        data.writeSecret(PASSWORD_FILE, password);
        if (!given) {
            System.out.printf(
                    "%nEmbedded Neo4j: Bolt user 'neo4j', password '%s' (kept in %s, readable by its owner only).%n%n",
                    password, data.resolve(PASSWORD_FILE));
        }
        return password;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the embedded store's Bolt connector", e);
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
