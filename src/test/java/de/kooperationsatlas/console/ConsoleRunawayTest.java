package de.kooperationsatlas.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.console.ConsoleException.Reason;
import de.kooperationsatlas.security.AccessGuard;
import de.kooperationsatlas.security.Role;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Console queries that would run away: loops inside one expression (which Neo4j's runtime does not check
 * for termination), queries past their time box, queries that want the heap, and a shutdown while queries
 * run. Every one must end within its time box plus 5 s with a clear message, and the console must answer
 * the next query.
 */
class ConsoleRunawayTest extends StoreTestSupport {

    @Autowired
    ConsoleService console;

    @Autowired
    MessageSource messages;

    @Autowired
    Driver driver;

    @Autowired
    AccessGuard guard;

    @Autowired
    ConsoleProperties properties;

    @Autowired
    ConsoleHistory history;

    @Autowired
    CypherScripts scripts;

    private ExecutorService pool;

    @BeforeEach
    void signInAnalyst() {
        signInAs("console-runaway", Role.ANALYST);
        pool = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(2), SecurityContextHolder.getContext());
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** The queries and their disguises: each a loop over millions of values inside one expression. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "RETURN reduce(s = \"\", x IN range(1, 5000000) | s + \"xxxxxxxxxx\")",
                "RETURN [x IN range(1, 1e9) | x]",
                "RETURN size([x IN range(1, 1000000000) | x]) AS n",
                "RETURN -1 IN range(1, 10000000000) AS found",
                "RETURN any(x IN range(0, 0x7FFFFFFF) WHERE x < 0) AS found",
                "RETURN reduce(s = 0, x IN range(1, $n) | s + x) AS total",
                "RETURN reduce(s = 0, x IN range(-5000 * 1000, toInteger(1e3)) | s + x) AS total",
                "RETURN [x IN range(1, 1000) | [y IN range(1, 1000) | x * y]] AS table",
                "WITH `range`(1, 2000000) AS xs RETURN size(xs)"
            })
    void loops_over_millions_of_values_inside_an_expression_are_refused_before_they_run(String query) {
        // A query that an earlier test timed out may still hold its slot until the database lets go.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> console.running() == 0);
        long started = System.nanoTime();
        var refusal = catchThrowableOfType(ConsoleException.class, () -> console.run(query, Map.of("n", 50_000_000)));
        assertThat(refusal).as(query).isNotNull();
        assertThat(refusal.reason()).isEqualTo(Reason.REFUSED);
        assertThat(refusal.messageKey()).isEqualTo("console.refused.range");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        String german = messages.getMessage(refusal.messageKey(), refusal.args().toArray(), Locale.GERMAN);
        String english =
                messages.getMessage(refusal.messageKey(), refusal.args().toArray(), Locale.ENGLISH);
        assertThat(german).startsWith("Abgelehnt: range()").contains("100.000").contains("UNWIND");
        assertThat(english).startsWith("Refused: range()").contains("100,000").contains("UNWIND");
        assertThat(console.running()).isZero();
    }

    @Test
    void small_ranges_in_expressions_and_large_unwound_ranges_still_run() {
        var small = console.run("RETURN reduce(s = 0, x IN range(1, 1000) | s + x) AS total", null);
        assertThat(small.rows().getFirst()).containsEntry("total", 500_500L);
        var unwound = console.run("UNWIND range(1, 2000000) AS x RETURN count(x) AS n", null);
        assertThat(unwound.rows().getFirst()).containsEntry("n", 2_000_000L);
        var overData = console.run("""
                MATCH (a:Actor) WITH collect(a.id) AS ids
                RETURN size([i IN range(0, size(ids) - 1) | ids[i]]) AS n""", null);
        assertThat((Long) overData.rows().getFirst().get("n")).isPositive();
    }

    @Test
    void a_loop_over_rows_ends_at_the_time_box_and_the_console_answers_the_next_query() {
        var limits = new ConsoleLimits(Duration.ofSeconds(2), 10);
        long started = System.nanoTime();
        var stopped = catchThrowableOfType(
                ConsoleException.class,
                () -> console.run(
                        "UNWIND range(1, 100000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n", null, limits));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(stopped.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(messages.getMessage(stopped.messageKey(), stopped.args().toArray(), Locale.GERMAN))
                .contains("Zeitlimit von 2 s");
        assertThat(took).isLessThan(Duration.ofSeconds(2 + 5));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> console.running() == 0);
        assertThat(console.run("RETURN 1 AS one", null).rows()).hasSize(1);
    }

    @Test
    void a_quadratic_loop_over_a_range_of_data_ends_at_the_time_box() throws Exception {
        // A quadratic string built from a range whose bound comes from the data: not refused, stopped at run
        // time (by the database's timeout or the console's watchdog), and the caller is answered within the
        // time box plus the grace period either way.
        var limits = new ConsoleLimits(Duration.ofSeconds(1), 10);
        long started = System.nanoTime();
        var stopped = catchThrowableOfType(
                ConsoleException.class,
                () -> console.run(
                        "MATCH (m:Municipality) WITH count(m) * 10 AS n"
                                + " RETURN size(reduce(s = '', x IN range(1, n) | s + 'xxxxxxxxxx')) AS size",
                        null,
                        limits));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(stopped).isNotNull();
        assertThat(stopped.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(took).isLessThan(Duration.ofSeconds(1 + 5));
        // One slot may still be held while the database lets go; the other answers at once.
        assertThat(console.run("RETURN 1 AS one", null).rows()).hasSize(1);
    }

    @Test
    void a_query_that_wants_the_heap_fails_with_a_clear_message_and_the_next_one_answers() {
        long started = System.nanoTime();
        var stopped = catchThrowableOfType(
                ConsoleException.class,
                () -> console.run(
                        // Each row a new string of a million characters: the collected list passes the
                        // store's per-transaction limit (a quarter of the heap) after a few hundred rows.
                        "UNWIND range(1, 100000) AS x RETURN size(collect($text + x)) AS n",
                        Map.of("text", "x".repeat(1_000_000)),
                        new ConsoleLimits(Duration.ofSeconds(30), 10)));
        assertThat(stopped).isNotNull();
        assertThat(stopped.reason()).as(stopped.messageKey()).isEqualTo(Reason.MEMORY);
        assertThat(messages.getMessage(stopped.messageKey(), stopped.args().toArray(), Locale.GERMAN))
                .startsWith("Abgebrochen: Die Abfrage brauchte mehr Arbeitsspeicher");
        assertThat(messages.getMessage(stopped.messageKey(), stopped.args().toArray(), Locale.ENGLISH))
                .startsWith("Stopped: the query needed more memory");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(35));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> console.running() == 0);
        assertThat(console.run("RETURN 1 AS one", null).rows()).hasSize(1);
    }

    @Test
    void a_value_that_grows_inside_one_expression_is_ended_by_the_heap_guard_and_the_next_query_answers() {
        // A string doubled 29 times (512 MiB) in one reduce, held while the query goes on over rows: the
        // store's transaction memory limit does not see it. The guard's line is put a little above today's
        // heap use (after a collection, so without garbage), so that the test needs a fraction of the heap.
        System.gc();
        var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : Runtime.getRuntime().maxMemory();
        console.heap.fraction((heap.getUsed() + 256.0 * 1024 * 1024) / max);
        try {
            long started = System.nanoTime();
            var stopped = catchThrowableOfType(
                    ConsoleException.class,
                    () -> console.run(
                            "WITH reduce(s = 'x', i IN range(1, 29) | s + s) AS big"
                                    + " UNWIND range(1, 100000000000) AS x WITH big, x WHERE x < 0"
                                    + " RETURN count(x) AS n",
                            null,
                            new ConsoleLimits(Duration.ofSeconds(30), 10)));
            assertThat(stopped).as("the query was not ended").isNotNull();
            assertThat(stopped.reason()).as(stopped.messageKey()).isEqualTo(Reason.MEMORY);
            assertThat(messages.getMessage(stopped.messageKey(), stopped.args().toArray(), Locale.GERMAN))
                    .startsWith("Abgebrochen: Die Abfrage füllte den Arbeitsspeicher");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        } finally {
            console.heap.fraction(HeapGuard.DEFAULT_FRACTION);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> console.running() == 0);
        assertThat(console.run("RETURN 1 AS one", null).rows()).hasSize(1);
    }

    @Test
    void a_shutdown_ends_running_console_queries_and_takes_no_new_ones() throws Exception {
        // A console of its own, so that stopping it leaves the suite's console running.
        var own = new ConsoleService(driver, guard, properties, history, scripts);
        var limits = new ConsoleLimits(Duration.ofMinutes(5), 10);
        var heavy = pool.submit(() -> own.run(ConsoleServiceTest.CARTESIAN, null, limits));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> neo4j.query("""
                                SHOW TRANSACTIONS YIELD currentQuery
                                WHERE currentQuery CONTAINS 'b.population + c.population'
                                  AND NOT trim(currentQuery) STARTS WITH 'EXPLAIN'
                                  AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
                                RETURN count(*) AS running""").fetchAs(Long.class).one().orElse(0L) >= 1);
        long stopping = System.nanoTime();
        own.stop();
        var ended = catchThrowableOfType(ExecutionException.class, () -> heavy.get(10, TimeUnit.SECONDS));
        assertThat(ended.getCause()).isInstanceOf(ConsoleException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> neo4j.query("""
                                SHOW TRANSACTIONS YIELD currentQuery
                                WHERE currentQuery CONTAINS 'b.population + c.population'
                                  AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
                                RETURN count(*) AS running""").fetchAs(Long.class).one().orElse(0L) == 0);
        var refused = catchThrowableOfType(ConsoleException.class, () -> own.run("RETURN 1", null));
        assertThat(refused.reason()).isEqualTo(Reason.BUSY);
    }
}
