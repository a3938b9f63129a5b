package de.kooperationsatlas.analysis;

import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.StoreVersion;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract's analyses (Lücken finden): phase and transition coverage, unconnected peers, isolated
 * actors, brokers, collaborator suggestions, collaborators for a municipality and the district
 * comparison. Each runs the Cypher file of the same name in {@code cypher/analysis/}; betweenness is
 * computed here ({@link Betweenness}) on the subgraph the file fetches; unconnected peers
 * ({@link PeerRanking}) and transitions ({@link TransitionScope}) are computed here from the region's
 * profiles, and suggestions ({@link SuggestionIndex}) from a compact snapshot of every actor.
 *
 * <p>Brokers and the district comparison are cached per region (or state), the suggestions' snapshot
 * of all actors once, each per {@link StoreVersion}:
 * every write of the app makes them stale; writes from outside the app show after
 * {@code atlas.analysis.cache-ttl} (default 60 s) or after {@link #refresh()}.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

    /** Brokers listed when no limit is given. */
    public static final int DEFAULT_BROKERS = 10;

    private final Neo4jClient neo4j;
    private final CypherScripts scripts;
    private final RegionService regions;
    private final ActorService actors;
    private final Map<String, String> statements = new ConcurrentHashMap<>();
    private final AnalysisCache cache;
    private final AtomicBoolean buildingSuggestionIndex = new AtomicBoolean();
    private static final Logger log = LoggerFactory.getLogger(AnalysisService.class);

    AnalysisService(
            Neo4jClient neo4j,
            CypherScripts scripts,
            RegionService regions,
            ActorService actors,
            StoreVersion storeVersion,
            @org.springframework.beans.factory.annotation.Value("${atlas.analysis.cache-ttl:60s}") Duration cacheTtl) {
        this.neo4j = neo4j;
        this.scripts = scripts;
        this.regions = regions;
        this.actors = actors;
        this.cache = new AnalysisCache(storeVersion, cacheTtl);
    }

    /** The cache of expensive results, for its metrics. */
    AnalysisCache cache() {
        return cache;
    }

    /**
     * Forgets the cached brokers and district comparisons, so that writes made outside the app (Bolt
     * clients) show at once rather than after the cache's time to live.
     */
    public void refresh() {
        cache.clear();
    }

    /** Phase coverage of a region, or of a chain's contributors (then {@code region} may be null). */
    public PhaseCoverage coverage(@Nullable String region, @Nullable String chain) {
        var scope = scope(region, chain);
        var phases = List.copyOf(neo4j.query(statement("phase_coverage"))
                .bindAll(scope.parameters())
                .fetchAs(PhaseCoverage.Phase.class)
                .mappedBy((types, r) -> new PhaseCoverage.Phase(
                        r.get("phase").asString(), r.get("actors").asLong()))
                .all());
        var gaps = phases.stream()
                .filter(p -> p.actors() == 0)
                .map(PhaseCoverage.Phase::code)
                .toList();
        return new PhaseCoverage(scope.region(), phases, gaps);
    }

    /** Transition coverage of a region, or of a chain's contributors (then {@code region} may be null). */
    public TransitionCoverage transitions(@Nullable String region, @Nullable String chain) {
        var scope = scope(region, chain);
        var members = List.copyOf(neo4j.query(statement("transition_subgraph"))
                .bindAll(scope.parameters())
                .fetchAs(TransitionScope.Member.class)
                .mappedBy((types, r) -> new TransitionScope.Member(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("phases").asList(Value::asString),
                        r.get("partners").asList(Value::asString)))
                .all());
        var transitions = TransitionScope.transitions(members);
        var gaps = transitions.stream()
                .filter(t -> !t.bridged())
                .map(t -> List.of(t.from(), t.to()))
                .toList();
        return new TransitionCoverage(scope.region(), transitions, gaps);
    }

    /**
     * Unconnected peers of a region, best score first, at most {@code limit} pairs. The region's actor
     * profiles come from {@code unconnected_peers_subgraph.cypher}; the pairs are ranked in Java
     * ({@link PeerRanking}), as Cypher alone takes minutes for a large state.
     */
    public UnconnectedPeers unconnectedPeers(String region, int limit) {
        requireRegion(region);
        requirePositive("limit", limit);
        var profiles = List.copyOf(neo4j.query(statement("unconnected_peers_subgraph"))
                .bind(region)
                .to("region")
                .fetchAs(PeerRanking.Profile.class)
                .mappedBy((types, r) -> new PeerRanking.Profile(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("phases").asList(Value::asString),
                        r.get("topics").asList(Value::asString),
                        r.get("networks").asList(Value::asString),
                        r.get("partners").asList(Value::asString)))
                .all());
        return new UnconnectedPeers(region, PeerRanking.rank(profiles, limit));
    }

    /** The region's actors without any cooperation, by name. */
    public IsolatedActors isolated(String region) {
        requireRegion(region);
        var found = List.copyOf(neo4j.query(statement("isolated_actors"))
                .bind(region)
                .to("region")
                .fetchAs(ActorRef.class)
                .mappedBy((types, r) -> actorRef(r))
                .all());
        return new IsolatedActors(region, found);
    }

    /** The region's actors by betweenness (highest first, then name, then id), at most {@code limit}. */
    public Brokers brokers(String region, int limit) {
        requireRegion(region);
        requirePositive("limit", limit);
        // The whole ranking is cached, so that every limit is answered from the one computation.
        List<Brokers.Broker> ranked = cache.get("brokers", region, () -> ranking(region));
        return new Brokers(region, List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))));
    }

    private List<Brokers.Broker> ranking(String region) {
        var graph = cooperationGraph(region);
        double[] betweenness = Betweenness.of(graph.graph());
        var ranked = new ArrayList<Brokers.Broker>(graph.actors().size());
        for (int i = 0; i < betweenness.length; i++) {
            var actor = graph.actors().get(i);
            ranked.add(new Brokers.Broker(actor.id(), actor.name(), betweenness[i]));
        }
        ranked.sort(Comparator.comparingDouble(Brokers.Broker::betweenness)
                .reversed()
                .thenComparing(Brokers.Broker::name)
                .thenComparing(Brokers.Broker::id));
        return List.copyOf(ranked);
    }

    /** The region's actors (node index = position, by id) and their cooperations as a CSR graph. */
    CooperationGraph cooperationGraph(String region) {
        var rows = neo4j.query(statement("broker_subgraph"))
                .bind(region)
                .to("region")
                .fetch()
                .all();
        List<ActorRef> nodes = new ArrayList<>(rows.size());
        Map<String, Integer> index = new HashMap<>(rows.size() * 2);
        for (var row : rows) {
            var id = (String) row.get("id");
            index.put(id, nodes.size());
            nodes.add(new ActorRef(id, (String) row.get("name")));
        }
        int edges = rows.stream()
                .mapToInt(r -> ((List<?>) r.get("partners")).size())
                .sum();
        int[] from = new int[edges];
        int[] to = new int[edges];
        int e = 0;
        for (var row : rows) {
            int a = index.get((String) row.get("id"));
            for (Object partner : (List<?>) row.get("partners")) {
                // Partners outside the region are not rows: the graph is the one induced by the region.
                Integer b = index.get((String) partner);
                if (b != null) {
                    from[e] = a;
                    to[e] = b;
                    e++;
                }
            }
        }
        return new CooperationGraph(
                List.copyOf(nodes), Betweenness.Graph.of(nodes.size(), Arrays.copyOf(from, e), Arrays.copyOf(to, e)));
    }

    /** The induced cooperation graph of a region and the actors behind its node indexes. */
    record CooperationGraph(List<ActorRef> actors, Betweenness.Graph graph) {}

    /**
     * Collaborator suggestions for an actor; each filter may be null. {@code topic} is a label or its
     * code.
     *
     * <p>Scored in Java ({@link SuggestionIndex}) from a snapshot of every actor's profile, valid for the
     * store version it was built under and at most the cache's time to live. While no valid snapshot
     * exists (after a write, or when the cache is off) the request runs {@code
     * collaborator_suggestions.cypher} instead — the same answer, slower — and the snapshot is built
     * again in the background, so no request waits for it.
     */
    public Suggestions suggestions(
            String actor, @Nullable String phase, @Nullable String topic, @Nullable Double radiusKm, int limit) {
        if (!actors.exists(actor)) {
            throw new NotFoundException("actor", actor);
        }
        requirePositive("limit", limit);
        String phaseCode = phaseCode(phase);
        String topicCode = topicCode(topic);
        Double radius = radius(radiusKm);
        SuggestionIndex index = cache.peek("suggestions", "");
        if (index == null) {
            buildSuggestionIndexInBackground();
            return new Suggestions(actor, cypherSuggestions(actor, phaseCode, topicCode, radius, limit));
        }
        String topicLabel = topicCode == null ? null : topicLabel(topicCode);
        return new Suggestions(actor, index.suggest(actor, phaseCode, topicLabel, radius, limit));
    }

    /**
     * Builds the suggestions' snapshot now unless a valid one exists (after an import, or before measuring),
     * so that the next requests are scored in Java.
     */
    public void prepareSuggestions() {
        cache.get("suggestions", "", this::suggestionIndex);
    }

    /** Whether a valid snapshot for suggestions exists, i.e. they are scored in Java. */
    boolean suggestionsPrepared() {
        return cache.peek("suggestions", "") != null;
    }

    private void buildSuggestionIndexInBackground() {
        if (!cache.enabled() || !buildingSuggestionIndex.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("suggestion-index").start(() -> {
            try {
                prepareSuggestions();
            } catch (RuntimeException e) {
                // The store may be closing; the next request tries again and is answered by Cypher meanwhile.
                log.debug("Snapshot for suggestions not built", e);
            } finally {
                buildingSuggestionIndex.set(false);
            }
        });
    }

    private List<Suggestions.Suggestion> cypherSuggestions(
            String actor,
            @Nullable String phaseCode,
            @Nullable String topicCode,
            @Nullable Double radiusKm,
            int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("actor", actor);
        params.put("phase", phaseCode);
        params.put("topic", topicCode);
        params.put("radiusKm", radiusKm);
        params.put("limit", limit);
        return List.copyOf(neo4j.query(statement("collaborator_suggestions"))
                .bindAll(params)
                .fetchAs(Suggestions.Suggestion.class)
                .mappedBy((types, r) -> new Suggestions.Suggestion(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("score").asLong(),
                        distance(r.get("distanceKm")),
                        r.get("sharedPhases").asList(Value::asString),
                        r.get("sharedTopics").asList(Value::asString),
                        r.get("commonPartners").asList(Value::asString),
                        r.get("commonEvents").asList(Value::asString),
                        r.get("sameDistrict").asBoolean()))
                .all());
    }

    /** Every actor's compact profile, for scoring suggestions in Java ({@code suggestion_profiles.cypher}). */
    private SuggestionIndex suggestionIndex() {
        var profiles = List.copyOf(neo4j.query(statement("suggestion_profiles"))
                .fetchAs(SuggestionIndex.Profile.class)
                .mappedBy((types, r) -> new SuggestionIndex.Profile(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("seat").isNull() ? null : r.get("seat").asString(),
                        r.get("x").isNull() ? null : r.get("x").asDouble(),
                        r.get("y").isNull() ? null : r.get("y").asDouble(),
                        r.get("phases").asList(Value::asString),
                        r.get("topics").asList(Value::asString),
                        r.get("partners").asList(Value::asString),
                        r.get("events").asList(Value::asString)))
                .all());
        return new SuggestionIndex(profiles);
    }

    /** The label of a known topic code. */
    private String topicLabel(String code) {
        return neo4j.query("MATCH (t:Topic {code: $code}) RETURN t.label AS label")
                .bind(code)
                .to("code")
                .fetchAs(String.class)
                .mappedBy((types, r) -> r.get("label").asString())
                .first()
                .orElseThrow();
    }

    /** Collaborators for a municipality: at least one of {@code phase} and {@code topic} is required. */
    public Collaborators collaborators(
            String municipality, @Nullable String phase, @Nullable String topic, @Nullable Double radiusKm) {
        if (RegionLevel.ofKey(municipality).orElse(null) != RegionLevel.MUNICIPALITY || !regions.exists(municipality)) {
            throw new NotFoundException("municipality", municipality);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("municipality", municipality);
        params.put("phase", phaseCode(phase));
        params.put("topic", topicCode(topic));
        params.put("radiusKm", radius(radiusKm));
        if (params.get("phase") == null && params.get("topic") == null) {
            throw new IllegalArgumentException("Give at least one of the parameters phase and topic");
        }
        var found = List.copyOf(neo4j.query(statement("municipality_collaborators"))
                .bindAll(params)
                .fetchAs(Collaborators.Collaborator.class)
                .mappedBy((types, r) -> new Collaborators.Collaborator(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        distance(r.get("distanceKm")),
                        r.get("serves").asBoolean()))
                .all());
        return new Collaborators(municipality, found);
    }

    /** The district comparison of a state, or of all districts of Germany when {@code state} is null. */
    public DistrictComparison districts(@Nullable String state) {
        if (state != null && (RegionLevel.ofKey(state).orElse(null) != RegionLevel.STATE || !regions.exists(state))) {
            throw new NotFoundException("state", state);
        }
        return cache.get("districts", state == null ? "" : state, () -> compareDistricts(state));
    }

    private DistrictComparison compareDistricts(@Nullable String state) {
        Map<String, Object> params = new HashMap<>();
        params.put("state", state);
        var rows = List.copyOf(neo4j.query(statement("district_comparison"))
                .bindAll(params)
                .fetchAs(DistrictComparison.District.class)
                .mappedBy((types, r) -> new DistrictComparison.District(
                        r.get("ags").asString(),
                        r.get("name").asString(),
                        r.get("actors").asLong(),
                        r.get("actorsPer10k").asDouble(),
                        r.get("cooperations").asLong(),
                        r.get("density").asDouble(),
                        r.get("coveredPhases").asLong(),
                        r.get("bridgedTransitions").asLong(),
                        r.get("isolated").asLong()))
                .all());
        return new DistrictComparison(state, rows);
    }

    /** The one statement of {@code cypher/analysis/<name>.cypher}. */
    private String statement(String name) {
        return statements.computeIfAbsent(name, n -> {
            var found = scripts.statements("analysis/" + n + ".cypher");
            if (found.size() != 1) {
                throw new IllegalStateException("cypher/analysis/" + n + ".cypher must hold exactly one statement");
            }
            return found.getFirst();
        });
    }

    /** Who an analysis works on: a region's actors, or a chain's contributors (optionally within a region). */
    private record Scope(String region, Map<String, Object> parameters) {}

    private Scope scope(@Nullable String region, @Nullable String chain) {
        if (region == null && chain == null) {
            throw new IllegalArgumentException("Give the parameter region or chain");
        }
        if (region != null) {
            requireRegion(region);
        }
        String echo = region;
        if (chain != null) {
            var chainRegion = neo4j.query("""
                            MATCH (c:PreventionChain {id: $chain})
                            OPTIONAL MATCH (c)-[:FOR_REGION]->(r)
                            RETURN coalesce(r.ags, '') AS region LIMIT 1""")
                    .bind(chain)
                    .to("chain")
                    .fetchAs(String.class)
                    .mappedBy((types, r) -> r.get("region").asString())
                    .one()
                    .orElseThrow(() -> new NotFoundException("chain", chain));
            if (echo == null) {
                echo = chainRegion;
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("region", region);
        params.put("chain", chain);
        return new Scope(echo, params);
    }

    private void requireRegion(String region) {
        if (!regions.exists(region)) {
            throw new NotFoundException("region", region);
        }
    }

    private static void requirePositive(String parameter, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("The parameter " + parameter + " must be at least 1, not " + value);
        }
    }

    private static @Nullable String phaseCode(@Nullable String phase) {
        if (phase == null || phase.isBlank()) {
            return null;
        }
        return LifePhase.ofCode(phase.strip())
                .map(LifePhase::name)
                .orElseThrow(
                        () -> new IllegalArgumentException("Unknown life phase '" + phase + "' in parameter phase"));
    }

    private @Nullable String topicCode(@Nullable String topic) {
        if (topic == null || topic.isBlank()) {
            return null;
        }
        String code = Topics.slug(topic);
        boolean known = neo4j.query("MATCH (t:Topic {code: $code}) RETURN count(t) > 0")
                .bind(code)
                .to("code")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
        if (!known) {
            throw new IllegalArgumentException("Unknown topic '" + topic + "' in parameter topic");
        }
        return code;
    }

    private static @Nullable Double radius(@Nullable Double radiusKm) {
        if (radiusKm != null && (radiusKm.isNaN() || radiusKm.isInfinite() || radiusKm < 0)) {
            throw new IllegalArgumentException("The parameter radiusKm must be a number of km ≥ 0, not " + radiusKm);
        }
        return radiusKm;
    }

    private static @Nullable Double distance(Value value) {
        return value.isNull() ? null : value.asDouble();
    }

    private static ActorRef actorRef(org.neo4j.driver.Record record) {
        return new ActorRef(record.get("id").asString(), record.get("name").asString());
    }
}
