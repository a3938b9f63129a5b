package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.CypherScripts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file in {@code cypher/analysis/} runs against the demo data, as an analyst would run it in
 * cypher-shell with {@code :param}, and answers with rows where the demo data has some.
 */
class AnalysisCypherFilesTest extends StoreTestSupport {

    /** Parameters for the demo data (Landkreis Harz, Halberstadt, the Gera chain), per file. */
    private static final Map<String, Map<String, Object>> PARAMETERS = Map.of(
            "region_actors", Map.of("region", "15085"),
            "phase_coverage", region("15085"),
            "transition_coverage", region("15085"),
            "unconnected_peers", Map.of("region", "15085", "limit", 50),
            "unconnected_peers_subgraph", Map.of("region", "15085"),
            "isolated_actors", Map.of("region", "15085"),
            "broker_subgraph", Map.of("region", "15085"),
            "collaborator_suggestions", suggestions(),
            "municipality_collaborators", collaborators(),
            "district_comparison", Map.of("state", "15"));

    @Autowired
    CypherScripts scripts;

    @Test
    void every_analysis_file_has_a_header_and_answers_on_the_demo_data() {
        var files = scripts.files("analysis");
        assertThat(files).hasSize(PARAMETERS.size());
        for (String file : files) {
            String name = file.substring("analysis/".length(), file.length() - ".cypher".length());
            String text = scripts.text(file);
            assertThat(text).as(file).contains("// title: ", "// description: ", "// parameters: ");
            var statements = scripts.statements(file);
            assertThat(statements).as(file).hasSize(1);
            assertThat(PARAMETERS).as("parameters for " + file).containsKey(name);
            var rows = neo4j.query(statements.getFirst())
                    .bindAll(PARAMETERS.get(name))
                    .fetch()
                    .all();
            assertThat(rows).as(file).isNotEmpty();
        }
    }

    @Test
    void coverage_and_transitions_also_run_for_the_demo_chain_without_a_region() {
        Map<String, Object> chain = new HashMap<>();
        chain.put("region", null);
        chain.put("chain", "GERA-PK");
        var coverage = neo4j.query(
                        scripts.statements("analysis/phase_coverage.cypher").getFirst())
                .bindAll(chain)
                .fetch()
                .all();
        // The chain's built-in gap: nobody contributes RETIREMENT.
        assertThat(coverage)
                .filteredOn(r -> r.get("phase").equals("RETIREMENT"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("actors")).isEqualTo(0L));
        var transitions = neo4j.query(scripts.statements("analysis/transition_coverage.cypher")
                        .getFirst())
                .bindAll(chain)
                .fetch()
                .all();
        assertThat(transitions).hasSize(8);
    }

    @Autowired
    AnalysisService analyses;

    @Test
    void the_apps_unconnected_peers_ranked_in_java_equal_the_cypher_file() {
        // The demo district, the demo state and the fixture's district (ties on score and on names).
        AnalysisFixtures.load(neo4j, "gaps.cypher");
        for (String region : new String[] {"15085", "15", "01051", "01"}) {
            for (int limit : new int[] {1, 7, 1000}) {
                var cypher = neo4j
                        .query(scripts.statements("analysis/unconnected_peers.cypher")
                                .getFirst())
                        .bindAll(Map.of("region", region, "limit", limit))
                        .fetch()
                        .all()
                        .stream()
                        .map(r -> List.of(
                                r.get("a"), r.get("b"), r.get("sharedPhases"), r.get("sharedTopics"), r.get("score")))
                        .toList();
                var java = analyses.unconnectedPeers(region, limit).pairs().stream()
                        .map(p ->
                                List.<Object>of(p.a().id(), p.b().id(), p.sharedPhases(), p.sharedTopics(), p.score()))
                        .toList();
                assertThat(java).as(region + ", limit " + limit).isEqualTo(cypher);
            }
        }
    }

    private static Map<String, Object> region(String region) {
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        params.put("chain", null);
        return params;
    }

    private static Map<String, Object> suggestions() {
        Map<String, Object> params = new HashMap<>();
        params.put("actor", "HZ-GA");
        params.put("phase", null);
        params.put("topic", null);
        params.put("radiusKm", null);
        params.put("limit", 20);
        return params;
    }

    private static Map<String, Object> collaborators() {
        Map<String, Object> params = new HashMap<>();
        params.put("municipality", "15085135");
        params.put("phase", "DAYCARE");
        params.put("topic", null);
        params.put("radiusKm", 50.0);
        return params;
    }
}
