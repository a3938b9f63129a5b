package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.CypherScripts;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Map<String, Map<String, Object>> PARAMETERS = Map.ofEntries(
            Map.entry("region_actors", Map.of("region", "15085")),
            Map.entry("network_as_of", Map.of("region", "15085", "asOf", "2023-12-31")),
            Map.entry("phase_coverage", region("15085")),
            Map.entry("transition_coverage", region("15085")),
            Map.entry("transition_subgraph", region("15085")),
            Map.entry("unconnected_peers", Map.of("region", "15085", "limit", 50)),
            Map.entry("unconnected_peers_subgraph", Map.of("region", "15085")),
            Map.entry("isolated_actors", Map.of("region", "15085")),
            Map.entry("broker_subgraph", Map.of("region", "15085")),
            Map.entry("collaborator_suggestions", suggestions()),
            Map.entry("suggestion_profiles", Map.of()),
            Map.entry("municipality_collaborators", collaborators()),
            Map.entry("district_comparison", Map.of("state", "15")),
            Map.entry("structure_subgraph", Map.of("region", "15085")),
            Map.entry("sector_pairs", Map.of("region", "15085")),
            Map.entry("ego_network", Map.of("actor", "HZ-GA", "depth", 2)),
            Map.entry("actor_paths", Map.of("actor", "HZ-GA", "other", "HZ-LK", "limit", 10)));

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
                    .bindAll(withAsOf(PARAMETERS.get(name)))
                    .fetch()
                    .all();
            assertThat(rows).as(file).isNotEmpty();
        }
    }

    @Test
    void every_analysis_and_graph_file_takes_as_of_and_filters_with_the_contracts_active_rule() {
        var files = new ArrayList<String>(scripts.files("analysis"));
        files.addAll(scripts.files("graph"));
        for (String file : files) {
            String text = scripts.text(file);
            // The parameters line with its continuation lines ("//   …").
            String parameters = text.substring(text.indexOf("// parameters: "))
                    .lines()
                    .takeWhile(l -> l.startsWith("//"))
                    .reduce("", (a, b) -> a + b);
            assertThat(parameters).as(file).contains("$asOf");
            // since ≤ asOf and until ≥ asOf on the stored text cut to its length (a year or an ISO date)
            assertThat(text)
                    .as(file)
                    .contains(".since <= left(toString($asOf), size(")
                    .contains(".until >= left(toString($asOf), size(");
        }
    }

    @Test
    void the_network_as_of_a_date_keeps_a_cooperation_up_to_its_last_day() {
        String statement = scripts.statements("analysis/network_as_of.cypher").getFirst();
        java.util.function.Function<String, List<String>> pairs =
                date -> neo4j.query(statement).bindAll(Map.of("region", "15085", "asOf", date)).fetch().all().stream()
                        .map(r -> r.get("a") + "|" + r.get("b"))
                        .toList();
        // The demo's company run ended on 2023-12-31; the Kita in Wernigerode closed on 2024-07-31.
        assertThat(pairs.apply("2023-12-31")).contains("HZ-EMP|HZ-KSB", "HZ-KITA-WR|HZ-KSB");
        assertThat(pairs.apply("2024-01-01")).doesNotContain("HZ-EMP|HZ-KSB").contains("HZ-KITA-WR|HZ-KSB");
        assertThat(pairs.apply("2024-08-01")).doesNotContain("HZ-EMP|HZ-KSB", "HZ-KITA-WR|HZ-KSB");
        // cypher-shell users may pass a date value too (:param asOf => date('2023-12-31')).
        var withDateValue = neo4j.query(statement)
                .bindAll(Map.of("region", "15085", "asOf", java.time.LocalDate.of(2023, 12, 31)))
                .fetch()
                .all();
        assertThat(withDateValue).hasSize(pairs.apply("2023-12-31").size());
    }

    @Test
    void coverage_and_transitions_also_run_for_the_demo_chain_without_a_region() {
        Map<String, Object> chain = new HashMap<>();
        chain.put("region", null);
        chain.put("chain", "GERA-PK");
        var coverage = neo4j.query(
                        scripts.statements("analysis/phase_coverage.cypher").getFirst())
                .bindAll(withAsOf(chain))
                .fetch()
                .all();
        // The chain's built-in gap: nobody contributes RETIREMENT.
        assertThat(coverage)
                .filteredOn(r -> r.get("phase").equals("RETIREMENT"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("actors")).isEqualTo(0L));
        var transitions = neo4j.query(scripts.statements("analysis/transition_coverage.cypher")
                        .getFirst())
                .bindAll(withAsOf(chain))
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
                        .bindAll(withAsOf(Map.of("region", region, "limit", limit)))
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

    @Test
    void the_apps_suggestions_scored_in_java_equal_the_cypher_file() {
        AnalysisFixtures.load(neo4j, "gaps.cypher");
        // The fixture is written around the app, so the snapshot of all actors is built again.
        analyses.refresh();
        // The exact distance Husum–Plön: Anna and Berta lie on the boundary (ties broken by name), and
        // just below it they drop out; the demo actors (Harz, Gera) with phase, topic and radius filters.
        double toPloen = neo4j.query("""
                        MATCH (a:Municipality {ags: '01054056'}), (b:Municipality {ags: '01057057'})
                        RETURN point.distance(a.location, b.location) / 1000.0""").fetchAs(Double.class).one().orElseThrow();
        var actors = neo4j
                .query("MATCH (a:Actor) WHERE NOT a.id STARTS WITH 'FX-' RETURN a.id ORDER BY a.id")
                .fetchAs(String.class)
                .all()
                .stream()
                .limit(8)
                .toList();
        var cases = new ArrayList<Object[]>();
        for (String actor : List.of("FX-X", "FX-B5", "FX-B6", "FX-A1", "FX-HB-LAND")) {
            cases.add(new Object[] {actor, null, null, null});
            cases.add(new Object[] {actor, null, null, toPloen});
            cases.add(new Object[] {actor, null, null, Math.nextDown(toPloen)});
            cases.add(new Object[] {actor, "OLD_AGE", null, null});
            cases.add(new Object[] {actor, null, "fx-vorschlag", 200.0});
        }
        for (String actor : actors) {
            cases.add(new Object[] {actor, null, null, null});
            cases.add(new Object[] {actor, "DAYCARE", null, 30.0});
            cases.add(new Object[] {actor, null, "bewegungsfoerderung", null});
            cases.add(new Object[] {actor, "EARLY_CHILDHOOD", null, 0.0});
        }
        int compared = 0;
        for (Object[] c : cases) {
            for (int limit : new int[] {1, 3, 20}) {
                Map<String, Object> params = new HashMap<>();
                params.put("actor", c[0]);
                params.put("phase", c[1]);
                params.put("topic", c[2]);
                params.put("radiusKm", c[3]);
                params.put("limit", limit);
                var cypher = neo4j
                        .query(scripts.statements("analysis/collaborator_suggestions.cypher")
                                .getFirst())
                        .bindAll(withAsOf(params))
                        .fetch()
                        .all()
                        .stream()
                        .map(r -> Arrays.asList(
                                r.get("id"),
                                r.get("name"),
                                r.get("score"),
                                r.get("distanceKm"),
                                r.get("sharedPhases"),
                                r.get("sharedTopics"),
                                r.get("commonPartners"),
                                r.get("commonEvents"),
                                r.get("sameDistrict")))
                        .toList();
                analyses.prepareSuggestions();
                assertThat(analyses.suggestionsPrepared()).isTrue();
                var inJava = analyses
                        .suggestions((String) c[0], (String) c[1], (String) c[2], (Double) c[3], limit)
                        .suggestions()
                        .stream()
                        .map(s -> Arrays.<Object>asList(
                                s.id(),
                                s.name(),
                                s.score(),
                                s.distanceKm(),
                                s.sharedPhases(),
                                s.sharedTopics(),
                                s.commonPartners(),
                                s.commonEvents(),
                                s.sameDistrict()))
                        .toList();
                assertThat(inJava).as(Arrays.toString(c) + ", limit " + limit).isEqualTo(cypher);
                compared += cypher.size();
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(200);
    }

    @Test
    void the_apps_transitions_computed_in_java_equal_the_cypher_file() {
        AnalysisFixtures.load(neo4j, "gaps.cypher");
        List<String[]> scopes = List.of(
                new String[] {"15085", null},
                new String[] {"15", null},
                new String[] {"01051", null},
                new String[] {"01", null},
                new String[] {"04", null},
                new String[] {"04012000", null},
                new String[] {null, "GERA-PK"},
                new String[] {null, "FX-CHAIN"},
                new String[] {"01051", "FX-CHAIN"});
        for (String[] scope : scopes) {
            Map<String, Object> params = new HashMap<>();
            params.put("region", scope[0]);
            params.put("chain", scope[1]);
            var cypher = neo4j
                    .query(scripts.statements("analysis/transition_coverage.cypher")
                            .getFirst())
                    .bindAll(withAsOf(params))
                    .fetch()
                    .all()
                    .stream()
                    .map(r -> List.of(r.get("from"), r.get("to"), r.get("bridged"), r.get("actors"), r.get("pairs")))
                    .toList();
            var inJava = analyses.transitions(scope[0], scope[1]).transitions().stream()
                    .map(t -> List.<Object>of(
                            t.from(),
                            t.to(),
                            t.bridged(),
                            t.actors().stream()
                                    .map(a -> Map.of("id", a.id(), "name", a.name()))
                                    .toList(),
                            t.pairs().stream()
                                    .map(p -> Map.of(
                                            "a", Map.of("id", p.a().id(), "name", p.a().name()),
                                            "b", Map.of("id", p.b().id(), "name", p.b().name())))
                                    .toList()))
                    .toList();
            assertThat(inJava).as(Arrays.toString(scope)).isEqualTo(cypher);
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

    /** The parameters with {@code asOf} today, as the app passes it (an ISO date's text). */
    static Map<String, Object> withAsOf(Map<String, ?> parameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putIfAbsent("asOf", de.kooperationsatlas.base.Dates.today().toString());
        return all;
    }
}
