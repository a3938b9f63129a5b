package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ParameterException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analyses "as of" a date (the contract's "Time") on {@code fixtures/analysis/time.cypher}: what is
 * active at the date counts, a year as since starts on 1 January and as until ends on 31 December, an
 * until is the last active day, and a cooperation or membership counts only while its actors are active.
 */
class TimeAnalysisTest extends StoreTestSupport {

    private static final String NEUNKIRCHEN = "10043";
    private static final LocalDate END_2021 = LocalDate.of(2021, 12, 31);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    AnalysisService analyses;

    @BeforeEach
    void loadFixture() {
        AnalysisFixtures.load(neo4j, "time.cypher");
        analyses.refresh();
    }

    @AfterEach
    void removeFixture() {
        neo4j.query("MATCH (x) WHERE (x:Actor OR x:Network OR x:Event) AND x.id STARTS WITH 'FT-' DETACH DELETE x")
                .run();
        analyses.refresh();
    }

    @Test
    void the_regions_actors_are_those_active_at_the_date() {
        assertThat(coverageCounts(END_2021)).containsExactly(1L, 1L, 2L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(coverageCounts(END_2025)).containsExactly(0L, 1L, 3L, 1L, 0L, 0L, 0L, 0L, 0L);
        // A year as until ends on 31 December: FT-OLD is still there on the last day of 2022.
        assertThat(coverageCounts(LocalDate.of(2022, 12, 31)).getFirst()).isEqualTo(1L);
        assertThat(coverageCounts(LocalDate.of(2023, 1, 1)).getFirst()).isZero();
        // An ISO since starts that day: FT-NEU from 2024-03-01 on.
        assertThat(coverageCounts(LocalDate.of(2024, 2, 29)).get(1)).isZero();
        assertThat(coverageCounts(LocalDate.of(2024, 3, 1)).get(1)).isEqualTo(1L);
    }

    @Test
    void an_ended_cooperation_counts_up_to_its_last_day_and_one_with_a_closed_actor_not_after_it() {
        assertThat(isolated(END_2021)).containsExactly("FT-KITA2");
        // KITA–SCHULE lasts until 2023-06-30 inclusive; KITA–OLD ended with OLD at the end of 2022.
        assertThat(isolated(LocalDate.of(2023, 6, 30))).containsExactly("FT-KITA2");
        assertThat(isolated(LocalDate.of(2023, 7, 1))).containsExactly("FT-KITA", "FT-KITA2", "FT-SCHULE");
        assertThat(isolated(END_2025)).containsExactly("FT-KITA", "FT-KITA2");
    }

    @Test
    void transitions_use_the_cooperations_active_at_the_date() {
        assertThat(analyses.transitions(NEUNKIRCHEN, null, END_2021).gaps())
                .containsExactly(
                        List.of("PRIMARY_SCHOOL", "SECONDARY_SCHOOL"),
                        List.of("SECONDARY_SCHOOL", "SCHOOL_TO_WORK"),
                        List.of("SCHOOL_TO_WORK", "WORKING_LIFE"),
                        List.of("WORKING_LIFE", "RETIREMENT"),
                        List.of("RETIREMENT", "OLD_AGE"));
        var in2023 = analyses.transitions(NEUNKIRCHEN, null, LocalDate.of(2023, 12, 31));
        assertThat(in2023.transitions().get(2).bridged())
                .as("DAYCARE → PRIMARY_SCHOOL")
                .isFalse();
        var in2025 = analyses.transitions(NEUNKIRCHEN, null, END_2025).transitions();
        assertThat(in2025.get(0).bridged()).isFalse();
        assertThat(in2025.get(1).actors()).extracting(ActorRef::id).containsExactly("FT-NEU");
        assertThat(in2025.get(2).pairs())
                .extracting(p -> p.a().id() + "|" + p.b().id())
                .containsExactly("FT-NEU|FT-SCHULE");
    }

    @Test
    void unconnected_peers_see_a_common_network_only_while_both_memberships_last() {
        assertThat(analyses.unconnectedPeers(NEUNKIRCHEN, 50, END_2021).pairs()).isEmpty();
        assertThat(analyses.unconnectedPeers(NEUNKIRCHEN, 50, END_2025).pairs())
                .extracting(p -> p.a().id() + "|" + p.b().id() + "|" + p.score())
                .containsExactly("FT-KITA|FT-KITA2|1", "FT-KITA|FT-NEU|1", "FT-KITA2|FT-NEU|1");
    }

    @Test
    void brokers_and_the_district_comparison_are_computed_and_cached_per_date() {
        var brokers2021 = analyses.brokers(NEUNKIRCHEN, 10, END_2021).actors();
        assertThat(brokers2021.getFirst().id()).isEqualTo("FT-KITA");
        assertThat(brokers2021.getFirst().betweenness()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(brokers2021).hasSize(4);
        assertThat(analyses.brokers(NEUNKIRCHEN, 10, END_2025).actors())
                .allSatisfy(b -> assertThat(b.betweenness()).isZero());

        var district2021 = district(END_2021);
        assertThat(district2021.actors()).isEqualTo(4);
        assertThat(district2021.cooperations()).isEqualTo(2);
        assertThat(district2021.density()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(district2021.coveredPhases()).isEqualTo(4);
        assertThat(district2021.bridgedTransitions()).isEqualTo(3);
        assertThat(district2021.isolated()).isEqualTo(1);
        var district2025 = district(END_2025);
        assertThat(district2025.cooperations()).isEqualTo(1);
        assertThat(district2025.coveredPhases()).isEqualTo(3);
        assertThat(district2025.bridgedTransitions()).isEqualTo(2);
        assertThat(district2025.isolated()).isEqualTo(2);
    }

    @Test
    void suggestions_know_only_active_actors_and_count_events_up_to_the_date() {
        assertThatThrownBy(() -> analyses.suggestions("FT-NEU", null, null, null, 20, END_2021))
                .isInstanceOf(NotFoundException.class);
        var before = suggestion("FT-KITA", "FT-KITA2", LocalDate.of(2024, 1, 1));
        assertThat(before.score()).isEqualTo(3);
        assertThat(before.commonEvents()).isEmpty();
        var after = suggestion("FT-KITA", "FT-KITA2", END_2025);
        assertThat(after.score()).isEqualTo(4);
        assertThat(after.commonEvents()).containsExactly("FT-E");
        // Cooperating in 2022, so not suggested then; suggested again once the cooperation ended.
        assertThat(suggestedIds("FT-KITA", LocalDate.of(2022, 6, 1))).doesNotContain("FT-SCHULE", "FT-NEU");
        assertThat(suggestedIds("FT-KITA", END_2025))
                .contains("FT-SCHULE", "FT-NEU")
                .doesNotContain("FT-OLD");
    }

    @Test
    void collaborators_for_a_municipality_are_the_actors_active_at_the_date() {
        assertThat(analyses.collaborators("10043111", "EARLY_CHILDHOOD", null, null, END_2021)
                        .actors())
                .extracting(Collaborators.Collaborator::id)
                .containsExactly("FT-OLD");
        assertThat(analyses.collaborators("10043111", "EARLY_CHILDHOOD", null, null, END_2025)
                        .actors())
                .extracting(Collaborators.Collaborator::id)
                .containsExactly("FT-NEU");
    }

    @Test
    void changes_compare_the_region_at_two_dates() {
        var changes = analyses.changes(NEUNKIRCHEN, null, "2021", END_2021, "2025", END_2025);
        assertThat(changes.region()).isEqualTo(NEUNKIRCHEN);
        assertThat(changes.from()).isEqualTo("2021");
        assertThat(changes.actors().added()).containsExactly("FT-NEU");
        assertThat(changes.actors().ended()).containsExactly("FT-OLD");
        assertThat(changes.cooperations().added()).containsExactly(List.of("FT-NEU", "FT-SCHULE"));
        assertThat(changes.cooperations().ended())
                .containsExactly(List.of("FT-KITA", "FT-OLD"), List.of("FT-KITA", "FT-SCHULE"));
        assertThat(changes.phaseGaps().closed()).isEmpty();
        assertThat(changes.phaseGaps().opened()).containsExactly("PREGNANCY_BIRTH");
        assertThat(changes.transitionGaps().closed()).isEmpty();
        assertThat(changes.transitionGaps().opened()).containsExactly(List.of("PREGNANCY_BIRTH", "EARLY_CHILDHOOD"));
        assertThat(changes.figures())
                .extracting(f -> f.name() + " " + f.from() + " → " + f.to())
                .containsExactly(
                        "actors 4 → 4",
                        "cooperations 2 → 1",
                        "density " + (1.0 / 3) + " → " + (1.0 / 6),
                        "isolated 1 → 2",
                        "coveredPhases 4 → 3",
                        "bridgedTransitions 3 → 2");
        // The reverse direction is refused, naming the parameter.
        assertThatThrownBy(() -> analyses.changes(NEUNKIRCHEN, null, "2025", END_2025, "2021", END_2021))
                .isInstanceOf(ParameterException.class)
                .satisfies(e -> assertThat(((ParameterException) e).parameter()).isEqualTo("from"));
    }

    @Test
    void changes_agree_with_the_analyses_at_both_dates_on_the_demo_data() {
        for (String region : List.of("15085", "15", "16052000")) {
            var from = LocalDate.of(2023, 1, 1);
            var to = END_2025;
            var changes = analyses.changes(region, null, from.toString(), from, to.toString(), to);
            var gapsFrom = analyses.transitions(region, null, from).gaps();
            var gapsTo = analyses.transitions(region, null, to).gaps();
            assertThat(changes.transitionGaps().opened())
                    .as(region)
                    .containsExactlyInAnyOrderElementsOf(
                            gapsTo.stream().filter(g -> !gapsFrom.contains(g)).toList());
            assertThat(changes.transitionGaps().closed())
                    .as(region)
                    .containsExactlyInAnyOrderElementsOf(
                            gapsFrom.stream().filter(g -> !gapsTo.contains(g)).toList());
            var phaseGapsFrom = analyses.coverage(region, null, from).gaps();
            var phaseGapsTo = analyses.coverage(region, null, to).gaps();
            assertThat(changes.phaseGaps().opened())
                    .as(region)
                    .containsExactlyInAnyOrderElementsOf(phaseGapsTo.stream()
                            .filter(g -> !phaseGapsFrom.contains(g))
                            .toList());
            var isolatedTo = analyses.isolated(region, to).actors().size();
            assertThat(changes.figures().get(3).to().longValue()).as(region).isEqualTo(isolatedTo);
            assertThat(changes.figures().get(5).to().longValue()).as(region).isEqualTo(8 - gapsTo.size());
        }
    }

    @Test
    void the_api_takes_as_of_and_refuses_a_bad_date_naming_the_parameter() throws Exception {
        var isolated = json.readTree(
                ok("/api/analysis/isolated?region=10043&asOf=2021").body());
        assertThat(isolated.get("actors").toString()).isEqualTo("[\"FT-KITA2\"]");
        var iso = json.readTree(
                ok("/api/analysis/isolated?region=10043&asOf=2023-06-30").body());
        assertThat(iso.get("actors").toString()).isEqualTo("[\"FT-KITA2\"]");

        var bad = get("/api/analysis/coverage?region=10043&asOf=gestern");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("asOf").contains("gestern").doesNotContain("Exception");
        var impossible = get("/api/analysis/brokers?region=10043&asOf=2023-02-30");
        assertThat(impossible.statusCode()).isEqualTo(400);
        assertThat(impossible.body()).contains("asOf");

        JsonNode changes = json.readTree(
                ok("/api/analysis/changes?region=10043&from=2021&to=2025-12-31").body());
        assertThat(changes.get("from").asText()).isEqualTo("2021");
        assertThat(changes.get("to").asText()).isEqualTo("2025-12-31");
        assertThat(changes.has("chain")).isFalse();
        assertThat(changes.get("actors").toString()).isEqualTo("{\"added\":[\"FT-NEU\"],\"ended\":[\"FT-OLD\"]}");
        assertThat(changes.get("cooperations").get("ended").toString())
                .isEqualTo("[[\"FT-KITA\",\"FT-OLD\"],[\"FT-KITA\",\"FT-SCHULE\"]]");
        assertThat(changes.get("figures").get(0).toString()).isEqualTo("{\"name\":\"actors\",\"from\":4,\"to\":4}");
        var reversed = get("/api/analysis/changes?region=10043&from=2025&to=2021");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("from");
        var badTo = get("/api/analysis/changes?region=10043&from=2021&to=morgen");
        assertThat(badTo.statusCode()).isEqualTo(400);
        assertThat(badTo.body()).contains("to").contains("morgen");
        var chain = json.readTree(
                ok("/api/analysis/changes?chain=GERA-PK&from=2020&to=2025").body());
        assertThat(chain.get("chain").asText()).isEqualTo("GERA-PK");
        assertThat(chain.get("region").asText()).isEqualTo("16052000");
    }

    private List<Long> coverageCounts(LocalDate asOf) {
        return analyses.coverage(NEUNKIRCHEN, null, asOf).phases().stream()
                .map(PhaseCoverage.Phase::actors)
                .toList();
    }

    private List<String> isolated(LocalDate asOf) {
        return analyses.isolated(NEUNKIRCHEN, asOf).actors().stream()
                .map(ActorRef::id)
                .toList();
    }

    private DistrictComparison.District district(LocalDate asOf) {
        return analyses.districts("10", asOf).districts().stream()
                .filter(d -> d.ags().equals(NEUNKIRCHEN))
                .findFirst()
                .orElseThrow();
    }

    private Suggestions.Suggestion suggestion(String actor, String other, LocalDate asOf) {
        return analyses.suggestions(actor, null, null, null, 1000, asOf).suggestions().stream()
                .filter(s -> s.id().equals(other))
                .findFirst()
                .orElseThrow();
    }

    private List<String> suggestedIds(String actor, LocalDate asOf) {
        var ids = new ArrayList<String>();
        analyses.suggestions(actor, null, null, null, 1000, asOf).suggestions().forEach(s -> ids.add(s.id()));
        return ids;
    }

    private HttpResponse<String> get(String path) throws Exception {
        String token = Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + token)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> ok(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response;
    }
}
