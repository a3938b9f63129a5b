package de.kooperationsatlas.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code POST /api/cypher} over real HTTP with HTTP Basic, as a script would call it. */
class ConsoleApiTest extends StoreTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ConsoleService console;

    private HttpResponse<String> post(@Nullable String user, String body, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cypher"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            String token =
                    Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String body(String query, Map<String, Object> params) throws Exception {
        return json.writeValueAsString(Map.of("query", query, "params", params));
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at de.")
                .doesNotContain("neo4j.driver");
        return json.readTree(response.body());
    }

    @Test
    void an_analyst_gets_columns_rows_and_the_row_limit() throws Exception {
        var response = post(
                "analyst",
                body("MATCH (a:Actor {id: $id})-[s:SEATED_IN]->(m) RETURN a, s, m.name AS seat", Map.of("id", "HZ-GA")),
                "en");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var answer = json.readTree(response.body());
        assertThat(answer.get("columns")).hasSize(3);
        assertThat(answer.get("columns").get(0).asText()).isEqualTo("a");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
        assertThat(answer.get("rowLimit").asInt()).isEqualTo(5000);
        var row = answer.get("rows").get(0);
        assertThat(row.get("a").get("labels").get(0).asText()).isEqualTo("Actor");
        assertThat(row.get("a").get("properties").get("id").asText()).isEqualTo("HZ-GA");
        assertThat(row.get("s").get("type").asText()).isEqualTo("SEATED_IN");
        assertThat(row.get("s").get("start").asText())
                .isEqualTo(row.get("a").get("id").asText());
        assertThat(row.get("seat").isTextual()).isTrue();

        var capped = json.readTree(post("admin", body("UNWIND range(1, 6000) AS x RETURN x", Map.of()), "en")
                .body());
        assertThat(capped.get("rows")).hasSize(5000);
        assertThat(capped.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void a_refused_statement_is_400_with_a_message_in_the_callers_language() throws Exception {
        long nodes = count("MATCH (n) RETURN count(n)");
        var english = problem(post("analyst", body("CREATE (:Probe) RETURN 1", Map.of()), "en"), 400);
        assertThat(english.get("detail").asText()).contains("only reads");
        assertThat(english.get("reason").asText()).isEqualTo("REFUSED");
        var german =
                problem(post("analyst", body("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", Map.of()), "de"), 400);
        assertThat(german.get("detail").asText()).contains("LOAD CSV").contains("nicht erlaubt");
        var invalid = problem(post("analyst", body("MATCH (n RETURN n", Map.of()), "en"), 400);
        assertThat(invalid.get("reason").asText()).isEqualTo("INVALID");
        var garbage = problem(post("analyst", "{\"query\": ", "en"), 400);
        assertThat(garbage.get("detail").asText()).contains("query");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
    }

    @Test
    void a_value_that_overflows_inside_the_database_is_422_with_a_message_not_a_500() throws Exception {
        // Doubled 31 times the string passes the largest length a value may have: the database fails the
        // query (as the console's heap guard would, on a small heap). Either way the analyst hears why.
        var failed = problem(
                post("analyst", body("RETURN size(reduce(s = 'x', i IN range(1, 31) | s + s)) AS n", Map.of()), "de"),
                422);
        assertThat(failed.get("reason").asText()).isIn("FAILED", "MEMORY");
        assertThat(failed.get("detail").asText()).startsWith("Abgebrochen: Die");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> console.running() == 0);
        assertThat(post("analyst", body("RETURN 1 AS one", Map.of()), "de").statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_timeout_is_422_and_a_full_console_is_429() throws Exception {
        var defaults = console.limits();
        signInAs("console-api-analyst", Role.ANALYST);
        var pool = new DelegatingSecurityContextExecutorService(
                Executors.newFixedThreadPool(2), SecurityContextHolder.getContext());
        try {
            // Long enough that both products still run when the third request arrives on a loaded machine
            // (the watchdog ends them right at the time box).
            console.limits(new ConsoleLimits(Duration.ofSeconds(5), 5000));
            var first = pool.submit(() -> post("analyst", body(ConsoleServiceTest.CARTESIAN, Map.of()), "en"));
            var second = pool.submit(() -> post("analyst", body(ConsoleServiceTest.CARTESIAN, Map.of()), "en"));
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> console.running() >= 2);
            var busy = problem(post("analyst", body("RETURN 1", Map.of()), "en"), 429);
            assertThat(busy.get("detail").asText()).contains("busy");
            var timeout = problem(first.get(), 422);
            assertThat(timeout.get("detail").asText()).contains("time limit of 5 s");
            assertThat(timeout.get("reason").asText()).isEqualTo("TIMEOUT");
            problem(second.get(), 422);
        } finally {
            console.limits(defaults);
            pool.shutdownNow();
        }
    }

    @Test
    void viewers_and_editors_get_403_and_wrong_credentials_401() throws Exception {
        var forbidden = problem(post("viewer", body("RETURN 1", Map.of()), "en"), 403);
        assertThat(forbidden.get("detail").asText()).contains("ANALYST");
        problem(post("editor", body("RETURN 1", Map.of()), "en"), 403);
        // Wrong credentials are 401. (A POST with no credentials at all meets the CSRF check first; the
        // API chain's order is the security configuration's business, not the console's.)
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cypher"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:wrong".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body("RETURN 1", Map.of())))
                .build();
        problem(http.send(request, HttpResponse.BodyHandlers.ofString()), 401);
    }
}
