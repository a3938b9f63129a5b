package de.kooperationsatlas.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What one actor request may hold (lists, texts, the body), what a change leaves behind (no unused
 * topics), and the rule for cooperations across regions: either end in the editor's regions suffices.
 */
class ActorInputTest extends StoreTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient as(String user) {
        return ApiClient.session(port, user, ApiClient.DEMO_PASSWORDS.get(user));
    }

    @AfterEach
    void removeTestData() {
        neo4j.query("MATCH (a:Actor) WHERE a.id STARTS WITH 'IN-' DETACH DELETE a")
                .run();
        neo4j.query("MATCH (t:Topic) WHERE t.code STARTS WITH 'einmalig' DETACH DELETE t")
                .run();
        neo4j.query("MATCH (t:Topic) WHERE t.code STARTS WITH 'thema-' AND NOT EXISTS { ()-[:WORKS_ON]->(t) } DELETE t")
                .run();
        neo4j.query("""
                        MATCH (:Actor {id: 'GERA-AGV'})-[c:COOPERATES_WITH]-(:Actor {id: 'GERA-SOZ'})
                        WHERE c.note = 'IN-test' DELETE c""").run();
        neo4j.query("""
                        MATCH (:Actor {id: 'HZ-GA'})-[c:COOPERATES_WITH]-(:Actor {id: 'GERA-AGV'})
                        WHERE c.note STARTS WITH 'IN-' DELETE c""").run();
    }

    private String actor(List<String> topics, List<String> phases, List<String> serves) throws Exception {
        return json.writeValueAsString(Map.of(
                "name",
                "Eingabetest",
                "type",
                "OTHER",
                "seatAgs",
                "15085135",
                "serves",
                serves,
                "lifePhases",
                phases,
                "topics",
                topics));
    }

    private List<String> errorFields(String body) throws Exception {
        JsonNode errors = json.readTree(body).get("errors");
        return errors == null ? List.of() : errors.findValuesAsText("field");
    }

    @Test
    void lists_over_the_limit_are_a_400_naming_each_field() throws Exception {
        var topics = IntStream.range(0, 201).mapToObj(i -> "Thema " + i).toList();
        var serves = IntStream.range(0, 201).mapToObj(i -> "15085").toList();
        var response = as("admin").putJson("/api/actors/IN-MANY", actor(topics, List.of("DAYCARE"), serves));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(errorFields(response.body())).contains("topics", "serves");
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("Höchstens 200 Einträge");
        assertThat(count("MATCH (a:Actor {id: 'IN-MANY'}) RETURN count(a)")).isZero();

        var ok = as("admin")
                .putJson("/api/actors/IN-MANY", actor(topics.subList(0, 200), List.of("DAYCARE"), List.of("15085")));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void a_topic_label_or_website_over_the_text_limit_is_a_400_naming_the_field() throws Exception {
        var response =
                as("admin").putJson("/api/actors/IN-LONG", actor(List.of("x".repeat(1001)), List.of(), List.of()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(response.body())).containsExactly("topics");
    }

    @Test
    void a_body_over_one_megabyte_is_refused_before_it_is_read() throws Exception {
        var topics = IntStream.range(0, 150_000).mapToObj(i -> "t" + i).toList();
        long started = System.nanoTime();
        var response = as("admin").putJson("/api/actors/IN-HUGE", actor(topics, List.of(), List.of()));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("1024 KiB");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        assertThat(count("MATCH (a:Actor {id: 'IN-HUGE'}) RETURN count(a)")).isZero();
    }

    @Test
    void a_topic_no_actor_works_on_any_more_is_removed_with_the_change_that_left_it() throws Exception {
        assertThat(as("admin")
                        .putJson(
                                "/api/actors/IN-T1", actor(List.of("Einmalig Eins", "Ernährung"), List.of(), List.of()))
                        .statusCode())
                .isEqualTo(201);
        assertThat(as("admin")
                        .putJson("/api/actors/IN-T2", actor(List.of("Einmalig Zwei"), List.of(), List.of()))
                        .statusCode())
                .isEqualTo(201);
        assertThat(count("MATCH (t:Topic) WHERE t.code IN ['einmalig-eins', 'einmalig-zwei'] RETURN count(t)"))
                .isEqualTo(2);

        // Replaced: the topic nobody else uses goes, a shared one stays.
        assertThat(as("admin")
                        .putJson("/api/actors/IN-T1", actor(List.of("Ernährung"), List.of(), List.of()))
                        .statusCode())
                .isEqualTo(200);
        assertThat(count("MATCH (t:Topic {code: 'einmalig-eins'}) RETURN count(t)"))
                .isZero();
        assertThat(count("MATCH (t:Topic {code: 'ernaehrung'}) RETURN count(t)"))
                .isEqualTo(1);

        // Deleted: the actor's own topic goes with it.
        assertThat(as("admin").delete("/api/actors/IN-T2").statusCode()).isEqualTo(204);
        assertThat(count("MATCH (t:Topic {code: 'einmalig-zwei'}) RETURN count(t)"))
                .isZero();
    }

    /**
     * The rule for cooperations across regions, as the API description states it: an editor for 15
     * may change a cooperation between a Saxony-Anhalt and a Thuringian actor (either end in the
     * region suffices), not one between two Thuringian actors.
     */
    @Test
    void an_editor_for_15_may_change_a_15_16_cooperation_but_not_a_16_16_one() throws Exception {
        String cooperation = "{\"kind\": \"EXCHANGE\", \"since\": \"2024\", \"intensity\": 1, \"note\": \"IN-across\"}";
        var across = as("editor").putJson("/api/actors/HZ-GA/cooperations/GERA-AGV", cooperation);
        assertThat(across.statusCode()).as(across.body()).isIn(200, 201);
        assertThat(as("editor")
                        .delete("/api/actors/GERA-AGV/cooperations/HZ-GA")
                        .statusCode())
                .isEqualTo(204);

        long before =
                count("MATCH (:Actor {id: 'GERA-AGV'})-[c:COOPERATES_WITH]-(:Actor {id: 'GERA-SOZ'}) RETURN count(c)");
        var inside16 = as("editor")
                .putJson(
                        "/api/actors/GERA-AGV/cooperations/GERA-SOZ",
                        "{\"kind\": \"EXCHANGE\", \"note\": \"IN-test\"}");
        assertThat(inside16.statusCode()).isEqualTo(403);
        assertThat(
                        count(
                                "MATCH (:Actor {id: 'GERA-AGV'})-[c:COOPERATES_WITH]-(:Actor {id: 'GERA-SOZ'}) RETURN count(c)"))
                .isEqualTo(before);
        assertThat(count("MATCH ()-[c:COOPERATES_WITH {note: 'IN-test'}]-() RETURN count(c)"))
                .isZero();
    }

    @Test
    void the_api_description_states_the_rule_for_cooperations_across_regions() throws Exception {
        var docs = json.readTree(
                ApiClient.anonymous(port).get("/api/docs/openapi.json").body());
        var operation = docs.at("/paths/~1api~1actors~1{id}~1cooperations~1{other}/put/description");
        assertThat(operation.asText()).contains("either end suffices").contains("at least one of the two actors");
        assertThat(docs.at("/paths/~1api~1actors~1{id}~1cooperations~1{other}/delete/description")
                        .asText())
                .contains("either end in the editor's regions suffices");
    }
}
