package de.kooperationsatlas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.AnalysisService;
import de.kooperationsatlas.analysis.PhaseActors;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.structure.StructureService;
import de.kooperationsatlas.structure.TimeFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The network picture's payload from the real store with the demo data, checked against Cypher. */
class GraphServiceTest extends StoreTestSupport {

    @Autowired
    GraphService graphs;

    @Autowired
    AnalysisService analyses;

    @Autowired
    PhaseActors phaseActors;

    /** The region's actors by the contract's rule, the same file the analyses use. */
    private Set<String> regionActors(String region) {
        return new HashSet<>(neo4j.query(new CypherScripts()
                        .statements("analysis/region_actors.cypher")
                        .getFirst())
                .bindAll(Map.of("region", region, "asOf", Dates.today().toString()))
                .fetchAs(String.class)
                .mappedBy((t, r) -> r.get("id").asString())
                .all());
    }

    private long cooperationsAmong(Set<String> ids) {
        return count(
                "MATCH (a:Actor)-[c:COOPERATES_WITH]-(b:Actor) WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id"
                        // active today: the picture leaves ended cooperations out (contract, "Time")
                        + " AND (c.since IS NULL OR c.since <= left($today, size(c.since)))"
                        + " AND (c.until IS NULL OR c.until >= left($today, size(c.until)))"
                        + " RETURN count(DISTINCT [a.id, b.id])",
                Map.of("ids", List.copyOf(ids), "today", Dates.today().toString()));
    }

    @Test
    void the_picture_of_harz_holds_its_actors_their_cooperations_brokers_and_isolated_actors() {
        var graph = graphs.region("15085", GraphFilter.NONE);
        var ids = regionActors("15085");

        assertThat(graph.tooLarge()).isFalse();
        assertThat(graph.scope().name()).isEqualTo("Harz");
        assertThat(graph.nodes()).extracting(NetworkGraph.Node::id).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(graph.scopeActors()).isEqualTo(ids.size());
        assertThat((long) graph.edges().size())
                .isEqualTo(cooperationsAmong(ids))
                .isPositive();
        assertThat(graph.edges()).allSatisfy(e -> {
            assertThat(e.source()).isLessThan(e.target());
            assertThat(ids).contains(e.source(), e.target());
        });
        var isolated =
                analyses.isolated("15085").actors().stream().map(ActorRef::id).toList();
        assertThat(isolated).contains("HZ-SSB", "HZ-THALE", "HZ-MGH-BLB");
        assertThat(graph.nodes())
                .filteredOn(NetworkGraph.Node::isolated)
                .extracting(NetworkGraph.Node::id)
                .containsExactlyInAnyOrderElementsOf(isolated);
        var brokers = analyses.brokers("15085", 1).actors().getFirst();
        assertThat(graph.nodes())
                .filteredOn(n -> n.id().equals(brokers.id()))
                .singleElement()
                .satisfies(n -> assertThat(n.betweenness()).isCloseTo(brokers.betweenness(), within(1e-12)));
        var office = graph.nodes().stream()
                .filter(n -> n.id().equals("HZ-GA"))
                .findFirst()
                .orElseThrow();
        assertThat(office.type()).isEqualTo("PUBLIC_HEALTH_OFFICE");
        assertThat(office.seatAgs()).isEqualTo("15085135");
        assertThat(office.seatName()).startsWith("Halberstadt");
        assertThat(office.phases()).isNotEmpty();
    }

    @Test
    void filters_narrow_actors_by_phase_type_and_topic_and_cooperations_by_kind() {
        var all = graphs.region("15085", GraphFilter.NONE);
        var daycare = graphs.region("15085", new GraphFilter(LifePhase.DAYCARE, null, null, null));
        assertThat(daycare.nodes()).isNotEmpty().hasSizeLessThan(all.nodes().size());
        assertThat(daycare.nodes()).allSatisfy(n -> assertThat(n.phases()).contains("DAYCARE"));
        assertThat(daycare.matchingActors()).isEqualTo(daycare.nodes().size());
        assertThat(daycare.scopeActors()).isEqualTo(all.scopeActors());
        var kept = daycare.nodes().stream().map(NetworkGraph.Node::id).toList();
        assertThat(daycare.edges()).allSatisfy(e -> assertThat(kept).contains(e.source(), e.target()));

        var offices = graphs.region("15085", new GraphFilter(null, null, ActorType.PUBLIC_HEALTH_OFFICE, null));
        assertThat(offices.nodes())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.type()).isEqualTo("PUBLIC_HEALTH_OFFICE"));

        String topic = all.nodes().stream()
                .flatMap(n -> n.topics().stream())
                .findFirst()
                .orElseThrow();
        var onTopic = graphs.region("15085", new GraphFilter(null, topic, null, null));
        assertThat(onTopic.nodes())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n.topics()).contains(topic));

        var exchange = graphs.region("15085", new GraphFilter(null, null, null, CooperationKind.EXCHANGE));
        assertThat(exchange.nodes()).hasSameSizeAs(all.nodes());
        assertThat(exchange.edges())
                .isNotEmpty()
                .hasSizeLessThan(all.edges().size())
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo("EXCHANGE"));
    }

    @Test
    void the_chain_picture_shows_its_contributors_with_the_phases_they_contribute() {
        var graph = graphs.chain("GERA-PK", GraphFilter.NONE);
        long contributors =
                count("MATCH (:Actor)-[:CONTRIBUTES_TO]->(:PreventionChain {id: 'GERA-PK'}) RETURN count(*)");
        assertThat((long) graph.nodes().size()).isEqualTo(contributors).isEqualTo(11);
        assertThat(graph.scope().kind()).isEqualTo(GraphScope.Kind.CHAIN);
        var ids =
                new HashSet<>(graph.nodes().stream().map(NetworkGraph.Node::id).toList());
        assertThat((long) graph.edges().size()).isEqualTo(cooperationsAmong(ids));
        assertThat(graph.nodes())
                .filteredOn(n -> n.id().equals("GERA-JA"))
                .singleElement()
                .satisfies(n -> assertThat(n.phases()).containsExactly("PREGNANCY_BIRTH", "EARLY_CHILDHOOD"));
        assertThat(graph.nodes()).noneSatisfy(n -> assertThat(n.phases()).contains("RETIREMENT"));
        // Betweenness on the chain's own cooperation graph: someone links the contributors.
        assertThat(graph.nodes()).anySatisfy(n -> assertThat(n.betweenness()).isPositive());
    }

    @Test
    void the_network_picture_shows_its_members() {
        String network = neo4j.query("MATCH (n:Network)<-[:MEMBER_OF]-() RETURN n.id AS id ORDER BY id LIMIT 1")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
        long members = count(
                "MATCH (a:Actor)-[:MEMBER_OF]->(:Network {id: $id}) RETURN count(DISTINCT a)", Map.of("id", network));
        var graph = graphs.network(network, GraphFilter.NONE);
        assertThat((long) graph.nodes().size()).isEqualTo(members);
        assertThat(graph.scope().kind()).isEqualTo(GraphScope.Kind.NETWORK);
    }

    @Test
    void the_picture_as_of_a_date_shows_the_active_actors_cooperations_and_memberships() throws Exception {
        TimeFixture.load(neo4j);
        try {
            var early = graphs.region(TimeFixture.DISTRICT, GraphFilter.NONE, LocalDate.parse("2021-12-31"));
            assertThat(early.nodes())
                    .extracting(NetworkGraph.Node::id)
                    .containsExactlyInAnyOrder("SX-ZA", "SX-ZB", "SX-ZC", "SX-ZE");
            assertThat(pairs(early)).containsExactly("SX-ZA-SX-ZB", "SX-ZA-SX-ZE", "SX-ZB-SX-ZC");
            // Between ZB-ZC's end and ZA-ZC's start SX-ZC has no active cooperation: isolated then.
            var between = graphs.region(TimeFixture.DISTRICT, GraphFilter.NONE, LocalDate.parse("2023-04-23"));
            assertThat(between.nodes())
                    .extracting(NetworkGraph.Node::id)
                    .containsExactlyInAnyOrder("SX-ZA", "SX-ZB", "SX-ZC");
            assertThat(pairs(between)).containsExactly("SX-ZA-SX-ZB");
            assertThat(between.nodes())
                    .filteredOn(NetworkGraph.Node::isolated)
                    .extracting(NetworkGraph.Node::id)
                    .containsExactly("SX-ZC");
            var late = graphs.region(TimeFixture.DISTRICT, GraphFilter.NONE, LocalDate.parse("2024-01-01"));
            assertThat(pairs(late)).containsExactly("SX-ZA-SX-ZB", "SX-ZA-SX-ZC", "SX-ZA-SX-ZD");
            assertThat(late.nodes()).noneMatch(NetworkGraph.Node::isolated);
            // The star's centre lies on the three paths between its leaves; the leaves on none.
            assertThat(late.nodes())
                    .allSatisfy(n -> assertThat(n.betweenness() > 0).isEqualTo(n.id().equals("SX-ZA")));

            // Memberships: SX-ZB's ended with 2022, SX-ZD is an actor from 2024.
            assertThat(graphs.network("SX-ZN", GraphFilter.NONE, LocalDate.parse("2022-12-31"))
                            .nodes())
                    .extracting(NetworkGraph.Node::id)
                    .containsExactlyInAnyOrder("SX-ZA", "SX-ZB");
            assertThat(graphs.network("SX-ZN", GraphFilter.NONE, LocalDate.parse("2023-01-01"))
                            .nodes())
                    .extracting(NetworkGraph.Node::id)
                    .containsExactly("SX-ZA");
            var members = graphs.network("SX-ZN", GraphFilter.NONE, LocalDate.parse("2024-06-01"));
            assertThat(members.nodes()).extracting(NetworkGraph.Node::id).containsExactlyInAnyOrder("SX-ZA", "SX-ZD");
            assertThat(pairs(members)).containsExactly("SX-ZA-SX-ZD");

            var http = HttpClient.newHttpClient();
            String token = Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
            var ok = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/graph?region="
                                    + TimeFixture.DISTRICT + "&asOf=2021"))
                            .header("Authorization", "Basic " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            var body = new ObjectMapper().readTree(ok.body());
            assertThat(body.get("nodes")).hasSize(4);
            assertThat(body.get("edges")).hasSize(3);
            var bad = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/graph?region="
                                    + TimeFixture.DISTRICT + "&asOf=gestern"))
                            .header("Authorization", "Basic " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(new ObjectMapper().readTree(bad.body()).get("detail").asText())
                    .contains("asOf", "gestern");
        } finally {
            TimeFixture.remove(neo4j);
        }
    }

    @Test
    void a_comparison_holds_both_dates_and_marks_what_was_added_and_what_ended() throws Exception {
        TimeFixture.load(neo4j);
        try {
            var compared = graphs.of(
                    TimeFixture.DISTRICT,
                    null,
                    null,
                    GraphFilter.NONE,
                    LocalDate.parse("2024-01-01"),
                    LocalDate.parse("2021-12-31"));
            // 2021-12-31: ZA ZB ZC ZE with ZA-ZB ZA-ZE ZB-ZC; 2024-01-01: ZA ZB ZC ZD with ZA-ZB ZA-ZC ZA-ZD.
            assertThat(compared.nodes().stream().map(n -> n.id() + ":" + n.change()))
                    .containsExactlyInAnyOrder("SX-ZA:same", "SX-ZB:same", "SX-ZC:same", "SX-ZD:added", "SX-ZE:ended");
            assertThat(compared.edges().stream().map(e -> e.source() + "-" + e.target() + ":" + e.change()))
                    .containsExactly(
                            "SX-ZA-SX-ZB:same",
                            "SX-ZA-SX-ZC:added",
                            "SX-ZA-SX-ZD:added",
                            "SX-ZA-SX-ZE:ended",
                            "SX-ZB-SX-ZC:ended");
            assertThat(compared.edges())
                    .filteredOn(e -> e.target().equals("SX-ZC"))
                    .extracting(e -> e.since() + "/" + e.until())
                    .containsExactly("2023-04-24/null", "null/2022");
            assertThat(compared.matchingActors()).isEqualTo(5);
            // The same date twice: nothing changed.
            var day = LocalDate.parse("2023-04-23");
            assertThat(graphs.of(TimeFixture.DISTRICT, null, null, GraphFilter.NONE, day, day)
                            .edges())
                    .extracting(NetworkGraph.Edge::change)
                    .containsOnly(NetworkGraph.SAME);
            // Without compare the payload has no change field at all.
            var plain = graphs.of(TimeFixture.DISTRICT, null, null, GraphFilter.NONE, day, null);
            assertThat(plain.nodes()).extracting(NetworkGraph.Node::change).containsOnlyNulls();
            assertThat(graphs.json(plain)).doesNotContain("\"change\"").contains("\"until\"");

            var http = HttpClient.newHttpClient();
            String token = Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
            var base = "http://localhost:" + port + "/api/graph?region=" + TimeFixture.DISTRICT + "&asOf=2024-01-01";
            var ok = http.send(
                    HttpRequest.newBuilder(URI.create(base + "&compare=2021"))
                            .header("Authorization", "Basic " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            var body = new ObjectMapper().readTree(ok.body());
            assertThat(body.get("nodes")).hasSize(5);
            assertThat(body.get("edges")).hasSize(5);
            assertThat(body.get("edges").get(3).get("change").asText()).isEqualTo("ended");
            for (var bad : List.of("gestern", "2025")) {
                var answer = http.send(
                        HttpRequest.newBuilder(URI.create(base + "&compare=" + bad))
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(bad).isEqualTo(400);
                assertThat(new ObjectMapper()
                                .readTree(answer.body())
                                .get("detail")
                                .asText())
                        .contains("compare", bad);
            }
        } finally {
            TimeFixture.remove(neo4j);
        }
    }

    @Test
    void the_comparison_of_harz_is_the_difference_of_its_two_pictures() {
        var before = graphs.region("15085", GraphFilter.NONE, LocalDate.parse("2023-12-31"));
        var after = graphs.region("15085", GraphFilter.NONE, LocalDate.parse("2025-12-31"));
        var compared = graphs.of(
                "15085", null, null, GraphFilter.NONE, LocalDate.parse("2025-12-31"), LocalDate.parse("2023-12-31"));
        var beforeEdges = new HashSet<>(pairs(before));
        var afterEdges = new HashSet<>(pairs(after));
        for (var edge : compared.edges()) {
            String pair = edge.source() + "-" + edge.target();
            String expected = afterEdges.contains(pair)
                    ? (beforeEdges.contains(pair) ? NetworkGraph.SAME : NetworkGraph.ADDED)
                    : NetworkGraph.ENDED;
            assertThat(edge.change()).as(pair).isEqualTo(expected);
        }
        var union = new HashSet<>(beforeEdges);
        union.addAll(afterEdges);
        assertThat(pairs(compared)).containsExactlyInAnyOrderElementsOf(union);
        // The demo's history: HZ-EMP–HZ-KSB ended on 2023-12-31 (active that day, not in 2025), the Kita
        // HZ-KITA-WR closed on 2024-07-31 with its two cooperations.
        assertThat(compared.edges())
                .filteredOn(e -> NetworkGraph.ENDED.equals(e.change()))
                .extracting(e -> e.source() + "-" + e.target())
                .containsExactly("HZ-EMP-HZ-KSB", "HZ-GA-HZ-KITA-WR", "HZ-KITA-WR-HZ-KSB");
        assertThat(compared.edges()).anyMatch(e -> NetworkGraph.ADDED.equals(e.change()));
        assertThat(compared.nodes())
                .filteredOn(n -> NetworkGraph.ENDED.equals(n.change()))
                .extracting(NetworkGraph.Node::id)
                .containsExactly("HZ-KITA-WR");
    }

    private static List<String> pairs(NetworkGraph graph) {
        return graph.edges().stream()
                .map(e -> e.source() + "-" + e.target())
                .sorted()
                .toList();
    }

    @Test
    void above_the_limit_the_picture_holds_only_the_counts() {
        var small = new GraphService(
                neo4j,
                new CypherScripts(),
                regionService,
                networkService,
                chainService,
                structureService,
                jsonMapper,
                5);
        var graph = small.region("15085", GraphFilter.NONE);
        assertThat(graph.tooLarge()).isTrue();
        assertThat(graph.nodes()).isEmpty();
        assertThat(graph.edges()).isEmpty();
        assertThat(graph.matchingActors()).isEqualTo(regionActors("15085").size());
        assertThat(graph.maxNodes()).isEqualTo(5);
        // A narrower filter fits again.
        var offices = small.region("15085", new GraphFilter(null, null, ActorType.PUBLIC_HEALTH_OFFICE, null));
        assertThat(offices.tooLarge()).isFalse();
        assertThat(offices.nodes()).isNotEmpty();
    }

    @Autowired
    RegionService regionService;

    @Autowired
    NetworkService networkService;

    @Autowired
    ChainService chainService;

    @Autowired
    JsonMapper jsonMapper;

    @Autowired
    StructureService structureService;

    @Test
    void a_regions_picture_carries_the_structure_analyses_figures_of_g_r() {
        var today = Dates.today();
        for (String region : List.of("15085", "15")) {
            var graph = graphs.region(region, GraphFilter.NONE);
            Map<String, NetworkGraph.Node> byId = new java.util.HashMap<>();
            graph.nodes().forEach(n -> byId.put(n.id(), n));

            var communities = structureService.communities(region, 1.0, today).communities();
            for (int c = 0; c < communities.size(); c++) {
                for (String id : communities.get(c).actors()) {
                    assertThat(byId.get(id).community()).as(region + " " + id).isEqualTo(c);
                }
            }
            var cuts = structureService.cutPoints(region, today);
            Map<String, Integer> separates = new java.util.HashMap<>();
            cuts.actors().forEach(p -> separates.put(p.id(), p.separates()));
            assertThat(separates).isNotEmpty();
            for (var node : graph.nodes()) {
                assertThat(node.separates()).as(node.id()).isEqualTo(separates.getOrDefault(node.id(), 0));
            }
            assertThat(graph.edges())
                    .filteredOn(NetworkGraph.Edge::critical)
                    .extracting(e -> e.source() + "|" + e.target())
                    .containsExactlyInAnyOrderElementsOf(cuts.cooperations().stream()
                            .map(c -> c.a() + "|" + c.b())
                            .toList());
            var holes = structureService.structuralHoles(region, 10_000, today).actors();
            for (var actor : holes) {
                var node = byId.get(actor.id());
                assertThat(node.partners()).as(actor.id()).isEqualTo(actor.degree());
                assertThat(node.constraint()).as(actor.id()).isEqualTo(actor.constraint());
                assertThat(node.effectiveSize()).as(actor.id()).isEqualTo(actor.effectiveSize());
            }
            var brokers = structureService.brokerage(region, 10_000, today).actors();
            for (var broker : brokers) {
                assertThat(byId.get(broker.id()).sector()).isEqualTo(broker.sector());
                assertThat(byId.get(broker.id()).crossSector()).as(broker.id()).isEqualTo(broker.crossSector());
            }
        }
    }

    @Test
    void an_actors_ego_network_is_a_picture_of_exactly_the_ego_networks_actors_and_cooperations() {
        var today = Dates.today();
        for (int depth = 1; depth <= 3; depth++) {
            var ego = structureService.egoNetwork("HZ-GA", depth, today);
            var graph = graphs.of(new GraphRequest(null, null, null, "HZ-GA", depth), GraphFilter.NONE, today, null);
            assertThat(graph.scope().kind()).isEqualTo(GraphScope.Kind.ACTOR);
            assertThat(graph.scope().depth()).isEqualTo(depth);
            assertThat(graph.scope().name()).isEqualTo("Gesundheitsamt des Landkreises Harz");
            assertThat(graph.nodes())
                    .extracting(NetworkGraph.Node::id)
                    .containsExactlyInAnyOrderElementsOf(
                            ego.actors().stream().map(m -> m.id()).toList());
            assertThat(graph.edges())
                    .extracting(e -> List.of(e.source(), e.target()))
                    .containsExactlyInAnyOrderElementsOf(ego.cooperations());
        }
        assertThatThrownBy(
                        () -> graphs.of(new GraphRequest(null, null, null, "HZ-GA", 4), GraphFilter.NONE, today, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("depth");
        assertThatThrownBy(
                        () -> graphs.of(new GraphRequest(null, null, null, "NOPE", 2), GraphFilter.NONE, today, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        graphs.of(new GraphRequest("15085", null, null, "HZ-GA", 2), GraphFilter.NONE, today, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actors_per_phase_match_the_phase_coverage_for_a_region_and_a_chain() {
        for (var scope : List.of(new String[] {"15085", null}, new String[] {null, "GERA-PK"})) {
            var lists = phaseActors.of(scope[0], scope[1]);
            var coverage = analyses.coverage(scope[0], scope[1]);
            assertThat(lists.keySet()).containsExactly(LifePhase.values());
            for (var phase : coverage.phases()) {
                assertThat((long) lists.get(LifePhase.valueOf(phase.code())).size())
                        .as(phase.code())
                        .isEqualTo(phase.actors());
            }
        }
        assertThat(phaseActors.of(null, "GERA-PK").get(LifePhase.RETIREMENT)).isEmpty();
    }

    @Test
    void unknown_scopes_and_codes_are_reported_by_name() {
        assertThatThrownBy(() -> graphs.region("99999", GraphFilter.NONE))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("99999");
        assertThatThrownBy(() -> graphs.chain("NOPE", GraphFilter.NONE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> GraphFilter.parse("CHILDHOOD", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CHILDHOOD")
                .hasMessageContaining("phase");
        assertThatThrownBy(() -> graphs.of("15085", null, "GERA-PK", GraphFilter.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_api_answers_the_same_payload_as_json_and_problems_as_problem_json() throws Exception {
        var http = HttpClient.newHttpClient();
        String token = Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8));
        var ok = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/graph?region=15085&kind=EXCHANGE"))
                        .header("Authorization", "Basic " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        var body = new ObjectMapper().readTree(ok.body());
        var expected = graphs.region("15085", new GraphFilter(null, null, null, CooperationKind.EXCHANGE));
        assertThat(body.get("nodes")).hasSize(expected.nodes().size());
        assertThat(body.get("edges")).hasSize(expected.edges().size());
        assertThat(body.get("scope").get("key").asText()).isEqualTo("15085");
        var node = body.get("nodes").get(0);
        for (String field :
                List.of("id", "name", "type", "seatAgs", "seatName", "phases", "topics", "betweenness", "isolated")) {
            assertThat(node.has(field)).as(field).isTrue();
        }
        var edge = body.get("edges").get(0);
        for (String field : List.of("source", "target", "kind", "intensity", "since", "until", "critical")) {
            assertThat(edge.has(field)).as(field).isTrue();
        }
        for (String field :
                List.of("sector", "community", "separates", "partners", "effectiveSize", "constraint", "crossSector")) {
            assertThat(node.has(field)).as(field).isTrue();
        }
        assertThat(node.has("change")).isFalse();
        assertThat(edge.has("change")).isFalse();
        var missing = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/graph?region=99999"))
                        .header("Authorization", "Basic " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(missing.body()).contains("99999");

        var ego = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/graph?actor=HZ-GA&depth=1"))
                        .header("Authorization", "Basic " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ego.statusCode()).as(ego.body()).isEqualTo(200);
        var egoBody = new ObjectMapper().readTree(ego.body());
        assertThat(egoBody.get("scope").get("kind").asText()).isEqualTo("ACTOR");
        assertThat(egoBody.get("scope").get("depth").asInt()).isEqualTo(1);
        assertThat(egoBody.get("nodes"))
                .hasSize(structureService
                        .egoNetwork("HZ-GA", 1, Dates.today())
                        .actors()
                        .size());
        assertThat(body.get("scope").has("depth")).isFalse();
        for (String bad : List.of("actor=HZ-GA&depth=4", "actor=HZ-GA&depth=zwei", "actor=HZ-GA&region=15085")) {
            var refused = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/graph?" + bad))
                            .header("Authorization", "Basic " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).doesNotContain("Exception");
        }
    }
}
