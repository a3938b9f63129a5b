package de.kooperationsatlas.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.console.ConsoleException.Reason;
import de.kooperationsatlas.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;

/** The console against the real store: what it refuses, how it limits, what it answers. */
class ConsoleServiceTest extends StoreTestSupport {

    /** A cartesian product over all municipalities that the planner cannot answer from its counts. */
    static final String CARTESIAN = """
            MATCH (a:Municipality), (b:Municipality), (c:Municipality)
            WHERE a.population < b.population + c.population
            RETURN count(*)""";

    @Autowired
    ConsoleService console;

    @Autowired
    MessageSource messages;

    private ExecutorService pool;

    @BeforeEach
    void signInAnalyst() {
        signInAs("console-analyst", Role.ANALYST);
        pool = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(3), SecurityContextHolder.getContext());
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("CREATE (:Probe {name: 'x'})", "console.refused.write"),
                Arguments.of("MERGE (a:Actor {id: 'CONSOLE-NEW'}) RETURN a", "console.refused.write"),
                Arguments.of("MATCH (a:Actor) SET a.name = 'x'", "console.refused.write"),
                Arguments.of("MATCH (a:Actor {id: 'HZ-GA'})-[r]-() DELETE r", "console.refused.write"),
                Arguments.of("MATCH (a:Actor {id: 'HZ-GA'}) DETACH DELETE a", "console.refused.write"),
                Arguments.of("MATCH (a:Actor) REMOVE a.website", "console.refused.write"),
                Arguments.of("MATCH (a:Actor) REMOVE a:Actor", "console.refused.write"),
                Arguments.of(
                        "/* upper or lower case, comments: all the same */ create (:Probe)", "console.refused.write"),
                Arguments.of(
                        "CREATE INDEX probe_index IF NOT EXISTS FOR (n:Actor) ON (n.website)",
                        "console.refused.schema"),
                Arguments.of(
                        "CREATE CONSTRAINT probe_unique IF NOT EXISTS FOR (n:Probe) REQUIRE n.id IS UNIQUE",
                        "console.refused.schema"),
                Arguments.of("DROP CONSTRAINT user_name", "console.refused.schema"),
                Arguments.of("DROP INDEX probe_index IF EXISTS", "console.refused.schema"),
                Arguments.of("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "console.refused.loadCsv"),
                Arguments.of(
                        "LOAD CSV WITH HEADERS FROM 'https://example.org/x.csv' AS row RETURN row",
                        "console.refused.loadCsv"),
                Arguments.of(
                        "CALL () { MATCH (a:Actor) RETURN a } IN TRANSACTIONS RETURN count(*)",
                        "console.refused.inTransactions"),
                Arguments.of(
                        "MATCH (a:Actor) CALL (a) { SET a.flag = true } IN TRANSACTIONS OF 10 ROWS",
                        "console.refused.inTransactions"),
                Arguments.of("USE system SHOW USERS", "console.refused.use"),
                Arguments.of("USE neo4j MATCH (n) RETURN count(n)", "console.refused.use"),
                Arguments.of("SHOW USERS", "console.refused.admin"),
                // Community edition knows no roles or privileges: the database refuses these before they run.
                Arguments.of("SHOW ROLES", "console.invalid.query"),
                Arguments.of("SHOW PRIVILEGES", "console.invalid.query"),
                Arguments.of("SHOW CURRENT USER", "console.refused.admin"),
                Arguments.of("SHOW TRANSACTIONS", "console.refused.show"),
                Arguments.of("SHOW SETTINGS", "console.refused.show"),
                Arguments.of("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "console.refused.admin"),
                // Community edition has no such procedure: the database refuses it before it runs.
                Arguments.of("CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')", "console.invalid.query"),
                Arguments.of("CALL db.clearQueryCaches()", "console.refused.procedure"),
                Arguments.of("CALL dbms.listConfig()", "console.refused.procedure"),
                Arguments.of("CALL dbms.components()", "console.refused.procedure"),
                Arguments.of("CALL db.createLabel('X')", "console.refused.procedure"),
                Arguments.of("CALL db.createProperty('probe')", "console.refused.procedure"),
                Arguments.of("CALL apoc.load.json('file:///etc/passwd')", "console.invalid.query"),
                Arguments.of("MATCH (a:Actor) CALL (a) { SET a.flag = true } RETURN count(*)", "console.refused.write"),
                Arguments.of(
                        "MATCH (a:Actor) WITH a LIMIT 1 CALL (a) { MATCH (b:Actor) MERGE (a)-[:COOPERATES_WITH]->(b) }",
                        "console.refused.write"),
                Arguments.of("MATCH (a:Actor) FOREACH (x IN [1] | SET a.flag = true)", "console.refused.write"),
                Arguments.of("MATCH (u:User) RETURN u", "console.refused.hiddenLabel"),
                Arguments.of("MATCH (u:User) RETURN u.name, u.roles", "console.refused.hiddenLabel"),
                Arguments.of("MATCH (q:ConsoleQuery) RETURN q.query", "console.refused.hiddenLabel"),
                Arguments.of("MATCH (s:AtlasStore) RETURN s", "console.refused.hiddenLabel"),
                Arguments.of("", "console.invalid.empty"),
                Arguments.of("MATCH (n RETURN n", "console.invalid.query"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String query, String messageKey) {
        var before = fingerprint();
        var refusal = catchThrowableOfType(ConsoleException.class, () -> console.run(query, Map.of()));
        assertThat(refusal).as(query).isNotNull();
        assertThat(refusal.messageKey()).as(query).isEqualTo(messageKey);
        assertThat(refusal.reason()).isIn(Reason.REFUSED, Reason.INVALID);
        String german = messages.getMessage(refusal.messageKey(), refusal.args().toArray(), Locale.GERMAN);
        String english =
                messages.getMessage(refusal.messageKey(), refusal.args().toArray(), Locale.ENGLISH);
        assertThat(german).isNotBlank().doesNotContain("{0}");
        assertThat(english).isNotBlank().doesNotContain("{0}").isNotEqualTo(german);
        assertThat(fingerprint()).as("store after " + query).isEqualTo(before);
    }

    @Test
    void refusals_name_what_was_refused() {
        var procedure =
                catchThrowableOfType(ConsoleException.class, () -> console.run("CALL db.clearQueryCaches()", null));
        assertThat(procedure.args()).containsExactly("db.clearQueryCaches");
        var show = catchThrowableOfType(ConsoleException.class, () -> console.run("SHOW SETTINGS YIELD name", null));
        assertThat(show.args()).containsExactly("SETTINGS");
        var label =
                catchThrowableOfType(ConsoleException.class, () -> console.run("MATCH (n:User) RETURN count(n)", null));
        assertThat(label.args()).containsExactly("User");
        assertThat(messages.getMessage(procedure.messageKey(), procedure.args().toArray(), Locale.ENGLISH))
                .contains("db.clearQueryCaches");
    }

    @Test
    void user_data_never_leaves_the_console_even_without_naming_the_label() {
        // Users live in the private store, which the console cannot reach (PrivateRecordsTest has more).
        var result = console.run("""
                MATCH (n) WHERE n.passwordHash IS NOT NULL
                RETURN n, n.passwordHash AS hash, properties(n) AS props, [n] AS list""", Map.of());
        assertThat(result.rows()).isEmpty();
        var all = console.run("MATCH (n) RETURN n", Map.of());
        assertThat(all.truncated()).isTrue();
        assertThat(all.rows().toString()).doesNotContain("passwordHash").doesNotContain("ConsoleQuery");
    }

    @Test
    void schema_procedures_of_the_allow_list_answer() {
        var labels = console.run("CALL db.labels() YIELD label RETURN label ORDER BY label", null);
        assertThat(labels.rows()).extracting(r -> r.get("label")).contains("Actor", "Municipality");
        var schema = console.run("CALL db.schema.visualization()", null);
        assertThat(schema.columns()).containsExactly("nodes", "relationships");
        var indexes = console.run("SHOW INDEXES YIELD name RETURN name", null);
        assertThat(indexes.rows()).isNotEmpty();
    }

    @Test
    void nodes_relationships_paths_and_temporal_values_come_as_json_friendly_values() {
        var result = console.run("""
                MATCH p = (a:Actor {id: $actor})-[r:SEATED_IN]->(m:Municipality)
                RETURN a, r, p, m.location AS location, date('2024-05-01') AS day,
                       datetime('2024-05-01T10:00:00+02:00') AS at, duration('P1DT2H') AS span,
                       [1, 'x', null] AS list, {k: 1.5} AS map""", Map.of("actor", "HZ-GA"));
        assertThat(result.columns()).containsExactly("a", "r", "p", "location", "day", "at", "span", "list", "map");
        var row = result.rows().getFirst();
        @SuppressWarnings("unchecked")
        var actor = (Map<String, Object>) row.get("a");
        assertThat(actor).containsOnlyKeys("id", "labels", "properties");
        assertThat(actor.get("labels")).isEqualTo(List.of("Actor"));
        assertThat(map(actor.get("properties"))).containsEntry("id", "HZ-GA");
        @SuppressWarnings("unchecked")
        var seat = (Map<String, Object>) row.get("r");
        assertThat(seat).containsOnlyKeys("id", "type", "start", "end", "properties");
        assertThat(seat).containsEntry("type", "SEATED_IN").containsEntry("start", actor.get("id"));
        assertThat(map(row.get("p"))).containsOnlyKeys("nodes", "relationships");
        assertThat(map(row.get("location"))).containsKeys("srid", "x", "y").containsEntry("srid", 4326);
        assertThat(row.get("day")).isEqualTo("2024-05-01");
        assertThat(row.get("at")).isEqualTo("2024-05-01T10:00:00+02:00");
        assertThat(row.get("span")).isEqualTo("P0M1DT7200S");
        assertThat(row.get("list")).isEqualTo(java.util.Arrays.asList(1L, "x", null));
        assertThat(row.get("map")).isEqualTo(Map.of("k", 1.5));
        assertThat(result.graph().nodes()).hasSize(2);
        assertThat(result.graph().relationships()).hasSize(1);
    }

    @Test
    void answers_are_capped_at_the_row_limit_and_say_so() {
        var capped = console.run("UNWIND range(1, 10000) AS x RETURN x", null);
        assertThat(capped.rows()).hasSize(5000);
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.rowLimit()).isEqualTo(5000);
        assertThat(capped.rows().getLast()).containsEntry("x", 5000L);
        var exact = console.run("UNWIND range(1, 5000) AS x RETURN x", null);
        assertThat(exact.rows()).hasSize(5000);
        assertThat(exact.truncated()).isFalse();
    }

    @Test
    void a_cartesian_product_over_all_municipalities_stops_at_the_timeout_while_others_get_answers() throws Exception {
        var limits = new ConsoleLimits(Duration.ofSeconds(2), 5000);
        long started = System.nanoTime();
        Future<ConsoleResult> heavy = pool.submit(() -> console.run(CARTESIAN, null, limits));
        waitUntilRunning(1);
        long otherStarted = System.nanoTime();
        var other = console.run("MATCH (a:Actor) RETURN count(a) AS actors", null);
        long otherMillis = (System.nanoTime() - otherStarted) / 1_000_000;
        assertThat(heavy.isDone())
                .as("the product still runs while the other query answers")
                .isFalse();
        assertThat((Long) other.rows().getFirst().get("actors")).isPositive();
        assertThat(otherMillis).isLessThan(1500);

        var stopped = catchThrowableOfType(java.util.concurrent.ExecutionException.class, heavy::get);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(stopped.getCause()).isInstanceOf(ConsoleException.class);
        var timeout = (ConsoleException) stopped.getCause();
        assertThat(timeout.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(messages.getMessage(timeout.messageKey(), timeout.args().toArray(), Locale.ENGLISH))
                .contains("time limit of 2 s");
        assertThat(millis).as("stopped near the limit").isBetween(1900L, 8000L);
        assertThat(console.running()).isZero();
    }

    @Test
    void the_plain_product_count_comes_from_the_count_store_at_once() {
        long municipalities = count("MATCH (m:Municipality) RETURN count(m)");
        var result = console.run(
                "MATCH (a:Municipality), (b:Municipality), (c:Municipality) RETURN count(*) AS n",
                null,
                new ConsoleLimits(Duration.ofSeconds(2), 10));
        assertThat(result.rows().getFirst()).containsEntry("n", municipalities * municipalities * municipalities);
    }

    @Test
    void at_most_two_console_queries_run_at_once_and_a_third_is_told_the_console_is_busy() throws Exception {
        var limits = new ConsoleLimits(Duration.ofSeconds(2), 10);
        var first = pool.submit(() -> console.run(CARTESIAN, null, limits));
        var second = pool.submit(() -> console.run(CARTESIAN, null, limits));
        waitUntilRunning(2);
        var busy = catchThrowableOfType(ConsoleException.class, () -> console.run("RETURN 1 AS one", null));
        assertThat(busy.reason()).isEqualTo(Reason.BUSY);
        assertThat(messages.getMessage(busy.messageKey(), busy.args().toArray(), Locale.ENGLISH))
                .contains("2 queries are running");
        for (var heavy : List.of(first, second)) {
            assertThat(catchThrowableOfType(java.util.concurrent.ExecutionException.class, heavy::get)
                            .getCause())
                    .isInstanceOf(ConsoleException.class);
        }
        assertThat(console.run("RETURN 1 AS one", null).rows()).hasSize(1);
    }

    @Test
    void viewers_and_editors_may_not_use_the_console_but_admins_may() {
        signInAs("console-viewer", Role.VIEWER);
        assertThatThrownBy(() -> console.run("RETURN 1", null)).isInstanceOf(AccessDeniedException.class);
        signInAs("console-editor", Role.EDITOR);
        assertThatThrownBy(() -> console.run("RETURN 1", null)).isInstanceOf(AccessDeniedException.class);
        signInAs("console-admin", Role.ADMIN);
        assertThat(console.run("RETURN 1 AS one", null).rows()).hasSize(1);
    }

    @Test
    void parameters_come_as_json_and_bad_json_says_where() {
        var params = console.parseParameters("{\"region\": \"15085\", \"limit\": 3, \"radius\": 2.5, \"none\": null}");
        assertThat(params)
                .containsEntry("region", "15085")
                .containsEntry("limit", 3)
                .containsEntry("radius", 2.5);
        var result = console.run("RETURN $region AS region, $limit + 1 AS next, $none AS none", params);
        assertThat(result.rows().getFirst()).containsEntry("region", "15085").containsEntry("next", 4L);
        var bad = catchThrowableOfType(ConsoleException.class, () -> console.parseParameters("{\n  region: 1\n}"));
        assertThat(bad.messageKey()).isEqualTo("console.invalid.params");
        assertThat(bad.args().subList(0, 2)).containsExactly(2, 3);
        var notObject = catchThrowableOfType(ConsoleException.class, () -> console.parseParameters("[1, 2]"));
        assertThat(notObject.messageKey()).isEqualTo("console.invalid.paramsObject");
        var missing = catchThrowableOfType(ConsoleException.class, () -> console.run("RETURN $nothing", Map.of()));
        assertThat(missing.messageKey()).isEqualTo("console.invalid.query");
        assertThat(missing.args().getFirst().toString()).contains("nothing");
    }

    @Test
    void every_example_query_runs_in_the_console_with_its_example_parameters() throws Exception {
        var examples = console.examples();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("cypher", "analysis"))) {
            assertThat(examples)
                    .as("one example per file of cypher/analysis")
                    .hasSize((int)
                            files.filter(f -> f.toString().endsWith(".cypher")).count())
                    .hasSizeGreaterThanOrEqualTo(9);
        }
        for (var example : examples) {
            assertThat(example.title()).as(example.name()).isNotBlank().isNotEqualTo(example.name());
            assertThat(example.description()).as(example.name()).isNotBlank();
            assertThat(example.query()).as(example.name()).doesNotContain("// title");
            var result = console.run(example.query(), example.exampleParameters());
            assertThat(result.columns()).as(example.name()).isNotEmpty();
        }
        var suggestions = examples.stream()
                .filter(e -> e.name().equals("collaborator_suggestions"))
                .findFirst()
                .orElseThrow();
        assertThat(suggestions.exampleParameters())
                .containsEntry("actor", "HZ-GA")
                .containsEntry("phase", null)
                .containsEntry("limit", 20L);
    }

    @Test
    void the_history_keeps_the_last_twenty_queries_per_user_newest_first_and_stays_hidden() {
        signInAs("console-history", Role.ANALYST);
        for (int i = 1; i <= 25; i++) {
            console.remember("RETURN " + i, "{}");
        }
        console.remember("RETURN 10", "{}");
        var history = console.history();
        assertThat(history).hasSize(20);
        assertThat(history.getFirst().query()).isEqualTo("RETURN 10");
        assertThat(history.get(1).query()).isEqualTo("RETURN 25");
        assertThat(history).extracting(ConsoleHistoryEntry::query).doesNotHaveDuplicates();
        signInAs("console-other", Role.ANALYST);
        assertThat(console.history()).isEmpty();
        var all = console.run("MATCH (n) WHERE n.query IS NOT NULL RETURN n, n.query AS query", null);
        // The history lives in the private store: the console does not even see it to hide it.
        assertThat(all.rows()).extracting(row -> row.get("query")).doesNotContain("RETURN 10", "RETURN 25");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private void waitUntilRunning(int queries) throws InterruptedException {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> console.running() >= queries);
        assertThat(console.running()).isEqualTo(queries);
        // Past the slot and past the EXPLAIN: the product itself runs in the database.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> neo4j.query("""
                                SHOW TRANSACTIONS YIELD currentQuery
                                WHERE currentQuery CONTAINS 'b.population + c.population'
                                  AND NOT trim(currentQuery) STARTS WITH 'EXPLAIN'
                                RETURN count(*) AS running""").fetchAs(Long.class).one().orElse(0L) >= queries);
    }

    /** Nodes, relationships, labels, types, property keys, indexes and constraints. */
    private List<Long> fingerprint() {
        return List.of(
                count("MATCH (n) RETURN count(n)"),
                count("MATCH ()-[r]->() RETURN count(r)"),
                count("CALL db.labels() YIELD label RETURN count(label)"),
                count("CALL db.relationshipTypes() YIELD relationshipType RETURN count(relationshipType)"),
                count("CALL db.propertyKeys() YIELD propertyKey RETURN count(propertyKey)"),
                count("SHOW INDEXES YIELD name RETURN count(name)"),
                count("SHOW CONSTRAINTS YIELD name RETURN count(name)"),
                count("MATCH (a:Actor) WHERE a.flag IS NOT NULL OR a.name = 'x' RETURN count(a)"));
    }
}
