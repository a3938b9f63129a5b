package de.kooperationsatlas.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.EmbeddedStore;
import de.kooperationsatlas.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's own records (users and their hashes, console history) live in the private store: the
 * console, the API and a Bolt client on the domain store find none of them, whatever they name.
 */
class PrivateRecordsTest extends StoreTestSupport {

    /** The queries of the security review that read users, hashes and other analysts' history. */
    static final List<String> PROBES = List.of(
            "MATCH (n) WHERE n.passwordHash IS NOT NULL RETURN n.name, n.roles, n.regions",
            "MATCH (n) WITH 'x' + n.passwordHash AS h WHERE h IS NOT NULL RETURN h",
            "MATCH (n) WHERE n.query IS NOT NULL RETURN n.user, n.query",
            "MATCH (n:$('User')) RETURN n.name, n.roles, n.passwordHash");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    ConsoleService console;

    @Autowired
    EmbeddedStore store;

    @BeforeEach
    void anotherAnalystHasAHistory() {
        signInAs("private-other", Role.ANALYST);
        console.run("MATCH (a:Actor) WHERE a.name CONTAINS 'geheime Suche' RETURN a.id", Map.of());
        signOut();
        signInAs("private-analyst", Role.ANALYST);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void the_console_finds_no_user_hash_or_history(int probe) {
        var result = console.run(PROBES.get(probe), Map.of());
        assertThat(result.rows()).as(PROBES.get(probe)).isEmpty();
    }

    @Test
    void the_api_finds_no_user_hash_or_history() throws Exception {
        var analyst = ApiClient.demo(port, "analyst");
        for (String probe : PROBES) {
            var response = analyst.send(
                    "POST",
                    "/api/cypher",
                    json.writeValueAsString(Map.of("query", probe, "params", Map.of())),
                    "application/json");
            assertThat(response.statusCode()).as(probe + ": " + response.body()).isEqualTo(200);
            assertThat(json.readTree(response.body()).get("rows").size())
                    .as(probe)
                    .isZero();
            assertThat(response.body()).doesNotContain("geheime Suche").doesNotContain("$2");
        }
    }

    @Test
    void a_bolt_client_on_the_domain_store_finds_no_private_record() {
        try (var driver = GraphDatabase.driver(store.boltUri(), AuthTokens.basic(store.username(), store.password()));
                var session = driver.session()) {
            long found = session.run("""
                            MATCH (n)
                            WHERE n:User OR n:ConsoleQuery OR n:ImportRun OR n:ImportUndo OR n:ImportSnapshot
                               OR n.passwordHash IS NOT NULL OR n.query IS NOT NULL
                            RETURN count(n)""").single().get(0).asLong();
            assertThat(found).isZero();
        }
        assertThat(privateStore.query("MATCH (u:User {name: 'admin'}) RETURN u.passwordHash AS hash", Map.of()))
                .singleElement()
                .satisfies(row -> assertThat((String) row.get("hash")).isNotBlank());
    }

    @Test
    void users_still_sign_in_and_the_history_is_kept_per_user() {
        var viewer = ApiClient.demo(port, "viewer");
        assertThat(viewer.get("/api/actors").statusCode()).isEqualTo(200);
        assertThat(ApiClient.basic(port, "viewer", "wrong-password-1")
                        .get("/api/actors")
                        .statusCode())
                .isEqualTo(401);

        console.run("RETURN 'meine Abfrage' AS q", Map.of());
        console.remember("RETURN 'meine Abfrage' AS q", "{}");
        assertThat(console.history())
                .extracting(ConsoleHistoryEntry::query)
                .contains("RETURN 'meine Abfrage' AS q")
                .doesNotContain("MATCH (a:Actor) WHERE a.name CONTAINS 'geheime Suche' RETURN a.id");
        assertThat(privateStore.query(
                        "MATCH (q:ConsoleQuery {user: 'private-analyst'}) RETURN q.query AS query", Map.of()))
                .extracting(row -> row.get("query"))
                .contains("RETURN 'meine Abfrage' AS q");
    }
}
