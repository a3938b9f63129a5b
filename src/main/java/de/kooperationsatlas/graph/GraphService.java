package de.kooperationsatlas.graph;

import de.kooperationsatlas.analysis.Betweenness;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ParameterException;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.network.NetworkService;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.structure.StructureFigures;
import de.kooperationsatlas.structure.StructureService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network picture (Netzwerkbild) of a region, a network or a prevention chain, as one payload:
 * the actors with type, seat, phases, topics, betweenness and whether they are isolated, and the
 * cooperations among them with kind, intensity and since. The region's actors are the contract's
 * ({@code cypher/analysis/region_actors.cypher}); the rest is Cypher in {@code cypher/graph/}.
 * Every picture is as of a date (the contract's {@code asOf}): only actors active then, only
 * cooperations active then between them, a network's members by memberships active then, a chain's
 * contributors active then. Betweenness is computed on the picture's scope at that date (for a region:
 * G(R, asOf), as the brokers analysis defines it).
 */
@Service
@Transactional(readOnly = true)
public class GraphService {

    private final Neo4jClient neo4j;
    private final CypherScripts scripts;
    private final RegionService regions;
    private final NetworkService networks;
    private final ChainService chains;
    private final StructureService structure;
    private final JsonMapper json;
    private final int maxNodes;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    GraphService(
            Neo4jClient neo4j,
            CypherScripts scripts,
            RegionService regions,
            NetworkService networks,
            ChainService chains,
            StructureService structure,
            JsonMapper json,
            @org.springframework.beans.factory.annotation.Value("${atlas.graph.max-nodes:2500}") int maxNodes) {
        this.neo4j = neo4j;
        this.scripts = scripts;
        this.regions = regions;
        this.networks = networks;
        this.chains = chains;
        this.structure = structure;
        this.json = json;
        this.maxNodes = maxNodes;
    }

    /** The configured largest picture ({@code atlas.graph.max-nodes}). */
    public int maxNodes() {
        return maxNodes;
    }

    /** The picture of a region's actors (by the contract's rule) today. */
    public NetworkGraph region(String ags, GraphFilter filter) {
        return region(ags, filter, Dates.today());
    }

    /** The picture of a region's actors (by the contract's rule) active at {@code asOf}. */
    public NetworkGraph region(String ags, GraphFilter filter, LocalDate asOf) {
        var region = regions.find(ags).orElseThrow(() -> new NotFoundException("region", ags));
        var actors = List.copyOf(neo4j.query(statement("analysis/region_actors.cypher"))
                .bindAll(Map.of("region", ags, "asOf", asOf.toString()))
                .fetchAs(String.class)
                .mappedBy((types, r) -> r.get("id").asString())
                .all());
        var scope = new GraphScope(GraphScope.Kind.REGION, ags, region.name());
        return picture(scope, scoped(actors), filter, asOf);
    }

    /** The picture of a network's members today. */
    public NetworkGraph network(String id, GraphFilter filter) {
        return network(id, filter, Dates.today());
    }

    /** The picture of a network's members at {@code asOf}: active actors by active memberships. */
    public NetworkGraph network(String id, GraphFilter filter, LocalDate asOf) {
        var network = networks.find(id).orElseThrow(() -> new NotFoundException("network", id));
        var members = List.copyOf(neo4j.query("""
                        MATCH (a:Actor)-[m:MEMBER_OF]->(:Network {id: $network})
                        WHERE (m.since IS NULL OR m.since <= left(toString($asOf), size(m.since)))
                          AND (m.until IS NULL OR m.until >= left(toString($asOf), size(m.until)))
                          AND (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since)))
                          AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
                        RETURN DISTINCT a.id AS id""")
                .bindAll(Map.of("network", id, "asOf", asOf.toString()))
                .fetchAs(String.class)
                .mappedBy((types, r) -> r.get("id").asString())
                .all());
        var scope = new GraphScope(GraphScope.Kind.NETWORK, id, network.name());
        return picture(scope, scoped(members), filter, asOf);
    }

    /** The picture of a chain's contributors today. */
    public NetworkGraph chain(String id, GraphFilter filter) {
        return chain(id, filter, Dates.today());
    }

    /**
     * The picture of a chain's contributors active at {@code asOf}, each with the phases it contributes
     * (its own when none).
     */
    public NetworkGraph chain(String id, GraphFilter filter, LocalDate asOf) {
        var chain = chains.find(id).orElseThrow(() -> new NotFoundException("chain", id));
        Map<String, List<String>> contributors = new LinkedHashMap<>();
        neo4j.query("""
                        MATCH (a:Actor)-[c:CONTRIBUTES_TO]->(:PreventionChain {id: $chain})
                        WHERE (a.since IS NULL OR a.since <= left(toString($asOf), size(a.since)))
                          AND (a.until IS NULL OR a.until >= left(toString($asOf), size(a.until)))
                        RETURN a.id AS id, coalesce(c.phases, []) AS phases""")
                .bindAll(Map.of("chain", id, "asOf", asOf.toString()))
                .fetch()
                .all()
                .forEach(row -> contributors.put((String) row.get("id"), strings(row.get("phases"))));
        var scope = new GraphScope(GraphScope.Kind.CHAIN, id, chain.name());
        return picture(scope, contributors, filter, asOf);
    }

    /**
     * The picture of an actor's ego network at {@code asOf}: the actors within {@code depth} steps (1–3)
     * over cooperations active then, in the whole store (as {@code GET
     * /api/actors/{id}/ego-network} defines it); the figures are those of the ego network's own graph.
     */
    public NetworkGraph ego(String actor, int depth, GraphFilter filter, LocalDate asOf) {
        var ego = structure.egoNetwork(actor, depth, asOf);
        var ids = ego.actors().stream().map(m -> m.id()).toList();
        var name = neo4j.query("MATCH (a:Actor {id: $id}) RETURN a.name AS name")
                .bind(actor)
                .to("id")
                .fetchAs(String.class)
                .one()
                .orElse(actor);
        var scope = new GraphScope(GraphScope.Kind.ACTOR, actor, name, depth);
        return picture(scope, scoped(ids), filter, asOf);
    }

    /** The picture a request names (exactly one scope) at {@code asOf}, compared with {@code compare}. */
    public NetworkGraph of(GraphRequest request, GraphFilter filter, LocalDate asOf, @Nullable LocalDate compare) {
        if (request.actor() != null
                && request.region() == null
                && request.network() == null
                && request.chain() == null) {
            String actor = request.actor();
            if (compare == null) {
                return ego(actor, request.depth(), filter, asOf);
            }
            checkCompare(asOf, compare);
            return GraphComparison.of(
                    ego(actor, request.depth(), filter, compare), ego(actor, request.depth(), filter, asOf));
        }
        if (request.actor() != null) {
            throw oneScope();
        }
        return of(request.region(), request.network(), request.chain(), filter, asOf, compare);
    }

    /** The picture of exactly one of region, network and chain (the others null), today. */
    public NetworkGraph of(
            @Nullable String region, @Nullable String network, @Nullable String chain, GraphFilter filter) {
        return of(region, network, chain, filter, Dates.today());
    }

    /** The picture of exactly one of region, network and chain (the others null) at {@code asOf}. */
    public NetworkGraph of(
            @Nullable String region,
            @Nullable String network,
            @Nullable String chain,
            GraphFilter filter,
            LocalDate asOf) {
        int given = (region == null ? 0 : 1) + (network == null ? 0 : 1) + (chain == null ? 0 : 1);
        if (given != 1) {
            throw oneScope();
        }
        if (region != null) {
            return region(region, filter, asOf);
        }
        return network != null
                ? network(network, filter, asOf)
                : chain(Optional.ofNullable(chain).orElseThrow(), filter, asOf);
    }

    /**
     * The picture at {@code asOf} compared with the one at {@code compare} (null: no comparison, the
     * picture at {@code asOf} as it is): the union of what is active at either date, every node and
     * edge marked {@link NetworkGraph#ADDED}, {@link NetworkGraph#ENDED} or {@link NetworkGraph#SAME}.
     * Each date's picture is the one {@link #of(String, String, String, GraphFilter, LocalDate)} draws
     * (scope, filter and limit at that date); an ended node shows its values at {@code compare};
     * {@code matchingActors} counts the union, {@code scopeActors} is a lower bound of the union's scope:
     * the largest of the two dates' scope sizes and {@code matchingActors}.
     * A {@code compare} after {@code asOf} is a 400 naming {@code compare}.
     */
    public NetworkGraph of(
            @Nullable String region,
            @Nullable String network,
            @Nullable String chain,
            GraphFilter filter,
            LocalDate asOf,
            @Nullable LocalDate compare) {
        if (compare == null) {
            return of(region, network, chain, filter, asOf);
        }
        checkCompare(asOf, compare);
        return GraphComparison.of(
                of(region, network, chain, filter, compare), of(region, network, chain, filter, asOf));
    }

    private static void checkCompare(LocalDate asOf, LocalDate compare) {
        if (compare.isAfter(asOf)) {
            throw new ParameterException(
                    "compare",
                    "The parameter compare (" + compare + ") is after asOf (" + asOf + ")",
                    "api.param.compareAfterAsOf",
                    compare.toString(),
                    asOf.toString());
        }
    }

    private static ParameterException oneScope() {
        return new ParameterException(
                "region", "Give exactly one of the parameters region, network, chain and actor", "api.param.oneScope");
    }

    /** The picture as the JSON text the browser component reads (and {@code GET /api/graph} answers). */
    public String json(NetworkGraph graph) {
        return json.writeValueAsString(graph);
    }

    private NetworkGraph picture(
            GraphScope scope, Map<String, List<String>> scopeActors, GraphFilter filter, LocalDate asOf) {
        // Ascending ids: the node order of G(R), so that communities are numbered as the analysis does.
        var ids = scopeActors.keySet().stream().sorted().toList();
        var rows = neo4j.query(statement("graph/graph_actors.cypher"))
                .bindAll(Map.of("ids", ids, "asOf", asOf.toString()))
                .fetch()
                .all();
        String topic = filter.topic() == null ? null : Topics.slug(filter.topic());
        List<Map<String, Object>> matching = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        for (var row : rows) {
            types.put((String) row.get("id"), (String) row.get("type"));
            var phases = phasesOf(row, scopeActors.get((String) row.get("id")));
            if (filter.phase() != null && !phases.contains(filter.phase().name())) {
                continue;
            }
            if (filter.type() != null && !filter.type().name().equals(row.get("type"))) {
                continue;
            }
            if (topic != null
                    && strings(row.get("topics")).stream().map(Topics::slug).noneMatch(topic::equals)) {
                continue;
            }
            Map<String, Object> kept = new HashMap<>(row);
            kept.put("phases", phases);
            matching.add(kept);
        }
        if (matching.size() > maxNodes) {
            return new NetworkGraph(scope, filter, ids.size(), matching.size(), maxNodes, true, List.of(), List.of());
        }
        var nodeIds = matching.stream().map(r -> (String) r.get("id")).toList();
        var figures = figuresAmong(ids, types, asOf);
        var nodes = matching.stream()
                .map(r -> {
                    String id = (String) r.get("id");
                    int v = figures.index().get(id);
                    var structure = figures.structure().actors().get(v);
                    return new NetworkGraph.Node(
                            id,
                            (String) r.get("name"),
                            String.valueOf(r.get("type")),
                            (String) r.get("seatAgs"),
                            (String) r.get("seatName"),
                            strings(r.get("phases")),
                            strings(r.get("topics")),
                            figures.betweenness()[v],
                            Boolean.TRUE.equals(r.get("isolated")),
                            structure.sector(),
                            structure.community(),
                            structure.separates(),
                            structure.partners(),
                            structure.effectiveSize(),
                            structure.constraint(),
                            structure.crossSector(),
                            null);
                })
                .toList();
        var edges = cooperations(nodeIds, asOf).stream()
                .filter(e -> filter.kind() == null || filter.kind().name().equals(e.kind()))
                .map(e -> e.withCritical(figures.structure().critical().contains(e.key())))
                .toList();
        return new NetworkGraph(scope, filter, ids.size(), matching.size(), maxNodes, false, nodes, edges);
    }

    private List<NetworkGraph.Edge> cooperations(List<String> ids, LocalDate asOf) {
        return List.copyOf(neo4j.query(statement("graph/graph_cooperations.cypher"))
                .bindAll(Map.of("ids", ids, "asOf", asOf.toString()))
                .fetchAs(NetworkGraph.Edge.class)
                .mappedBy((types, r) -> new NetworkGraph.Edge(
                        r.get("source").asString(),
                        r.get("target").asString(),
                        text(r.get("kind")),
                        r.get("intensity").isNull() ? null : r.get("intensity").asLong(),
                        text(r.get("since")),
                        text(r.get("until")),
                        false,
                        null))
                .all());
    }

    /** Betweenness and the structure figures of the scope's whole graph, per node index. */
    private record ScopeFigures(Map<String, Integer> index, double[] betweenness, StructureFigures structure) {}

    /**
     * Betweenness and the structure figures on the graph of the cooperations active at {@code asOf}
     * among these actors (ascending ids): a network's or chain's own graph, and for a region's actors
     * G(R, asOf) of the brokers and structure analyses.
     */
    private ScopeFigures figuresAmong(List<String> ids, Map<String, String> types, LocalDate asOf) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        var edges = cooperations(ids, asOf);
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int e = 0; e < edges.size(); e++) {
            from[e] = index.get(edges.get(e).source());
            to[e] = index.get(edges.get(e).target());
        }
        double[] betweenness = Betweenness.of(Betweenness.Graph.of(ids.size(), from, to));
        var structure = StructureFigures.of(ids, ids.stream().map(types::get).toList(), from, to, 1.0);
        return new ScopeFigures(index, betweenness, structure);
    }

    /** Scope actors without phases of their own in the scope (the actor's own phases count). */
    private static Map<String, List<String>> scoped(List<String> ids) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        ids.forEach(id -> result.put(id, List.of()));
        return result;
    }

    /** The contributed phases when there are some (in life-phase order), else the actor's own. */
    private static List<String> phasesOf(Map<String, Object> row, @Nullable List<String> contributed) {
        if (contributed == null || contributed.isEmpty()) {
            return strings(row.get("phases"));
        }
        return java.util.Arrays.stream(LifePhase.values())
                .map(LifePhase::name)
                .filter(contributed::contains)
                .toList();
    }

    private static List<String> strings(@Nullable Object list) {
        if (list == null) {
            return List.of();
        }
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static @Nullable String text(Value value) {
        return value.isNull() ? null : value.asObject().toString();
    }

    private String statement(String path) {
        return statements.computeIfAbsent(path, p -> {
            var found = scripts.statements(p);
            if (found.size() != 1) {
                throw new IllegalStateException("cypher/" + p + " must hold exactly one statement");
            }
            return found.getFirst();
        });
    }
}
