package de.kooperationsatlas.structure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The structure endpoints as of a date (contract, "Time") on {@link TimeFixture}: an actor with a
 * later since is absent before it, an ended actor or cooperation disappears after its until, an
 * inactive actor is unknown to ego network and paths, and a bad asOf is a 400 naming it.
 */
class StructureTimeTest extends StoreTestSupport {

    private static final String R = TimeFixture.DISTRICT;

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    CypherScripts scripts;

    @BeforeEach
    void loadFixture() {
        TimeFixture.load(neo4j);
    }

    @AfterEach
    void removeFixture() {
        TimeFixture.remove(neo4j);
    }

    private JsonNode ok(String path) throws Exception {
        var response = ApiClient.basic(port, "viewer", "viewer-demo").get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String problem(String path, int status) throws Exception {
        var response = ApiClient.basic(port, "viewer", "viewer-demo").get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return json.readTree(response.body()).get("detail").asText();
    }

    /** "id:degree" of every actor of G(R) at the date, in id order. */
    private List<String> degrees(String asOf) throws Exception {
        var actors = ok("/api/analysis/structural-holes?region=" + R + "&limit=1000&asOf=" + asOf)
                .get("actors");
        var result = new ArrayList<String>();
        actors.forEach(
                a -> result.add(a.get("id").asText() + ":" + a.get("degree").asInt()));
        result.sort(null);
        return result;
    }

    @Test
    void the_regions_graph_holds_the_actors_and_cooperations_active_at_the_date() throws Exception {
        // 2021 (its 31 December): ZD not yet, ZE and ZB-ZC still, ZA-ZC not yet.
        assertThat(degrees("2021")).containsExactly("SX-ZA:2", "SX-ZB:2", "SX-ZC:1", "SX-ZE:1");
        assertThat(degrees("2021-12-31")).isEqualTo(degrees("2021"));
        // The day before ZA-ZC starts: ZE ended on 2022-06-30, ZB-ZC at the end of 2022.
        assertThat(degrees("2023-04-23")).containsExactly("SX-ZA:1", "SX-ZB:1", "SX-ZC:0");
        assertThat(degrees("2023-04-24")).containsExactly("SX-ZA:2", "SX-ZB:1", "SX-ZC:1");
        // A year as until ends on its 31 December; an until date ends on that day.
        assertThat(degrees("2022-12-31")).containsExactly("SX-ZA:1", "SX-ZB:2", "SX-ZC:1");
        assertThat(degrees("2022-06-30")).contains("SX-ZE:1");
        assertThat(degrees("2022-07-01")).doesNotContain("SX-ZE:1");
        // A year as since starts on 1 January.
        assertThat(degrees("2024-01-01")).containsExactly("SX-ZA:3", "SX-ZB:1", "SX-ZC:1", "SX-ZD:1");
        assertThat(degrees("2023-12-31")).doesNotContain("SX-ZD:1");
        // Without asOf: today, which is after every date of the fixture.
        assertThat(degrees(Dates.today().toString())).containsExactly("SX-ZA:3", "SX-ZB:1", "SX-ZC:1", "SX-ZD:1");
        var response = ok("/api/analysis/structural-holes?region=" + R + "&limit=1000");
        assertThat(response)
                .isEqualTo(ok("/api/analysis/structural-holes?region=" + R + "&limit=1000&asOf=" + Dates.today()));
    }

    @Test
    void cut_points_sectors_brokerage_and_communities_change_with_the_date() throws Exception {
        // 2021: the path ZE - ZA - ZB - ZC; 2024: the star around ZA.
        var path = ok("/api/analysis/cut-points?region=" + R + "&asOf=2021");
        assertThat(path.get("actors").findValuesAsText("id")).containsExactly("SX-ZA", "SX-ZB");
        assertThat(path.get("cooperations")).hasSize(3);
        var star = ok("/api/analysis/cut-points?region=" + R + "&asOf=2024");
        assertThat(star.get("actors").findValuesAsText("id")).containsExactly("SX-ZA");
        assertThat(star.get("actors").get(0).get("separates").asInt()).isEqualTo(2);
        assertThat(star.get("cooperations").toString())
                .contains("\"b\":\"SX-ZD\"")
                .doesNotContain("SX-ZE");

        var sectors2021 = ok("/api/analysis/sectors?region=" + R + "&asOf=2021");
        assertThat(sectors2021.get("sectors").toString())
                .isEqualTo("[{\"code\":\"HEALTH\",\"actors\":1},{\"code\":\"EDUCATION\",\"actors\":2},"
                        + "{\"code\":\"YOUTH_SOCIAL\",\"actors\":1}]");
        assertThat(pairs(sectors2021))
                .containsExactly(
                        "HEALTH/HEALTH 0",
                        "HEALTH/EDUCATION 1",
                        "HEALTH/YOUTH_SOCIAL 1",
                        "EDUCATION/EDUCATION 1",
                        "EDUCATION/YOUTH_SOCIAL 0",
                        "YOUTH_SOCIAL/YOUTH_SOCIAL 0");
        var sectors2024 = ok("/api/analysis/sectors?region=" + R + "&asOf=2024");
        assertThat(sectors2024.get("sectors").toString())
                .isEqualTo("[{\"code\":\"HEALTH\",\"actors\":1},{\"code\":\"EDUCATION\",\"actors\":2},"
                        + "{\"code\":\"CIVIL_SOCIETY\",\"actors\":1}]");
        assertThat(pairs(sectors2024))
                .containsExactly(
                        "HEALTH/HEALTH 0",
                        "HEALTH/EDUCATION 2",
                        "HEALTH/CIVIL_SOCIETY 1",
                        "EDUCATION/EDUCATION 0",
                        "EDUCATION/CIVIL_SOCIETY 0",
                        "CIVIL_SOCIETY/CIVIL_SOCIETY 0");

        // 2024: ZA between ZB, ZC (education, not ZA's sector) and ZD (civil society).
        var broker2024 = ok("/api/analysis/brokerage?region=" + R + "&asOf=2024")
                .get("actors")
                .get(0);
        assertThat(broker2024.get("id").asText()).isEqualTo("SX-ZA");
        assertThat(List.of(
                        broker2024.get("coordinator").asLong(),
                        broker2024.get("consultant").asLong(),
                        broker2024.get("representative").asLong(),
                        broker2024.get("liaison").asLong()))
                .containsExactly(0L, 1L, 0L, 2L);
        // 2021: ZA between ZB and ZE (liaison), ZB between ZA and ZC (representative).
        var brokers2021 =
                ok("/api/analysis/brokerage?region=" + R + "&asOf=2021").get("actors");
        assertThat(brokers2021.findValuesAsText("id")).hasSize(4);
        assertThat(brokers2021.get(0).get("id").asText()).isEqualTo("SX-ZA");
        assertThat(brokers2021.get(0).get("liaison").asLong()).isEqualTo(1);
        assertThat(brokers2021.get(0).get("total").asLong()).isEqualTo(1);
        assertThat(brokers2021.get(1).get("id").asText()).isEqualTo("SX-ZB");
        assertThat(brokers2021.get(1).get("representative").asLong()).isEqualTo(1);

        // 2023-04-23: ZC has no active cooperation and is a community of one.
        var communities =
                ok("/api/analysis/communities?region=" + R + "&asOf=2023-04-23").get("communities");
        var members = new ArrayList<String>();
        communities.forEach(c -> c.get("actors").forEach(a -> members.add(a.asText())));
        assertThat(members).containsExactlyInAnyOrder("SX-ZA", "SX-ZB", "SX-ZC");
        assertThat(communities.get(communities.size() - 1).get("actors").toString())
                .isEqualTo("[\"SX-ZC\"]");
    }

    private static List<String> pairs(JsonNode sectors) {
        var pairs = new ArrayList<String>();
        sectors.get("pairs")
                .forEach(p -> pairs.add(p.get("a").asText() + "/" + p.get("b").asText() + " "
                        + p.get("cooperations").asLong()));
        return pairs;
    }

    @Test
    void ego_networks_follow_the_active_cooperations_and_an_inactive_actor_is_unknown() throws Exception {
        var early = ok("/api/actors/SX-ZC/network?depth=2&asOf=2021");
        assertThat(early.get("actors").toString())
                .isEqualTo("[{\"id\":\"SX-ZC\",\"distance\":0},{\"id\":\"SX-ZB\",\"distance\":1},"
                        + "{\"id\":\"SX-ZA\",\"distance\":2}]");
        assertThat(early.get("cooperations").toString()).isEqualTo("[[\"SX-ZA\",\"SX-ZB\"],[\"SX-ZB\",\"SX-ZC\"]]");
        var late = ok("/api/actors/SX-ZC/network?depth=2&asOf=2024");
        assertThat(late.get("actors").toString())
                .isEqualTo("[{\"id\":\"SX-ZC\",\"distance\":0},{\"id\":\"SX-ZA\",\"distance\":1},"
                        + "{\"id\":\"SX-ZB\",\"distance\":2},{\"id\":\"SX-ZD\",\"distance\":2}]");
        assertThat(late.get("cooperations").toString())
                .isEqualTo("[[\"SX-ZA\",\"SX-ZB\"],[\"SX-ZA\",\"SX-ZC\"],[\"SX-ZA\",\"SX-ZD\"]]");
        // Between the two cooperations of ZC: alone.
        assertThat(ok("/api/actors/SX-ZC/network?depth=3&asOf=2023-04-23").get("actors"))
                .hasSize(1);

        assertThat(problem("/api/actors/SX-ZD/network?asOf=2023", 404)).contains("SX-ZD");
        assertThat(ok("/api/actors/SX-ZD/network?asOf=2024").get("actors").findValuesAsText("id"))
                .containsExactly("SX-ZD", "SX-ZA");
        assertThat(problem("/api/actors/SX-ZE/network?asOf=2022-07-01", 404)).contains("SX-ZE");
        assertThat(problem("/api/actors/SX-ZE/network", 404)).contains("SX-ZE");
        assertThat(ok("/api/actors/SX-ZE/network?asOf=2022-06-30").get("actors"))
                .hasSize(2);
    }

    @Test
    void paths_run_through_active_cooperations_only_and_inactive_ends_are_unknown() throws Exception {
        assertThat(ok("/api/actors/SX-ZB/paths/SX-ZC?asOf=2021").get("paths").toString())
                .isEqualTo("[[\"SX-ZB\",\"SX-ZC\"]]");
        var apart = ok("/api/actors/SX-ZB/paths/SX-ZC?asOf=2023-04-23");
        assertThat(apart.get("distance").isNull()).isTrue();
        assertThat(apart.get("paths")).isEmpty();
        var around = ok("/api/actors/SX-ZB/paths/SX-ZC?asOf=2023-04-24");
        assertThat(around.get("distance").asInt()).isEqualTo(2);
        assertThat(around.get("paths").toString()).isEqualTo("[[\"SX-ZB\",\"SX-ZA\",\"SX-ZC\"]]");
        assertThat(ok("/api/actors/SX-ZE/paths/SX-ZC?asOf=2021").get("paths").toString())
                .isEqualTo("[[\"SX-ZE\",\"SX-ZA\",\"SX-ZB\",\"SX-ZC\"]]");

        assertThat(problem("/api/actors/SX-ZE/paths/SX-ZC?asOf=2023", 404)).contains("SX-ZE");
        assertThat(problem("/api/actors/SX-ZA/paths/SX-ZD?asOf=2023", 404)).contains("SX-ZD");
        assertThat(ok("/api/actors/SX-ZA/paths/SX-ZD?asOf=2024").get("distance").asInt())
                .isEqualTo(1);
    }

    @Test
    void the_cypher_files_give_the_apps_answer_at_a_date_given_as_text_or_as_a_neo4j_date() throws Exception {
        for (String asOf : List.of("2021-12-31", "2023-04-23", "2024-12-31")) {
            for (Object parameter : List.of(asOf, LocalDate.parse(asOf))) {
                var rows = neo4j.query(scripts.statements("analysis/sector_pairs.cypher")
                                .getFirst())
                        .bindAll(Map.of("region", R, "asOf", parameter))
                        .fetch()
                        .all();
                var body = ok("/api/analysis/sectors?region=" + R + "&asOf=" + asOf);
                assertThat(rows.stream()
                                .map(r -> r.get("a") + "/" + r.get("b") + " " + r.get("cooperations"))
                                .toList())
                        .as(asOf + " " + parameter.getClass().getSimpleName())
                        .isEqualTo(pairs(body));
                var subgraph = neo4j.query(scripts.statements("analysis/structure_subgraph.cypher")
                                .getFirst())
                        .bindAll(Map.of("region", R, "asOf", parameter))
                        .fetch()
                        .all();
                assertThat(subgraph.stream().map(r -> (String) r.get("id")).toList())
                        .as(asOf)
                        .containsExactlyElementsOf(degrees(asOf).stream()
                                .map(d -> d.substring(0, d.indexOf(':')))
                                .toList());
                var ego = neo4j.query(scripts.statements("analysis/ego_network.cypher")
                                .getFirst())
                        .bindAll(Map.of("actor", "SX-ZA", "depth", 3, "asOf", parameter))
                        .fetch()
                        .all();
                assertThat(ego.stream().map(r -> (String) r.get("id")).toList())
                        .as(asOf)
                        .isEqualTo(ok("/api/actors/SX-ZA/network?depth=3&asOf=" + asOf)
                                .get("actors")
                                .findValuesAsText("id"));
            }
        }
    }

    @Test
    void a_bad_date_is_a_400_naming_the_parameter_on_every_endpoint() throws Exception {
        for (String path : List.of(
                "/api/analysis/structural-holes?region=" + R,
                "/api/analysis/cut-points?region=" + R,
                "/api/analysis/communities?region=" + R,
                "/api/analysis/sectors?region=" + R,
                "/api/analysis/brokerage?region=" + R,
                "/api/actors/SX-ZA/network?depth=1",
                "/api/actors/SX-ZA/paths/SX-ZB?limit=1")) {
            assertThat(problem(path + "&asOf=gestern", 400)).as(path).contains("asOf", "gestern");
            assertThat(problem(path + "&asOf=2023-02-30", 400)).as(path).contains("asOf");
            assertThat(problem(path + "&asof=2023", 400)).as(path).contains("asof");
        }
    }
}
