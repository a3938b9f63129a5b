package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.StoreTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The analysis endpoints over real HTTP with HTTP Basic, in the contract's JSON shapes. */
class AnalysisApiTest extends StoreTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    AnalysisService analyses;

    @BeforeEach
    void loadFixture() {
        AnalysisFixtures.load(neo4j, "gaps.cypher");
        // Written around the app (like a Bolt client), so cached results are dropped.
        analyses.refresh();
    }

    private HttpResponse<String> get(String path) throws Exception {
        String token = Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode problem(String path, int status) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at de.");
        return json.readTree(response.body());
    }

    @Test
    void coverage_answers_phases_and_gaps_in_life_phase_order() throws Exception {
        var body = ok("/api/analysis/coverage?region=01051");
        assertThat(body.get("region").asText()).isEqualTo("01051");
        assertThat(body.get("phases")).hasSize(9);
        assertThat(body.get("phases").get(1).get("code").asText()).isEqualTo("EARLY_CHILDHOOD");
        assertThat(body.get("phases").get(1).get("actors").asLong()).isEqualTo(3);
        assertThat(body.get("gaps").get(0).asText()).isEqualTo("SECONDARY_SCHOOL");
        var chain = ok("/api/analysis/coverage?chain=GERA-PK");
        assertThat(chain.get("region").asText()).isEqualTo("16052000");
    }

    @Test
    void transitions_list_bridging_actors_pairs_and_gaps_as_id_lists() throws Exception {
        var body = ok("/api/analysis/transitions?region=01051");
        assertThat(body.get("region").asText()).isEqualTo("01051");
        var first = body.get("transitions").get(0);
        assertThat(first.get("from").asText()).isEqualTo("PREGNANCY_BIRTH");
        assertThat(first.get("to").asText()).isEqualTo("EARLY_CHILDHOOD");
        assertThat(first.get("bridged").asBoolean()).isTrue();
        assertThat(first.get("actors").get(0).asText()).isEqualTo("FX-A1");
        assertThat(first.get("pairs").get(0).get(0).asText()).isEqualTo("FX-A1");
        assertThat(first.get("pairs").get(0).get(1).asText()).isEqualTo("FX-A4");
        assertThat(body.get("gaps").get(0).get(0).asText()).isEqualTo("EARLY_CHILDHOOD");
        assertThat(body.get("gaps").get(0).get(1).asText()).isEqualTo("DAYCARE");
    }

    @Test
    void peers_isolated_and_brokers_answer_their_shapes() throws Exception {
        var peers = ok("/api/analysis/unconnected-peers?region=01051&limit=5");
        var pair = peers.get("pairs").get(0);
        assertThat(pair.get("a").asText()).isEqualTo("FX-A1");
        assertThat(pair.get("b").asText()).isEqualTo("FX-A8");
        assertThat(pair.get("sharedPhases").get(0).asText()).isEqualTo("EARLY_CHILDHOOD");
        assertThat(pair.get("sharedTopics").get(0).asText()).isEqualTo("FX Thema 1");
        assertThat(pair.get("score").asLong()).isEqualTo(2);

        var isolated = ok("/api/analysis/isolated?region=01051");
        assertThat(isolated.get("region").asText()).isEqualTo("01051");
        assertThat(isolated.get("actors").get(0).asText()).isEqualTo("FX-A8");

        var brokers = ok("/api/analysis/brokers?region=01001");
        assertThat(brokers.get("actors").get(0).get("id").asText()).isEqualTo("FX-P3");
        assertThat(brokers.get("actors").get(0).get("betweenness").asDouble()).isEqualTo(4.0 / 6);
        assertThat(ok("/api/analysis/brokers?region=15").get("actors")).hasSize(10);
        assertThat(ok("/api/analysis/brokers?region=15085&limit=3").get("actors"))
                .hasSize(3);
    }

    @Test
    void suggestions_and_collaborators_answer_their_shapes() throws Exception {
        var suggestions = ok("/api/actors/FX-X/suggestions?topic=FX%20Vorschlag&limit=10");
        assertThat(suggestions.get("actor").asText()).isEqualTo("FX-X");
        var first = suggestions.get("suggestions").get(0);
        assertThat(first.get("id").asText()).isEqualTo("FX-B4");
        assertThat(first.get("score").asLong()).isEqualTo(4);
        assertThat(first.get("distanceKm").asDouble()).isBetween(100.0, 130.0);
        assertThat(first.get("commonPartners").get(0).asText()).isEqualTo("FX-C");
        assertThat(first.get("sharedTopics").get(0).asText()).isEqualTo("FX Vorschlag");
        assertThat(first.has("sharedPhases")).isTrue();
        assertThat(first.has("commonEvents")).isTrue();
        assertThat(first.get("sameDistrict").asBoolean()).isFalse();
        assertThat(suggestions.get("suggestions").get(4).get("distanceKm").isNull())
                .isTrue();

        var collaborators = ok("/api/municipalities/01057057/collaborators?topic=fx-vorschlag&radiusKm=30");
        assertThat(collaborators.get("municipality").asText()).isEqualTo("01057057");
        var ids = collaborators.get("actors").findValuesAsText("id");
        assertThat(ids).containsExactly("FX-B2", "FX-B1", "FX-C", "FX-B3");
        assertThat(collaborators.get("actors").get(2).get("serves").asBoolean()).isFalse();
        assertThat(collaborators.get("actors").get(0).get("distanceKm").asDouble())
                .isEqualTo(0.0);
    }

    @Test
    void refresh_true_shows_a_write_made_around_the_app_at_once() throws Exception {
        String path = "/api/analysis/brokers?region=01001";
        assertThat(ok(path).get("actors").get(0).get("betweenness").asDouble()).isEqualTo(4.0 / 6);
        // A Bolt client closes the path of five to a cycle: every betweenness becomes 1/6.
        neo4j.query("""
                        MATCH (a:Actor {id: 'FX-P1'}), (b:Actor {id: 'FX-P5'})
                        MERGE (a)-[:COOPERATES_WITH]->(b)""").run();
        try {
            assertThat(ok(path).get("actors").get(0).get("betweenness").asDouble())
                    .as("cached until the time to live or a refresh")
                    .isEqualTo(4.0 / 6);
            assertThat(ok(path + "&refresh=true")
                            .get("actors")
                            .get(0)
                            .get("betweenness")
                            .asDouble())
                    .isCloseTo(1.0 / 6, within(1e-12));
        } finally {
            neo4j.query("MATCH (:Actor {id: 'FX-P1'})-[c:COOPERATES_WITH]-(:Actor {id: 'FX-P5'}) DELETE c")
                    .run();
            analyses.refresh();
        }
    }

    @Test
    void districts_answer_per_district_of_a_state_or_of_germany() throws Exception {
        var bremen = ok("/api/analysis/districts?state=04");
        assertThat(bremen.get("state").asText()).isEqualTo("04");
        assertThat(bremen.get("districts").findValuesAsText("ags")).containsExactly("04011", "04012");
        var bremerhaven = bremen.get("districts").get(1);
        assertThat(bremerhaven.get("name").asText()).startsWith("Bremerhaven");
        assertThat(bremerhaven.get("actors").asLong()).isEqualTo(2);
        assertThat(bremerhaven.get("cooperations").asLong()).isEqualTo(1);
        assertThat(bremerhaven.get("density").asDouble()).isEqualTo(1.0);
        assertThat(bremerhaven.get("actorsPer10k").asDouble()).isPositive();
        assertThat(bremerhaven.has("coveredPhases")).isTrue();
        assertThat(bremerhaven.has("bridgedTransitions")).isTrue();
        assertThat(bremerhaven.has("isolated")).isTrue();
        assertThat(ok("/api/analysis/districts").get("districts")).hasSize(401);
    }

    @Test
    void unknown_keys_are_404_problems_naming_them() throws Exception {
        assertThat(problem("/api/analysis/coverage?region=99999", 404)
                        .get("detail")
                        .asText())
                .contains("99999");
        assertThat(problem("/api/analysis/transitions?chain=NO-CHAIN", 404)
                        .get("detail")
                        .asText())
                .contains("NO-CHAIN");
        assertThat(problem("/api/analysis/isolated?region=abc", 404)
                        .get("detail")
                        .asText())
                .contains("abc");
        assertThat(problem("/api/analysis/brokers?region=99", 404).get("detail").asText())
                .contains("99");
        assertThat(problem("/api/analysis/unconnected-peers?region=01999", 404)
                        .get("detail")
                        .asText())
                .contains("01999");
        assertThat(problem("/api/actors/NO-ACTOR/suggestions", 404)
                        .get("detail")
                        .asText())
                .contains("NO-ACTOR");
        assertThat(problem("/api/municipalities/01999999/collaborators?phase=DAYCARE", 404)
                        .get("detail")
                        .asText())
                .contains("01999999");
        assertThat(problem("/api/analysis/districts?state=77", 404)
                        .get("detail")
                        .asText())
                .contains("77");
    }

    @Test
    void bad_codes_and_numbers_are_400_problems_naming_the_parameter() throws Exception {
        assertThat(problem("/api/actors/FX-X/suggestions?phase=TEENS", 400)
                        .get("detail")
                        .asText())
                .contains("TEENS")
                .contains("phase");
        assertThat(problem("/api/actors/FX-X/suggestions?radiusKm=far", 400)
                        .get("detail")
                        .asText())
                .contains("radiusKm");
        assertThat(problem("/api/actors/FX-X/suggestions?limit=0", 400)
                        .get("detail")
                        .asText())
                .contains("limit");
        assertThat(problem("/api/analysis/brokers?region=01001&limit=x", 400)
                        .get("detail")
                        .asText())
                .contains("limit");
        assertThat(problem("/api/municipalities/01057057/collaborators", 400)
                        .get("detail")
                        .asText())
                .contains("phase");
        assertThat(problem("/api/analysis/coverage", 400).get("detail").asText())
                .contains("region");
        assertThat(problem("/api/analysis/isolated", 400).get("detail").asText())
                .contains("region");
        assertThat(problem("/api/actors/FX-X/suggestions?topic=no-such-topic-fx", 400)
                        .get("detail")
                        .asText())
                .contains("topic");
    }
}
