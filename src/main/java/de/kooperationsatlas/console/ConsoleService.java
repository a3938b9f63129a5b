package de.kooperationsatlas.console;

import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.console.ConsoleException.Reason;
import de.kooperationsatlas.security.AccessGuard;
import de.kooperationsatlas.security.Role;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The Cypher console for analysts and administrators. A query runs in a read transaction (so the
 * database itself refuses writes), after its {@code EXPLAIN} plan passed {@link QueryInspection}, with the
 * database's transaction timeout, a row cap, and at most a few console queries at once. Users, the
 * console history and other internal data are left out of every answer.
 */
@Service
public class ConsoleService {

    /** How long past its time box a console query may take before the caller is answered anyway. */
    static final Duration GRACE = Duration.ofSeconds(4);

    /** How long after the time box the watchdog terminates a query that the database's timeout did not stop. */
    static final Duration WATCHDOG_DELAY = Duration.ofSeconds(1);

    /** The transaction metadata key that marks a console query, so the watchdog can find its transaction. */
    static final String CONSOLE_QUERY = "consoleQuery";

    private static final Logger log = LoggerFactory.getLogger(ConsoleService.class);

    private final Driver driver;
    private final AccessGuard guard;
    private final ConsoleProperties properties;
    private final ConsoleHistory history;
    private final CypherScripts scripts;
    private final ConsoleFormats formats = new ConsoleFormats();
    private final Semaphore slots;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("console-", 0).factory());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("console-watchdog").daemon().factory());
    private final Map<String, Future<ConsoleResult>> running = new ConcurrentHashMap<>();
    /** Console queries ended because the heap stayed above the {@link HeapGuard}'s line. */
    private final Set<String> heapStopped = ConcurrentHashMap.newKeySet();

    final HeapGuard heap = new HeapGuard();
    private volatile boolean stopping;
    private volatile ConsoleLimits limits;

    ConsoleService(
            Driver driver,
            AccessGuard guard,
            ConsoleProperties properties,
            ConsoleHistory history,
            CypherScripts scripts) {
        this.driver = driver;
        this.guard = guard;
        this.properties = properties;
        this.history = history;
        this.scripts = scripts;
        this.slots = new Semaphore(Math.max(1, properties.maxConcurrent()));
        this.limits = properties.limits();
    }

    /** The limits of one query: the configured ones unless changed at run time. */
    public ConsoleLimits limits() {
        return limits;
    }

    /** Changes the limits of the queries that start from now on (the API's and the page's). */
    public void limits(ConsoleLimits limits) {
        this.limits = limits;
    }

    /** How many console queries may run at once. */
    public int maxConcurrent() {
        return Math.max(1, properties.maxConcurrent());
    }

    /** How many console queries are running now. */
    int running() {
        return maxConcurrent() - slots.availablePermits();
    }

    /** Whether the current user may use the console (ANALYST or ADMIN). */
    public boolean allowed() {
        return guard.has(Role.ANALYST);
    }

    /** Runs a query with the configured limits. */
    public ConsoleResult run(String query, @Nullable Map<String, ?> parameters) {
        return run(query, parameters, limits());
    }

    /**
     * Runs a read-only query.
     *
     * @throws ConsoleException when the query is refused, invalid, stopped by the timeout, or when too
     *     many console queries are running
     * @throws org.springframework.security.access.AccessDeniedException for users without ANALYST or ADMIN
     */
    public ConsoleResult run(String query, @Nullable Map<String, ?> parameters, ConsoleLimits limits) {
        guard.require(Role.ANALYST);
        String statement = ConsoleFormats.statement(query);
        Map<String, Object> params = ConsoleFormats.parameters(parameters);
        QueryInspection.refuseUse(statement);
        RunawayRanges.refuse(statement, params);
        if (stopping || !slots.tryAcquire()) {
            throw new ConsoleException(Reason.BUSY, "console.busy", maxConcurrent());
        }
        long started = System.nanoTime();
        String id = UUID.randomUUID().toString();
        String user = guard.current().map(u -> u.name()).orElse("system");
        // The query runs on a worker of its own, so the caller gets an answer at the time box plus a grace
        // period whatever the database does; the slot stays taken until the database has really let go.
        var answer = new FutureTask<>(() -> {
            try {
                return execute(statement, params, limits, id, user, started);
            } finally {
                running.remove(id);
                slots.release();
            }
        });
        running.put(id, answer);
        try {
            workers.execute(answer);
        } catch (RejectedExecutionException e) {
            running.remove(id);
            slots.release();
            throw new ConsoleException(Reason.BUSY, "console.busy", maxConcurrent());
        }
        // The watchdog: a second after the time box (the database's own timeout comes first) the transaction is
        // terminated from outside, in case the database's timeout did not stop it.
        var watchdog = timer.schedule(
                () -> terminate(List.of(id)),
                limits.timeout().plus(WATCHDOG_DELAY).toMillis(),
                TimeUnit.MILLISECONDS);
        // The heap guard: a query whose values fill the heap (which the store's memory limit does not see
        // inside one expression) is ended when the heap stays above the line for two checks in a row.
        var above = new java.util.concurrent.atomic.AtomicInteger();
        var heapCheck = timer.scheduleAtFixedRate(
                () -> {
                    if (!heap.above()) {
                        above.set(0);
                    } else if (above.incrementAndGet() == 2) {
                        log.warn("Console query {} of {} ended: the heap stayed above its line", id, user);
                        heapStopped.add(id);
                        terminate(List.of(id));
                    }
                },
                HeapGuard.CHECK_EVERY_MILLIS,
                HeapGuard.CHECK_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            return answer.get(limits.timeout().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (heapStopped.contains(id)) {
                throw new ConsoleException(Reason.MEMORY, "console.memory.heap");
            }
            log.warn(
                    "Console query {} of {} still runs {} after its time box of {}; answered as timed out",
                    id,
                    user,
                    GRACE,
                    limits.timeout());
            throw new ConsoleException(Reason.TIMEOUT, "console.timeout", seconds(limits.timeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminate(List.of(id));
            throw new ConsoleException(Reason.TIMEOUT, "console.timeout", seconds(limits.timeout()));
        } catch (java.util.concurrent.CancellationException e) {
            throw new ConsoleException(Reason.BUSY, "console.shutdown");
        } catch (ExecutionException e) {
            if (heapStopped.contains(id)) {
                throw new ConsoleException(Reason.MEMORY, "console.memory.heap");
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            watchdog.cancel(false);
            heapCheck.cancel(false);
            heapStopped.remove(id);
        }
    }

    private ConsoleResult execute(
            String statement, Map<String, Object> params, ConsoleLimits limits, String id, String user, long started) {
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            var config = TransactionConfig.builder()
                    .withTimeout(limits.timeout())
                    .withMetadata(Map.of("app", "console", "user", user, CONSOLE_QUERY, id))
                    .build();
            ResultSummary explained;
            try (var tx = session.beginTransaction(config)) {
                // The query text goes to the database as given, never with values spliced in: the
                // values travel as parameters.
                explained = tx.run("EXPLAIN " + statement, params).consume();
            }
            QueryInspection.check(explained, explained.database().name());
            try (var tx = session.beginTransaction(config)) {
                Set<String> secrets = new HashSet<>(
                        tx.run("MATCH (u:User) WHERE u.passwordHash IS NOT NULL RETURN u.passwordHash AS hash")
                                .list(r -> r.get("hash").asString()));
                secrets.remove("");
                var values = new ConsoleValues(secrets);
                var result = tx.run(statement, params);
                List<String> columns = List.copyOf(result.keys());
                List<Map<String, @Nullable Object>> rows = new ArrayList<>();
                while (rows.size() < limits.rowLimit() && result.hasNext()) {
                    Record record = result.next();
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    for (String column : columns) {
                        row.put(column, values.map(record.get(column)));
                    }
                    rows.add(row);
                }
                boolean truncated = result.hasNext();
                // Rolled back on close: nothing was written, and an unfinished stream stops here.
                return new ConsoleResult(
                        columns,
                        rows,
                        truncated,
                        limits.rowLimit(),
                        values.hidden(),
                        values.graph(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (TransactionTerminatedException e) {
            throw timeoutOr(e, started, limits);
        } catch (ClientException e) {
            throw translate(e, started, limits);
        } catch (Neo4jException e) {
            throw timeoutOr(e, started, limits);
        }
    }

    /**
     * Terminates the database transactions of these console queries (found by their metadata), through the
     * driver, so it works the same for the embedded store and an external server.
     */
    private void terminate(List<String> ids) {
        try (var session = driver.session()) {
            List<String> transactions = session.run("""
                            SHOW TRANSACTIONS YIELD transactionId, metaData
                            WHERE metaData.%s IN $ids
                            RETURN transactionId""".formatted(CONSOLE_QUERY), Map.of("ids", ids))
                    .list(r -> r.get("transactionId").asString());
            if (!transactions.isEmpty()) {
                session.run("TERMINATE TRANSACTIONS $transactions", Map.of("transactions", transactions))
                        .consume();
                log.info("Terminated console transactions {}", transactions);
            }
        } catch (RuntimeException e) {
            log.warn("Could not terminate console queries {}: {}", ids, e.getMessage());
        }
    }

    /**
     * On shutdown: no new console queries, and the running ones are terminated, so that neither the web
     * server's graceful shutdown nor the store's waits for them.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        List<String> ids = List.copyOf(running.keySet());
        if (!ids.isEmpty()) {
            terminate(ids);
        }
        // The workers are not interrupted: each ends when the database reports its transaction terminated.
        timer.shutdownNow();
        workers.shutdown();
    }

    /** Reads the JSON text of the parameters field: an object, or empty for none. */
    public Map<String, Object> parseParameters(@Nullable String text) {
        return formats.parseParameters(text);
    }

    /** Parameters, a graph or a whole answer as pretty JSON text (for the parameters field and downloads). */
    public String toJson(Object value) {
        return formats.toJson(value);
    }

    /** A value of an answer as one line of text: strings as they are, lists, maps, nodes as compact JSON. */
    public String text(@Nullable Object value) {
        return formats.text(value);
    }

    /**
     * An answer as CSV the way the app's other downloads are (UTF-8 with BOM, {@code ;}, so that a German
     * spreadsheet opens it with a double-click).
     */
    public byte[] csv(ConsoleResult result) {
        return formats.csv(result);
    }

    /** The example queries: every file of {@code cypher/analysis/}, with its header. */
    public List<ConsoleExample> examples() {
        return scripts.files("analysis").stream()
                .map(file -> ConsoleExamples.parse(
                        file.substring("analysis/".length(), file.length() - ".cypher".length()),
                        scripts.text(file),
                        scripts.statements(file).getFirst()))
                .toList();
    }

    /** Adds a query to the current user's history. */
    public void remember(String query, String parameters) {
        guard.require(Role.ANALYST);
        guard.current()
                .ifPresent(user ->
                        history.remember(user.name(), query.strip(), parameters.strip(), properties.historySize()));
    }

    /** The current user's last queries, newest first. */
    public List<ConsoleHistoryEntry> history() {
        guard.require(Role.ANALYST);
        return guard.current()
                .map(user -> history.recent(user.name(), properties.historySize()))
                .orElse(List.of());
    }

    private ConsoleException translate(ClientException e, long started, ConsoleLimits limits) {
        String code = String.valueOf(e.code());
        if (code.contains("TransactionTimedOut") || code.contains("Terminated") || code.contains("OutOfMemory")) {
            return timeoutOr(e, started, limits);
        }
        if (code.endsWith("Statement.AccessMode")) {
            return new ConsoleException(Reason.REFUSED, "console.refused.write");
        }
        return new ConsoleException(Reason.INVALID, "console.invalid.query", e.getMessage());
    }

    private ConsoleException timeoutOr(Neo4jException e, long started, ConsoleLimits limits) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        String code = String.valueOf(e.code());
        if (stopping) {
            return new ConsoleException(Reason.BUSY, "console.shutdown");
        }
        if (code.contains("MemoryPoolOutOfMemory") || code.contains("OutOfMemory")) {
            return new ConsoleException(Reason.MEMORY, "console.memory");
        }
        if (code.contains("TransactionTimedOut")
                || e instanceof TransactionTerminatedException
                || elapsed.compareTo(limits.timeout()) >= 0) {
            return new ConsoleException(Reason.TIMEOUT, "console.timeout", seconds(limits.timeout()));
        }
        // Anything else the database gave up on while running the query (an overflowing value, say) is the
        // query's failure, told to the analyst, not an error of the app.
        log.info("Console query failed in the database: {} {}", code, e.getMessage());
        return new ConsoleException(Reason.FAILED, "console.failed", code);
    }

    private static String seconds(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
