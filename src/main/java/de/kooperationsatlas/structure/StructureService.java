package de.kooperationsatlas.structure;

import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.analysis.AnalysisCache;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ParameterException;
import de.kooperationsatlas.base.QueryParams;
import de.kooperationsatlas.base.StoreVersion;
import de.kooperationsatlas.region.RegionService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure of a region's network as the contract defines it. The region's graph comes from
 * {@code cypher/analysis/structure_subgraph.cypher}, kept per region and date in an {@link AnalysisCache}
 * while the store is unchanged (a write anywhere drops it; writes from outside the app show after the
 * cache's time to live, {@code atlas.analysis.cache-ttl}), so the five analyses of one page fetch it once; the figures are computed in Java by the pure classes {@link Holes},
 * {@link CutSearch}, {@link Leiden} and {@link GouldFernandez}. Ego networks and paths run
 * {@code ego_network.cypher} and {@code actor_paths.cypher} on the whole store.
 *
 * <p>Every answer is as of a date (the contract's {@code asOf}): G(R, t) holds the region's actors
 * active at t and the cooperations active at t among them; an actor not active at t is unknown to the
 * ego network and the paths (404).
 */
@Service
@Transactional(readOnly = true)
public class StructureService {

    /** Actors listed when no limit is given (structural holes, brokerage, paths). */
    public static final int DEFAULT_LIMIT = 10;

    public static final int MAX_DEPTH = 3;

    /** Whether the actor is active at $asOf (the contract's rule, as {@code Dates.ACTIVE_RULE}). */
    private static final String ACTIVE_ACTOR = """
            MATCH (x:Actor {id: $id})
            RETURN (x.since IS NULL OR x.since <= left(toString($asOf), size(x.since)))
               AND (x.until IS NULL OR x.until >= left(toString($asOf), size(x.until))) AS active""";

    private final Neo4jClient neo4j;
    private final CypherScripts scripts;
    private final RegionService regions;
    private final ActorService actors;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    /** G(R, asOf) per region and date, as long as the store has not changed (and at most the time to live). */
    private final AnalysisCache graphs;

    StructureService(
            Neo4jClient neo4j,
            CypherScripts scripts,
            RegionService regions,
            ActorService actors,
            StoreVersion storeVersion,
            @Value("${atlas.analysis.cache-ttl:60s}") Duration cacheTtl) {
        this.graphs = new AnalysisCache(storeVersion, cacheTtl);
        this.neo4j = neo4j;
        this.scripts = scripts;
        this.regions = regions;
        this.actors = actors;
    }

    /** Structural holes of the region's actors, lowest constraint first, at most {@code limit}. */
    public StructuralHoles structuralHoles(String region, int limit, LocalDate asOf) {
        QueryParams.requirePositive("limit", limit);
        var g = graph(region, asOf);
        double[][] holes = Holes.of(g.graph());
        var list = new ArrayList<StructuralHoles.Actor>(g.nodes().size());
        for (int v = 0; v < g.nodes().size(); v++) {
            var node = g.nodes().get(v);
            int d = g.graph().degree(v);
            list.add(
                    d == 0
                            ? new StructuralHoles.Actor(node.id(), node.name(), 0, null, null, null)
                            : new StructuralHoles.Actor(
                                    node.id(), node.name(), d, holes[0][v], holes[0][v] / d, holes[1][v]));
        }
        list.sort(Comparator.comparing(
                        StructuralHoles.Actor::constraint, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
                .thenComparing(StructuralHoles.Actor::name)
                .thenComparing(StructuralHoles.Actor::id));
        return new StructuralHoles(region, List.copyOf(list.subList(0, Math.min(limit, list.size()))));
    }

    /** Every cut point and critical cooperation of the region's network. */
    public CutPoints cutPoints(String region, LocalDate asOf) {
        var g = graph(region, asOf);
        var found = CutSearch.of(g.graph());
        var points = new ArrayList<CutPoints.CutPoint>();
        for (int v = 0; v < g.nodes().size(); v++) {
            if (found.separates()[v] > 0) {
                var node = g.nodes().get(v);
                points.add(new CutPoints.CutPoint(node.id(), node.name(), found.separates()[v]));
            }
        }
        points.sort(Comparator.comparingInt(CutPoints.CutPoint::separates)
                .reversed()
                .thenComparing(CutPoints.CutPoint::name)
                .thenComparing(CutPoints.CutPoint::id));
        var bridges = new ArrayList<CutPoints.CriticalCooperation>();
        for (var bridge : found.bridges()) {
            String u = g.nodes().get(bridge.u()).id();
            String v = g.nodes().get(bridge.v()).id();
            bridges.add(
                    u.compareTo(v) < 0
                            ? new CutPoints.CriticalCooperation(u, v, bridge.separates())
                            : new CutPoints.CriticalCooperation(v, u, bridge.separates()));
        }
        bridges.sort(Comparator.comparingInt(CutPoints.CriticalCooperation::separates)
                .reversed()
                .thenComparing(CutPoints.CriticalCooperation::a)
                .thenComparing(CutPoints.CriticalCooperation::b));
        return new CutPoints(region, List.copyOf(points), List.copyOf(bridges));
    }

    /** The region's communities by Leiden on modularity with this resolution (≥ 0). */
    public Communities communities(String region, double resolution, LocalDate asOf) {
        if (!Double.isFinite(resolution) || resolution < 0) {
            throw new ParameterException(
                    "resolution",
                    "The parameter resolution must be a number ≥ 0, not " + resolution,
                    "api.param.resolution",
                    String.valueOf(resolution));
        }
        var g = graph(region, asOf);
        var graph = g.graph();
        int[] membership = Leiden.partition(graph, resolution);
        int count = g.nodes().isEmpty()
                ? 0
                : java.util.Arrays.stream(membership).max().orElse(-1) + 1;
        List<List<String>> members = new ArrayList<>(count);
        long[] internal = new long[count];
        long[] external = new long[count];
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < graph.n(); v++) {
            members.get(membership[v]).add(g.nodes().get(v).id());
            for (int i = graph.offsets()[v]; i < graph.offsets()[v + 1]; i++) {
                int w = graph.targets()[i];
                if (membership[w] != membership[v]) {
                    external[membership[v]]++;
                } else if (v < w) {
                    internal[membership[v]]++;
                }
            }
        }
        var list = new ArrayList<Communities.Community>(count);
        for (int c = 0; c < count; c++) {
            var ids = members.get(c);
            ids.sort(Comparator.naturalOrder());
            list.add(new Communities.Community(List.copyOf(ids), ids.size(), internal[c], external[c]));
        }
        // Numbered by size and smallest node index; node indexes follow the ids, so this is the
        // contract's order, sorted again to be safe against a different id collation.
        list.sort(Comparator.comparingInt(Communities.Community::size)
                .reversed()
                .thenComparing(c -> c.actors().getFirst()));
        return new Communities(region, resolution, Leiden.modularity(graph, membership, resolution), List.copyOf(list));
    }

    /** The sectors present in the region, the density of every pair of them, and the sector gaps. */
    public SectorMatrix sectors(String region, LocalDate asOf) {
        var g = graph(region, asOf);
        return SectorCounts.of(region, g);
    }

    /** Gould–Fernandez brokerage between sectors, most cross-sector brokering first, at most {@code limit}. */
    public Brokerage brokerage(String region, int limit, LocalDate asOf) {
        QueryParams.requirePositive("limit", limit);
        var g = graph(region, asOf);
        long[][] counts = GouldFernandez.of(g.graph(), g.sectors());
        var list = new ArrayList<Brokerage.Broker>(g.nodes().size());
        for (int v = 0; v < g.nodes().size(); v++) {
            var node = g.nodes().get(v);
            long[] c = counts[v];
            long cross = c[GouldFernandez.CONSULTANT] + c[GouldFernandez.REPRESENTATIVE] + c[GouldFernandez.LIAISON];
            list.add(new Brokerage.Broker(
                    node.id(),
                    node.name(),
                    node.sector().name(),
                    c[GouldFernandez.COORDINATOR],
                    c[GouldFernandez.CONSULTANT],
                    c[GouldFernandez.REPRESENTATIVE],
                    c[GouldFernandez.LIAISON],
                    cross,
                    cross + c[GouldFernandez.COORDINATOR]));
        }
        list.sort(Comparator.comparingLong(Brokerage.Broker::crossSector)
                .reversed()
                .thenComparing(Comparator.comparingLong(Brokerage.Broker::total).reversed())
                .thenComparing(Brokerage.Broker::name)
                .thenComparing(Brokerage.Broker::id));
        return new Brokerage(region, List.copyOf(list.subList(0, Math.min(limit, list.size()))));
    }

    /** The actor's ego network of the whole store at {@code asOf}, {@code depth} 1 to 3. */
    public EgoNetwork egoNetwork(String actor, int depth, LocalDate asOf) {
        if (depth < 1 || depth > MAX_DEPTH) {
            throw new ParameterException(
                    "depth",
                    "The parameter depth must be a whole number from 1 to 3, not " + depth,
                    "api.param.range",
                    "depth",
                    1,
                    MAX_DEPTH,
                    String.valueOf(depth));
        }
        requireActor(actor, asOf);
        var rows = neo4j.query(statement("ego_network"))
                .bindAll(Map.of("actor", actor, "depth", depth, "asOf", asOf.toString()))
                .fetch()
                .all();
        var members = new ArrayList<EgoNetwork.Member>(rows.size());
        for (var row : rows) {
            members.add(new EgoNetwork.Member((String) row.get("id"), ((Number) row.get("distance")).intValue()));
        }
        var g = RegionGraph.of(List.copyOf(rows));
        var cooperations = new ArrayList<List<String>>((int) g.graph().edges());
        for (int v = 0; v < g.nodes().size(); v++) {
            for (int i = g.graph().offsets()[v]; i < g.graph().offsets()[v + 1]; i++) {
                int w = g.graph().targets()[i];
                String a = g.nodes().get(v).id();
                String b = g.nodes().get(w).id();
                if (a.compareTo(b) < 0) {
                    cooperations.add(List.of(a, b));
                }
            }
        }
        cooperations.sort(
                Comparator.<List<String>, String>comparing(List::getFirst).thenComparing(List::getLast));
        return new EgoNetwork(actor, depth, List.copyOf(members), List.copyOf(cooperations));
    }

    /**
     * The shortest chains of cooperations active at {@code asOf} from {@code actor} to {@code other}, at
     * most {@code limit}.
     */
    public ActorPaths paths(String actor, String other, int limit, LocalDate asOf) {
        QueryParams.requirePositive("limit", limit);
        requireActor(actor, asOf);
        requireActor(other, asOf);
        List<List<String>> paths = neo4j
                .query(statement("actor_paths"))
                .bindAll(Map.of("actor", actor, "other", other, "limit", limit, "asOf", asOf.toString()))
                .fetch()
                .all()
                .stream()
                .map(row -> ((List<?>) row.get("path"))
                        .stream().map(String.class::cast).toList())
                .toList();
        Integer distance = paths.isEmpty() ? null : paths.getFirst().size() - 1;
        return new ActorPaths(actor, other, distance, paths);
    }

    /** Forgets the cached region graphs (the next answer fetches G(R) from the store). */
    public void refresh() {
        graphs.clear();
    }

    /** G(R, asOf) of a region (404 for an unknown one), cached while the store is unchanged. */
    RegionGraph graph(String region, LocalDate asOf) {
        if (!regions.exists(region)) {
            throw new NotFoundException("region", region);
        }
        return graphs.get("structure-graph", region + "|" + asOf, () -> {
            var rows = neo4j.query(statement("structure_subgraph"))
                    .bindAll(Map.of("region", region, "asOf", asOf.toString()))
                    .fetch()
                    .all();
            return RegionGraph.of(List.copyOf(rows));
        });
    }

    /** A 404 for an actor that does not exist or is not active at {@code asOf} (unknown there). */
    private void requireActor(String id, LocalDate asOf) {
        if (!actors.exists(id) || !active(id, asOf)) {
            throw new NotFoundException("actor", id);
        }
    }

    private boolean active(String id, LocalDate asOf) {
        return neo4j.query(ACTIVE_ACTOR)
                .bindAll(Map.of("id", id, "asOf", asOf.toString()))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    private String statement(String name) {
        return statements.computeIfAbsent(name, n -> {
            var found = scripts.statements("analysis/" + n + ".cypher");
            if (found.size() != 1) {
                throw new IllegalStateException("cypher/analysis/" + n + ".cypher must hold exactly one statement");
            }
            return found.getFirst();
        });
    }
}
