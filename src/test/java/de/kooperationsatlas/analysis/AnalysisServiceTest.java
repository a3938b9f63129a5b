package de.kooperationsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.NotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract's analyses on the hand-made fixture {@code fixtures/analysis/gaps.cypher} (regions that
 * hold no demo actors). The expected answers are worked out by hand in each test.
 */
class AnalysisServiceTest extends StoreTestSupport {

    private static final String DITHMARSCHEN = "01051";

    @Autowired
    AnalysisService analyses;

    @Autowired
    CypherScripts scripts;

    @BeforeEach
    void loadFixture() {
        AnalysisFixtures.load(neo4j, "gaps.cypher");
        // The fixture is written around the app (like a Bolt client), so cached results are dropped.
        analyses.refresh();
    }

    @Test
    void an_actor_serving_a_whole_state_belongs_to_each_of_its_municipalities() {
        // FX Bremen Land is seated in Bremen (04011000) and serves state 04, so it belongs to Bremerhaven
        // (04012000) too; FX Bremerhaven belongs to Bremerhaven only. Names by code point: "Bremen " < "Bremerh".
        assertThat(regionActors("04012000")).containsExactly("FX-HB-LAND", "FX-HB-2");
        assertThat(regionActors("04011000")).containsExactly("FX-HB-LAND");
        assertThat(regionActors("04")).containsExactly("FX-HB-LAND", "FX-HB-2");
        // The state-wide actor counts in both districts of the comparison.
        assertThat(analyses.districts("04").districts())
                .extracting(DistrictComparison.District::ags, DistrictComparison.District::actors)
                .containsExactly(tuple("04011", 1L), tuple("04012", 2L));
    }

    @Test
    void phase_coverage_counts_the_regions_actors_per_phase_and_names_the_gaps() {
        // Dithmarschen: Alpha {PB, EC}, Beta {DC}, Gamma {PS}, Delta {EC}, Charlie {EC}, Epsilon {OA},
        // Zeta {OA}; FX Kiel (DC) is seated outside and does not count.
        var coverage = analyses.coverage(DITHMARSCHEN, null);
        assertThat(coverage.region()).isEqualTo(DITHMARSCHEN);
        assertThat(coverage.phases())
                .extracting(PhaseCoverage.Phase::code, PhaseCoverage.Phase::actors)
                .containsExactly(
                        tuple("PREGNANCY_BIRTH", 1L),
                        tuple("EARLY_CHILDHOOD", 3L),
                        tuple("DAYCARE", 1L),
                        tuple("PRIMARY_SCHOOL", 1L),
                        tuple("SECONDARY_SCHOOL", 0L),
                        tuple("SCHOOL_TO_WORK", 0L),
                        tuple("WORKING_LIFE", 0L),
                        tuple("RETIREMENT", 0L),
                        tuple("OLD_AGE", 2L));
        assertThat(coverage.gaps()).containsExactly("SECONDARY_SCHOOL", "SCHOOL_TO_WORK", "WORKING_LIFE", "RETIREMENT");
    }

    @Test
    void a_transition_is_bridged_by_one_actor_in_both_phases_or_by_a_cooperating_pair() {
        // PB→EC: Alpha is active in both; its cooperation with Delta (EC) is listed as a pair as well.
        // EC→DC: Beta (DC) cooperates only with Gamma; Delta's partner FX Kiel (DC) is outside: open.
        // DC→PS: nobody in both, but Beta (DC) and Gamma (PS) cooperate (stored Gamma→Beta): bridged.
        var result = analyses.transitions(DITHMARSCHEN, null);
        var transitions = result.transitions();
        assertThat(transitions).hasSize(8);
        assertThat(transitions.get(0).bridged()).isTrue();
        assertThat(transitions.get(0).actors()).extracting(ActorRef::id).containsExactly("FX-A1");
        assertThat(transitions.get(0).pairs())
                .extracting(p -> p.a().id(), p -> p.b().id())
                .containsExactly(tuple("FX-A1", "FX-A4"));
        assertThat(transitions.get(1).bridged()).isFalse();
        assertThat(transitions.get(2).bridged()).isTrue();
        assertThat(transitions.get(2).actors()).isEmpty();
        assertThat(transitions.get(2).pairs())
                .extracting(p -> p.a().id(), p -> p.b().id())
                .containsExactly(tuple("FX-A2", "FX-A3"));
        assertThat(result.gaps())
                .containsExactly(
                        List.of("EARLY_CHILDHOOD", "DAYCARE"),
                        List.of("PRIMARY_SCHOOL", "SECONDARY_SCHOOL"),
                        List.of("SECONDARY_SCHOOL", "SCHOOL_TO_WORK"),
                        List.of("SCHOOL_TO_WORK", "WORKING_LIFE"),
                        List.of("WORKING_LIFE", "RETIREMENT"),
                        List.of("RETIREMENT", "OLD_AGE"));
    }

    @Test
    void a_chain_works_on_its_contributors_with_the_phases_they_contribute() {
        // FX-CHAIN (district 01051): Alpha with its own phases {PB, EC}, Beta contributing {DC, PS},
        // Epsilon contributing {RET}. Beta alone bridges DC→PS; Gamma is no contributor, so no pair.
        var coverage = analyses.coverage(null, "FX-CHAIN");
        assertThat(coverage.region()).isEqualTo(DITHMARSCHEN);
        assertThat(coverage.phases())
                .extracting(PhaseCoverage.Phase::actors)
                .containsExactly(1L, 1L, 1L, 1L, 0L, 0L, 0L, 1L, 0L);
        var transitions = analyses.transitions(null, "FX-CHAIN").transitions();
        assertThat(transitions)
                .extracting(TransitionCoverage.Transition::bridged)
                .containsExactly(true, false, true, false, false, false, false, false);
        assertThat(transitions.get(2).actors()).extracting(ActorRef::id).containsExactly("FX-A2");
        assertThat(transitions.get(2).pairs()).isEmpty();
        assertThatThrownBy(() -> analyses.coverage(null, "FX-NO-SUCH-CHAIN"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("FX-NO-SUCH-CHAIN");
    }

    @Test
    void isolated_actors_have_no_cooperation_with_anyone_inside_or_outside_the_region() {
        // Zeta cooperates only with FX Kiel outside the district: not isolated. Epsilon and Charlie have
        // no cooperation (Epsilon's network membership is no cooperation). By name: Charlie, Epsilon.
        assertThat(analyses.isolated(DITHMARSCHEN).actors())
                .extracting(ActorRef::id)
                .containsExactly("FX-A8", "FX-A6");
    }

    @Test
    void a_pair_in_a_common_network_is_not_an_unconnected_peer() {
        // Pairs sharing a phase: Alpha–Delta (cooperate), Alpha–Charlie (EC + topic: 2), Charlie–Delta
        // (EC: 1; Charlie's name sorts first although its id is larger), Epsilon–Zeta (OA, but both in FX-NET).
        var pairs = analyses.unconnectedPeers(DITHMARSCHEN, 50).pairs();
        assertThat(pairs)
                .extracting(p -> p.a().id(), p -> p.b().id(), UnconnectedPeers.Pair::score)
                .containsExactly(tuple("FX-A1", "FX-A8", 2L), tuple("FX-A8", "FX-A4", 1L));
        assertThat(pairs.get(0).sharedPhases()).containsExactly("EARLY_CHILDHOOD");
        assertThat(pairs.get(0).sharedTopics()).containsExactly("FX Thema 1");
        assertThat(analyses.unconnectedPeers(DITHMARSCHEN, 1).pairs()).hasSize(1);
    }

    @Test
    void betweenness_on_a_path_of_five_peaks_in_the_middle() {
        // Flensburg (01001): Pfad 1–2–3–4–5 (3–4 stored reversed); n = 5, scale 2/(4*3) = 1/6:
        // Pfad 3: 4 pairs → 0.666…, Pfad 2 and 4: 3 pairs → 0.5 (tie: by name), ends 0.
        var brokers = analyses.brokers("01001", 10).actors();
        assertThat(brokers).extracting(Brokers.Broker::id).containsExactly("FX-P3", "FX-P2", "FX-P4", "FX-P1", "FX-P5");
        assertThat(brokers.stream().mapToDouble(Brokers.Broker::betweenness).toArray())
                .containsExactly(new double[] {4.0 / 6, 0.5, 0.5, 0.0, 0.0}, within(1e-12));
    }

    @Test
    void betweenness_on_a_star_counts_the_isolated_actor_in_the_normalisation() {
        // Lübeck (01003): centre with 4 leaves and one actor alone: n = 6, the centre lies on C(4,2) = 6
        // pairs: 6 * 2/(5*4) = 0.6. Zeros follow by name ("FX Stern 1" … "FX Stern 4", "FX Stern allein").
        var brokers = analyses.brokers("01003", 10).actors();
        assertThat(brokers.get(0).id()).isEqualTo("FX-S0");
        assertThat(brokers.get(0).betweenness()).isCloseTo(0.6, within(1e-12));
        assertThat(brokers)
                .extracting(Brokers.Broker::id)
                .containsExactly("FX-S0", "FX-S1", "FX-S2", "FX-S3", "FX-S4", "FX-S5");
        assertThat(analyses.brokers("01003", 2).actors()).hasSize(2);
        // Dithmarschen's 7 actors: no shortest path runs through anyone; all 0, by name.
        assertThat(analyses.brokers(DITHMARSCHEN, 3).actors())
                .extracting(Brokers.Broker::id)
                .containsExactly("FX-A1", "FX-A2", "FX-A8");
    }

    @Test
    void suggestions_rank_by_score_then_distance_then_name() {
        // For FX Vorschlag Suchende (Husum), topic "FX Vorschlag" shared by B1–B4, B6 and C (3 points each):
        //   Zora (Ahrensburg, ~118 km): topic + common partner C = 4
        //   Carla (Eckernförde, ~50 km) 3; Anna and Berta (both Plön, ~95 km) 3, tie broken by name;
        //   Ohne Ort (10042999, no location) 3, after every distance;
        //   Nachbar (Husum, 0 km): same district + common event FX-E1 = 2.
        //   C cooperates with her already: not suggested; the demo actors share nothing: score 0.
        var suggestions = analyses.suggestions("FX-X", null, null, null, 20).suggestions();
        assertThat(suggestions)
                .extracting(Suggestions.Suggestion::id, Suggestions.Suggestion::score)
                .containsExactly(
                        tuple("FX-B4", 4L),
                        tuple("FX-B3", 3L),
                        tuple("FX-B2", 3L),
                        tuple("FX-B1", 3L),
                        tuple("FX-B6", 3L),
                        tuple("FX-B5", 2L));
        var zora = suggestions.get(0);
        assertThat(zora.sharedTopics()).containsExactly("FX Vorschlag");
        assertThat(zora.commonPartners()).containsExactly("FX-C");
        assertThat(zora.sameDistrict()).isFalse();
        assertThat(zora.distanceKm()).isCloseTo(118, within(2.0));
        assertThat(suggestions.get(4).distanceKm()).isNull();
        var neighbour = suggestions.get(5);
        assertThat(neighbour.sameDistrict()).isTrue();
        assertThat(neighbour.commonEvents()).containsExactly("FX-E1");
        assertThat(neighbour.distanceKm()).isEqualTo(0.0);
        // The topic filter drops the neighbour, who works on no topic.
        assertThat(analyses.suggestions("FX-X", null, "FX Vorschlag", null, 20).suggestions())
                .extracting(Suggestions.Suggestion::id)
                .containsExactly("FX-B4", "FX-B3", "FX-B2", "FX-B1", "FX-B6");
        assertThat(analyses.suggestions("FX-X", null, null, null, 2).suggestions())
                .hasSize(2);
    }

    @Test
    void a_radius_includes_a_seat_at_exactly_that_distance() {
        double toPloen = distanceKm("01054056", "01057057");
        // Within the exact distance to Plön: Carla (~50 km), Anna and Berta (at the boundary), Nachbar (0);
        // not Zora (~118 km) nor Ohne Ort (no location).
        assertThat(analyses.suggestions("FX-X", null, null, toPloen, 20).suggestions())
                .extracting(Suggestions.Suggestion::id)
                .containsExactly("FX-B3", "FX-B2", "FX-B1", "FX-B5");
        assertThat(analyses.suggestions("FX-X", null, null, Math.nextDown(toPloen), 20)
                        .suggestions())
                .extracting(Suggestions.Suggestion::id)
                .containsExactly("FX-B3", "FX-B5");
    }

    @Test
    void collaborators_for_a_municipality_are_those_belonging_to_it_or_seated_within_the_radius() {
        // Plön (01057057), topic "FX Vorschlag": Anna and Berta are seated there (0 km, by name), Carla
        // serves district 01057 (~51 km). With the radius set to the distance to Ahrensburg (~55 km):
        // also C in Bad Segeberg (~26 km) and Zora in Ahrensburg (at the boundary); not Husum (~95 km).
        var plain =
                analyses.collaborators("01057057", null, "fx-vorschlag", null).actors();
        assertThat(plain)
                .extracting(Collaborators.Collaborator::id, Collaborators.Collaborator::serves)
                .containsExactly(tuple("FX-B2", true), tuple("FX-B1", true), tuple("FX-B3", true));
        double toAhrensburg = distanceKm("01057057", "01062001");
        assertThat(analyses.collaborators("01057057", null, "fx-vorschlag", toAhrensburg)
                        .actors())
                .extracting(Collaborators.Collaborator::id, Collaborators.Collaborator::serves)
                .containsExactly(
                        tuple("FX-B2", true),
                        tuple("FX-B1", true),
                        tuple("FX-C", false),
                        tuple("FX-B3", true),
                        tuple("FX-B4", false));
        // A municipality without a location: only who belongs to it, with no distance.
        assertThat(analyses.collaborators("10042999", null, "fx-vorschlag", 10_000.0)
                        .actors())
                .containsExactly(new Collaborators.Collaborator("FX-B6", "FX Vorschlag Ohne Ort", null, true));
        assertThatThrownBy(() -> analyses.collaborators("01057057", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phase")
                .hasMessageContaining("topic");
    }

    @Test
    void district_density_is_zero_with_no_actor_and_with_one() {
        // Saarland: only FX Vorschlag Ohne Ort (10042999, district 10042, phases RET and OA, no cooperation).
        var districts = analyses.districts("10").districts();
        assertThat(districts).extracting(DistrictComparison.District::ags).contains("10041", "10042");
        var empty = districts.stream()
                .filter(d -> d.ags().equals("10041"))
                .findFirst()
                .orElseThrow();
        assertThat(empty)
                .extracting(
                        DistrictComparison.District::actors,
                        DistrictComparison.District::density,
                        DistrictComparison.District::actorsPer10k,
                        DistrictComparison.District::isolated)
                .containsExactly(0L, 0.0, 0.0, 0L);
        var one = districts.stream()
                .filter(d -> d.ags().equals("10042"))
                .findFirst()
                .orElseThrow();
        long population = count("MATCH (d:District {ags: '10042'}) RETURN d.population");
        assertThat(one.actors()).isEqualTo(1);
        assertThat(one.density()).isEqualTo(0.0);
        assertThat(one.actorsPer10k()).isCloseTo(10_000.0 / population, within(1e-12));
        assertThat(one.coveredPhases()).isEqualTo(2);
        assertThat(one.bridgedTransitions()).isEqualTo(1);
        assertThat(one.isolated()).isEqualTo(1);
        // Bremen: 04012 holds the state-wide actor and FX Bremerhaven, who cooperate: N = 2, E = 1,
        // density 2·1/(2·1) = 1; DC and PS covered, DC→PS bridged by the pair.
        var bremerhaven = analyses.districts("04").districts().get(1);
        assertThat(bremerhaven)
                .extracting(
                        DistrictComparison.District::cooperations,
                        DistrictComparison.District::density,
                        DistrictComparison.District::coveredPhases,
                        DistrictComparison.District::bridgedTransitions,
                        DistrictComparison.District::isolated)
                .containsExactly(1L, 1.0, 2L, 1L, 0L);
    }

    @Test
    void results_do_not_depend_on_the_direction_a_cooperation_was_stored_in() {
        var before = everything();
        try {
            flipFixtureCooperations();
            assertThat(everything()).isEqualTo(before);
        } finally {
            flipFixtureCooperations();
        }
    }

    @Test
    void unknown_regions_actors_and_codes_are_refused_naming_them() {
        assertThatThrownBy(() -> analyses.isolated("99999"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("99999");
        assertThatThrownBy(() -> analyses.suggestions("FX-NOBODY", null, null, null, 5))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("FX-NOBODY");
        assertThatThrownBy(() -> analyses.suggestions("FX-X", "TEENS", null, null, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TEENS")
                .hasMessageContaining("phase");
        assertThatThrownBy(() -> analyses.suggestions("FX-X", null, null, -1.0, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("radiusKm");
        assertThatThrownBy(() -> analyses.districts("99")).isInstanceOf(NotFoundException.class);
    }

    private List<Object> everything() {
        return List.of(
                analyses.coverage(DITHMARSCHEN, null),
                analyses.transitions(DITHMARSCHEN, null),
                analyses.transitions(null, "FX-CHAIN"),
                analyses.unconnectedPeers(DITHMARSCHEN, 50),
                analyses.isolated(DITHMARSCHEN),
                analyses.brokers("01001", 10),
                analyses.brokers("01003", 10),
                analyses.suggestions("FX-X", null, null, null, 20),
                analyses.districts("04"));
    }

    private void flipFixtureCooperations() {
        neo4j.query("""
                        MATCH (a:Actor)-[c:COOPERATES_WITH]->(b:Actor)
                        WHERE a.id STARTS WITH 'FX-' AND b.id STARTS WITH 'FX-'
                        WITH a, b, c, properties(c) AS props
                        DELETE c
                        CREATE (b)-[n:COOPERATES_WITH]->(a)
                        SET n = props""").run();
        analyses.refresh();
    }

    private List<String> regionActors(String region) {
        return List.copyOf(neo4j.query(scripts.statements("analysis/region_actors.cypher")
                                .getFirst())
                        .bindAll(Map.of(
                                "region",
                                region,
                                "asOf",
                                de.kooperationsatlas.base.Dates.today().toString()))
                        .fetchAs(String.class)
                        .mappedBy((types, r) -> r.get("id").asString())
                        .all())
                .stream()
                .filter(id -> id.startsWith("FX-"))
                .toList();
    }

    private double distanceKm(String from, String to) {
        return neo4j.query("""
                        MATCH (a:Municipality {ags: $from}), (b:Municipality {ags: $to})
                        RETURN point.distance(a.location, b.location) / 1000.0""")
                .bindAll(Map.of("from", from, "to", to))
                .fetchAs(Double.class)
                .one()
                .orElseThrow();
    }
}
