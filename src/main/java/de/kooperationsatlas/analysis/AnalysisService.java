package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.CypherScripts;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.StoreVersion;
import de.kooperationsatlas.region.RegionService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract's analyses (Lücken finden), one API over one class per family: coverage and transitions
 * ({@link CoverageAnalysis}), unconnected peers and isolated actors ({@link PeerAnalysis}), brokers
 * ({@link BrokerAnalysis}), collaborator suggestions and collaborators for a municipality
 * ({@link SuggestionAnalysis}) and the district comparison ({@link DistrictAnalysis}). Each runs the
 * Cypher file of the same name in {@code cypher/analysis/}; a new analysis is a Cypher file, a record,
 * a method in its family (or a new family), one method here, an endpoint, a view section and a test.
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

    private final AnalysisCache cache;
    private final CoverageAnalysis coverage;
    private final PeerAnalysis peers;
    private final BrokerAnalysis brokers;
    private final SuggestionAnalysis suggestions;
    private final DistrictAnalysis districts;
    private final ChangesAnalysis changes;
    private final Neo4jClient neo4j;

    AnalysisService(
            Neo4jClient neo4j,
            CypherScripts scripts,
            RegionService regions,
            StoreVersion storeVersion,
            @org.springframework.beans.factory.annotation.Value("${atlas.analysis.cache-ttl:60s}") Duration cacheTtl) {
        this.neo4j = neo4j;
        var queries = new AnalysisQueries(neo4j, scripts, regions);
        this.cache = new AnalysisCache(storeVersion, cacheTtl);
        this.coverage = new CoverageAnalysis(queries);
        this.peers = new PeerAnalysis(queries);
        this.brokers = new BrokerAnalysis(queries, cache);
        this.suggestions = new SuggestionAnalysis(queries, cache);
        this.districts = new DistrictAnalysis(queries, cache);
        this.changes = new ChangesAnalysis(coverage);
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
        return coverage(region, chain, Dates.today());
    }

    /** Phase coverage as of a date: only what is active then counts (the contract's "Time"). */
    public PhaseCoverage coverage(@Nullable String region, @Nullable String chain, LocalDate asOf) {
        return coverage.coverage(region, chain, asOf);
    }

    /** Transition coverage of a region, or of a chain's contributors (then {@code region} may be null). */
    public TransitionCoverage transitions(@Nullable String region, @Nullable String chain) {
        return transitions(region, chain, Dates.today());
    }

    /** Transition coverage as of a date. */
    public TransitionCoverage transitions(@Nullable String region, @Nullable String chain, LocalDate asOf) {
        return coverage.transitions(region, chain, asOf);
    }

    /**
     * Unconnected peers of a region, best score first, at most {@code limit} pairs. The region's actor
     * profiles come from {@code unconnected_peers_subgraph.cypher}; the pairs are ranked in Java
     * ({@link PeerRanking}), as Cypher alone takes minutes for a large state.
     */
    public UnconnectedPeers unconnectedPeers(String region, int limit) {
        return unconnectedPeers(region, limit, Dates.today());
    }

    /** Unconnected peers as of a date: active actors, cooperations and memberships only. */
    public UnconnectedPeers unconnectedPeers(String region, int limit, LocalDate asOf) {
        return peers.unconnectedPeers(region, limit, asOf);
    }

    /** The region's actors without any cooperation, by name. */
    public IsolatedActors isolated(String region) {
        return isolated(region, Dates.today());
    }

    /** The region's active actors without an active cooperation at the date. */
    public IsolatedActors isolated(String region, LocalDate asOf) {
        return peers.isolated(region, asOf);
    }

    /** The region's actors by betweenness (highest first, then name, then id), at most {@code limit}. */
    public Brokers brokers(String region, int limit) {
        return brokers(region, limit, Dates.today());
    }

    /** Brokers as of a date (cached per region and date). */
    public Brokers brokers(String region, int limit, LocalDate asOf) {
        return brokers.brokers(region, limit, asOf);
    }

    /**
     * Collaborator suggestions for an actor; each filter may be null. {@code topic} is a label or its
     * code. Scored in Java from a snapshot of every actor while one is valid, else by Cypher (see
     * {@link SuggestionAnalysis}).
     */
    public Suggestions suggestions(
            String actor, @Nullable String phase, @Nullable String topic, @Nullable Double radiusKm, int limit) {
        return suggestions(actor, phase, topic, radiusKm, limit, Dates.today());
    }

    /** Suggestions as of a date; an actor not active then is unknown (404). */
    public Suggestions suggestions(
            String actor,
            @Nullable String phase,
            @Nullable String topic,
            @Nullable Double radiusKm,
            int limit,
            LocalDate asOf) {
        return suggestions.suggestions(actor, phase, topic, radiusKm, limit, asOf);
    }

    /**
     * Builds the suggestions' snapshot now unless a valid one exists (after an import, or before measuring),
     * so that the next requests are scored in Java.
     */
    public void prepareSuggestions() {
        suggestions.prepareSuggestions();
    }

    /** Whether a valid snapshot for suggestions exists, i.e. they are scored in Java. */
    boolean suggestionsPrepared() {
        return suggestions.suggestionsPrepared();
    }

    /** Collaborators for a municipality: at least one of {@code phase} and {@code topic} is required. */
    public Collaborators collaborators(
            String municipality, @Nullable String phase, @Nullable String topic, @Nullable Double radiusKm) {
        return collaborators(municipality, phase, topic, radiusKm, Dates.today());
    }

    /** Collaborators for a municipality among the actors active at the date. */
    public Collaborators collaborators(
            String municipality,
            @Nullable String phase,
            @Nullable String topic,
            @Nullable Double radiusKm,
            LocalDate asOf) {
        return suggestions.collaborators(municipality, phase, topic, radiusKm, asOf);
    }

    /** The district comparison of a state, or of all districts of Germany when {@code state} is null. */
    public DistrictComparison districts(@Nullable String state) {
        return districts(state, Dates.today());
    }

    /** The district comparison as of a date (cached per state and date). */
    public DistrictComparison districts(@Nullable String state, LocalDate asOf) {
        return districts.districts(state, asOf);
    }

    /**
     * What changed in a region (or chain) between two dates; {@code fromText} and {@code toText} are the
     * dates as given, echoed in the answer. A 400 when {@code from} is after {@code to}.
     */
    public Changes changes(
            @Nullable String region,
            @Nullable String chain,
            String fromText,
            LocalDate from,
            String toText,
            LocalDate to) {
        return changes.changes(region, chain, fromText, from, toText, to);
    }

    /** The names of the actors with these ids (for showing the ids of {@link Changes}); unknown ids are left out. */
    public java.util.Map<String, String> actorNames(java.util.Collection<String> ids) {
        var names = new java.util.HashMap<String, String>();
        neo4j.query("MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id, a.name AS name")
                .bind(List.copyOf(ids))
                .to("ids")
                .fetch()
                .all()
                .forEach(r -> names.put((String) r.get("id"), (String) r.get("name")));
        return names;
    }
}
