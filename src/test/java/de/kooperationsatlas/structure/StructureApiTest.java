package de.kooperationsatlas.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.ApiClient;
import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The structure endpoints over real HTTP on the fixture {@code structure/fixtures.cypher} (Bavarian
 * districts without other actors): shapes, order, figures worked by hand or taken from NetworkX, 404
 * and 400 problems.
 */
class StructureApiTest extends StoreTestSupport {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    CypherScripts scripts;

    @BeforeEach
    void loadFixture() {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/structure/fixtures.cypher")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CypherScripts.split(text).forEach(statement -> neo4j.query(statement).run());
    }

    private JsonNode ok(String path) throws Exception {
        var response = ApiClient.basic(port, "viewer", "viewer-demo").get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String problem(String path, int status) throws Exception {
        var response = ApiClient.basic(port, "viewer", "viewer-demo").get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        return json.readTree(response.body()).get("detail").asText();
    }

    private static List<String> ids(JsonNode list) {
        return list.findValuesAsText("id");
    }

    @Test
    void structural_holes_put_the_star_centre_first_and_actors_without_partners_last() throws Exception {
        var star = ok("/api/analysis/structural-holes?region=09162");
        assertThat(star.get("region").asText()).isEqualTo("09162");
        assertThat(ids(star.get("actors"))).containsExactly("SX-S0", "SX-S1", "SX-S2", "SX-S3", "SX-S4");
        var centre = star.get("actors").get(0);
        assertThat(centre.get("degree").asInt()).isEqualTo(4);
        assertThat(centre.get("effectiveSize").asDouble()).isEqualTo(4.0);
        assertThat(centre.get("efficiency").asDouble()).isEqualTo(1.0);
        assertThat(centre.get("constraint").asDouble()).isEqualTo(0.25);
        var sectors =
                ok("/api/analysis/structural-holes?region=09761&limit=1000").get("actors");
        assertThat(sectors).hasSize(10);
        var last = sectors.get(9);
        assertThat(last.get("id").asText()).isEqualTo("SX-R1");
        assertThat(last.get("degree").asInt()).isZero();
        assertThat(last.get("constraint").isNull()).isTrue();
        assertThat(last.get("effectiveSize").isNull()).isTrue();
        assertThat(last.get("efficiency").isNull()).isTrue();
        assertThat(ok("/api/analysis/structural-holes?region=09761").get("actors"))
                .hasSize(10);
        assertThat(ok("/api/analysis/structural-holes?region=09761&limit=3").get("actors"))
                .hasSize(3);
    }

    @Test
    void cut_points_of_a_path_ignore_a_cooperation_that_leaves_the_region() throws Exception {
        var path = ok("/api/analysis/cut-points?region=09362");
        var actors = path.get("actors");
        assertThat(ids(actors)).containsExactly("SX-P3", "SX-P2", "SX-P4");
        assertThat(actors.findValuesAsText("separates")).containsExactly("2", "1", "1");
        var cooperations = new ArrayList<String>();
        path.get("cooperations")
                .forEach(c -> cooperations.add(c.get("a").asText() + "-"
                        + c.get("b").asText() + ":" + c.get("separates").asInt()));
        assertThat(cooperations).containsExactly("SX-P2-SX-P3:2", "SX-P3-SX-P4:2", "SX-P1-SX-P2:1", "SX-P4-SX-P5:1");
        var triangles = ok("/api/analysis/cut-points?region=09564");
        assertThat(ids(triangles.get("actors"))).containsExactly("SX-T3", "SX-T4");
        assertThat(triangles.get("cooperations")).hasSize(1);
    }

    @Test
    void communities_split_two_triangles_and_give_the_same_answer_twice() throws Exception {
        var body = ok("/api/analysis/communities?region=09564");
        assertThat(body.get("region").asText()).isEqualTo("09564");
        assertThat(body.get("resolution").asDouble()).isEqualTo(1.0);
        // NetworkX: modularity(G, [{T1,T2,T3},{T4,T5,T6}]) = 5/14.
        assertThat(body.get("modularity").asDouble()).isCloseTo(0.35714285714285715, within(1e-12));
        var first = body.get("communities").get(0);
        assertThat(first.get("actors").toString()).isEqualTo("[\"SX-T1\",\"SX-T2\",\"SX-T3\"]");
        assertThat(first.get("size").asInt()).isEqualTo(3);
        assertThat(first.get("internalCooperations").asLong()).isEqualTo(3);
        assertThat(first.get("externalCooperations").asLong()).isEqualTo(1);
        assertThat(body.get("communities").get(1).get("actors").get(0).asText()).isEqualTo("SX-T4");
        assertThat(ok("/api/analysis/communities?region=09564")).isEqualTo(body);

        var all = ok("/api/analysis/communities?region=09&resolution=0.5");
        assertThat(all.get("resolution").asDouble()).isEqualTo(0.5);
        var seen = new ArrayList<String>();
        all.get("communities").forEach(c -> c.get("actors").forEach(a -> seen.add(a.asText())));
        assertThat(seen).doesNotHaveDuplicates().contains("SX-R1", "SX-S0", "SX-X");
        assertThat(all.get("communities").findValuesAsText("size").stream()
                        .mapToInt(Integer::parseInt)
                        .sum())
                .isEqualTo(seen.size());
        assertThat(all.get("communities"))
                .filteredOn(c -> c.get("actors").get(0).asText().equals("SX-R1"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("size").asInt()).isEqualTo(1));
    }

    @Test
    void sectors_count_pairs_in_table_order_and_name_the_gaps() throws Exception {
        var body = ok("/api/analysis/sectors?region=09761");
        assertThat(body.get("sectors").toString())
                .isEqualTo("[{\"code\":\"HEALTH\",\"actors\":3},{\"code\":\"EDUCATION\",\"actors\":4},"
                        + "{\"code\":\"YOUTH_SOCIAL\",\"actors\":2},{\"code\":\"RESEARCH\",\"actors\":1}]");
        var pairs = new ArrayList<String>();
        body.get("pairs")
                .forEach(p -> pairs.add(p.get("a").asText() + "/" + p.get("b").asText() + " "
                        + p.get("cooperations").asLong() + "/"
                        + p.get("possible").asLong()));
        assertThat(pairs)
                .containsExactly(
                        "HEALTH/HEALTH 2/3",
                        "HEALTH/EDUCATION 2/12",
                        "HEALTH/YOUTH_SOCIAL 1/6",
                        "HEALTH/RESEARCH 0/3",
                        "EDUCATION/EDUCATION 1/6",
                        "EDUCATION/YOUTH_SOCIAL 2/8",
                        "EDUCATION/RESEARCH 0/4",
                        "YOUTH_SOCIAL/YOUTH_SOCIAL 1/1",
                        "YOUTH_SOCIAL/RESEARCH 0/2",
                        "RESEARCH/RESEARCH 0/0");
        assertThat(body.get("pairs").get(0).get("density").asDouble()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(body.get("pairs").get(9).get("density").asDouble()).isZero();
        assertThat(body.get("gaps").toString())
                .isEqualTo("[[\"HEALTH\",\"RESEARCH\"],[\"EDUCATION\",\"RESEARCH\"],[\"YOUTH_SOCIAL\",\"RESEARCH\"]]");
    }

    @Test
    void the_sector_pairs_cypher_file_gives_the_apps_answer() throws Exception {
        for (String region : List.of("09761", "09", "15085", "15", "16052000")) {
            var rows = neo4j.query(
                            scripts.statements("analysis/sector_pairs.cypher").getFirst())
                    .bindAll(Map.of("region", region, "asOf", Dates.today().toString()))
                    .fetch()
                    .all();
            var body = ok("/api/analysis/sectors?region=" + region);
            assertThat(rows).as(region).hasSize(body.get("pairs").size());
            int i = 0;
            for (var row : rows) {
                var pair = body.get("pairs").get(i++);
                assertThat(List.of(row.get("a"), row.get("b"), row.get("cooperations"), row.get("possible")))
                        .as(region)
                        .isEqualTo(List.of(
                                pair.get("a").asText(),
                                pair.get("b").asText(),
                                pair.get("cooperations").asLong(),
                                pair.get("possible").asLong()));
                assertThat((Double) row.get("density"))
                        .isCloseTo(pair.get("density").asDouble(), within(1e-12));
            }
            assertThat(rows.stream().filter(r -> (Boolean) r.get("gap")).count())
                    .isEqualTo(body.get("gaps").size());
        }
    }

    @Test
    void brokerage_counts_the_roles_between_three_sectors_by_hand() throws Exception {
        var body = ok("/api/analysis/brokerage?region=09761&limit=1000");
        assertThat(ids(body.get("actors")))
                .containsExactly(
                        "SX-B", "SX-Y2", "SX-Y1", "SX-R1", "SX-E2", "SX-E4", "SX-H2", "SX-H1", "SX-E1", "SX-E3");
        var broker = body.get("actors").get(0);
        assertThat(broker.get("sector").asText()).isEqualTo("HEALTH");
        assertThat(List.of(
                        broker.get("coordinator").asLong(),
                        broker.get("consultant").asLong(),
                        broker.get("representative").asLong(),
                        broker.get("liaison").asLong(),
                        broker.get("crossSector").asLong(),
                        broker.get("total").asLong()))
                .containsExactly(1L, 0L, 6L, 2L, 8L, 9L);
        var consultant = body.get("actors").get(1);
        assertThat(consultant.get("sector").asText()).isEqualTo("YOUTH_SOCIAL");
        assertThat(consultant.get("consultant").asLong()).isEqualTo(1);
        assertThat(consultant.get("representative").asLong()).isEqualTo(2);
        assertThat(body.get("actors").get(3).get("sector").asText()).isEqualTo("RESEARCH");
        assertThat(ok("/api/analysis/brokerage?region=09761").get("actors")).hasSize(10);
        assertThat(ok("/api/analysis/brokerage?region=09761&limit=2").get("actors"))
                .hasSize(2);
    }

    @Test
    void an_ego_network_grows_with_its_depth_across_regions() throws Exception {
        var one = ok("/api/actors/SX-P1/network");
        assertThat(one.get("actor").asText()).isEqualTo("SX-P1");
        assertThat(one.get("depth").asInt()).isEqualTo(1);
        assertThat(one.get("actors").toString())
                .isEqualTo("[{\"id\":\"SX-P1\",\"distance\":0},{\"id\":\"SX-P2\",\"distance\":1},"
                        + "{\"id\":\"SX-X\",\"distance\":1}]");
        assertThat(one.get("cooperations").toString()).isEqualTo("[[\"SX-P1\",\"SX-P2\"],[\"SX-P1\",\"SX-X\"]]");
        var two = ok("/api/actors/SX-P1/network?depth=2");
        assertThat(ids(two.get("actors"))).containsExactly("SX-P1", "SX-P2", "SX-X", "SX-D1", "SX-D2", "SX-P3");
        assertThat(two.get("cooperations").toString())
                .isEqualTo("[[\"SX-D1\",\"SX-X\"],[\"SX-D2\",\"SX-X\"],[\"SX-P1\",\"SX-P2\"],"
                        + "[\"SX-P1\",\"SX-X\"],[\"SX-P2\",\"SX-P3\"]]");
        var three = ok("/api/actors/SX-P1/network?depth=3");
        assertThat(ids(three.get("actors")))
                .containsExactly("SX-P1", "SX-P2", "SX-X", "SX-D1", "SX-D2", "SX-P3", "SX-D3", "SX-P4");
        assertThat(three.get("actors").get(7).get("distance").asInt()).isEqualTo(3);
        assertThat(three.get("cooperations")).hasSize(8);
        assertThat(ok("/api/actors/SX-R1/network?depth=3").get("actors")).hasSize(1);
    }

    @Test
    void paths_list_every_shortest_chain_in_order_up_to_the_limit() throws Exception {
        var diamond = ok("/api/actors/SX-X/paths/SX-D3");
        assertThat(diamond.get("actor").asText()).isEqualTo("SX-X");
        assertThat(diamond.get("other").asText()).isEqualTo("SX-D3");
        assertThat(diamond.get("distance").asInt()).isEqualTo(2);
        assertThat(diamond.get("paths").toString())
                .isEqualTo("[[\"SX-X\",\"SX-D1\",\"SX-D3\"],[\"SX-X\",\"SX-D2\",\"SX-D3\"]]");
        assertThat(ok("/api/actors/SX-X/paths/SX-D3?limit=1").get("paths")).hasSize(1);
        var far = ok("/api/actors/SX-P5/paths/SX-D3");
        assertThat(far.get("distance").asInt()).isEqualTo(7);
        assertThat(far.get("paths").get(0).toString())
                .isEqualTo("[\"SX-P5\",\"SX-P4\",\"SX-P3\",\"SX-P2\",\"SX-P1\",\"SX-X\",\"SX-D1\",\"SX-D3\"]");
        var apart = ok("/api/actors/SX-S0/paths/SX-T1");
        assertThat(apart.get("distance").isNull()).isTrue();
        assertThat(apart.get("paths")).isEmpty();
        var itself = ok("/api/actors/SX-X/paths/SX-X");
        assertThat(itself.get("distance").asInt()).isZero();
        assertThat(itself.get("paths").toString()).isEqualTo("[[\"SX-X\"]]");
    }

    @Test
    void on_the_demo_district_every_actor_of_the_region_is_in_exactly_one_community_and_has_its_figures()
            throws Exception {
        long actors = neo4j.query(
                        scripts.statements("analysis/region_actors.cypher").getFirst())
                .bindAll(Map.of("region", "15085", "asOf", Dates.today().toString()))
                .fetch()
                .all()
                .size();
        var communities = ok("/api/analysis/communities?region=15085");
        var seen = new ArrayList<String>();
        communities.get("communities").forEach(c -> c.get("actors").forEach(a -> seen.add(a.asText())));
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) actors);
        assertThat(communities.get("modularity").asDouble()).isPositive();
        assertThat(ok("/api/analysis/communities?region=15085")).isEqualTo(communities);
        assertThat(ok("/api/analysis/structural-holes?region=15085&limit=1000").get("actors"))
                .hasSize((int) actors);
        assertThat(ok("/api/analysis/brokerage?region=15085&limit=1000").get("actors"))
                .hasSize((int) actors);
        assertThat(ok("/api/analysis/sectors?region=15085").get("sectors").findValuesAsText("actors").stream()
                        .mapToLong(Long::parseLong)
                        .sum())
                .isEqualTo(actors);
        assertThat(ok("/api/analysis/cut-points?region=15085").has("cooperations"))
                .isTrue();
    }

    @Test
    void unknown_regions_and_actors_are_404_problems_naming_them() throws Exception {
        for (String path : List.of("structural-holes", "cut-points", "communities", "sectors", "brokerage")) {
            assertThat(problem("/api/analysis/" + path + "?region=99999", 404)).contains("99999");
        }
        assertThat(problem("/api/actors/NO-ACTOR/network", 404)).contains("NO-ACTOR");
        assertThat(problem("/api/actors/NO-ACTOR/paths/SX-X", 404)).contains("NO-ACTOR");
        assertThat(problem("/api/actors/SX-X/paths/NO-OTHER", 404)).contains("NO-OTHER");
    }

    @Test
    void every_signed_in_role_reads_the_structure_and_anonymous_callers_do_not() {
        for (String path : List.of(
                "/api/analysis/structural-holes?region=09162",
                "/api/analysis/cut-points?region=09162",
                "/api/analysis/communities?region=09162",
                "/api/analysis/sectors?region=09162",
                "/api/analysis/brokerage?region=09162",
                "/api/actors/SX-S0/network",
                "/api/actors/SX-S0/paths/SX-S1")) {
            assertThat(ApiClient.anonymous(port).get(path).statusCode())
                    .as(path)
                    .isEqualTo(401);
            for (String user : List.of("viewer", "analyst", "editor", "admin")) {
                assertThat(ApiClient.demo(port, user).get(path).statusCode())
                        .as(user + " " + path)
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void bad_parameters_are_400_problems_naming_them() throws Exception {
        assertThat(problem("/api/analysis/cut-points", 400)).contains("region");
        assertThat(problem("/api/analysis/structural-holes?region=09162&limit=0", 400))
                .contains("limit");
        assertThat(problem("/api/analysis/brokerage?region=09162&limit=x", 400)).contains("limit");
        assertThat(problem("/api/analysis/communities?region=09162&resolution=-1", 400))
                .contains("resolution");
        assertThat(problem("/api/analysis/communities?region=09162&resolution=viel", 400))
                .contains("resolution");
        assertThat(problem("/api/actors/SX-X/network?depth=4", 400)).contains("depth");
        assertThat(problem("/api/actors/SX-X/network?depth=0", 400)).contains("depth");
        assertThat(problem("/api/actors/SX-X/paths/SX-D3?limit=0", 400)).contains("limit");
        assertThat(problem("/api/analysis/sectors?region=09162&regoin=1", 400)).contains("regoin");
    }
}
