package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.base.ParameterException;
import de.kooperationsatlas.base.QueryParams;
import de.kooperationsatlas.region.RegionLevel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collaborator suggestions for an actor and collaborators for a municipality. Suggestions are scored in
 * Java ({@link SuggestionIndex}) from a snapshot of every actor's profile, valid for the store version
 * it was built under and at most the cache's time to live. While no valid snapshot exists (after a
 * write, or when the cache is off) a request runs {@code collaborator_suggestions.cypher} instead — the
 * same answer, slower — and the snapshot is built again in the background, so no request waits for it.
 */
final class SuggestionAnalysis {

    private static final Logger log = LoggerFactory.getLogger(AnalysisService.class);

    private final AnalysisQueries queries;
    private final AnalysisCache cache;
    private final AtomicBoolean buildingSuggestionIndex = new AtomicBoolean();

    SuggestionAnalysis(AnalysisQueries queries, AnalysisCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    Suggestions suggestions(
            String actor,
            @Nullable String phase,
            @Nullable String topic,
            @Nullable Double radiusKm,
            int limit,
            LocalDate asOf) {
        if (!activeAt(actor, asOf)) {
            throw new NotFoundException("actor", actor);
        }
        QueryParams.requirePositive("limit", limit);
        String phaseCode = AnalysisQueries.phaseCode(phase);
        String topicCode = queries.topicCode(topic);
        Double radius = AnalysisQueries.radius(radiusKm);
        SuggestionIndex index = cache.peek("suggestions", asOf.toString());
        if (index == null) {
            if (asOf.equals(Dates.today())) {
                buildSuggestionIndexInBackground();
            }
            return new Suggestions(actor, cypherSuggestions(actor, phaseCode, topicCode, radius, limit, asOf));
        }
        String topicLabel = topicCode == null ? null : topicLabel(topicCode);
        return new Suggestions(actor, index.suggest(actor, phaseCode, topicLabel, radius, limit));
    }

    /**
     * Builds today's snapshot now unless a valid one exists. Only today's is built by itself: a request for
     * another date is answered by Cypher, so that a look into the past keeps no second snapshot.
     */
    void prepareSuggestions() {
        var today = Dates.today();
        cache.get("suggestions", today.toString(), () -> suggestionIndex(today));
    }

    boolean suggestionsPrepared() {
        return cache.peek("suggestions", Dates.today().toString()) != null;
    }

    /** Whether the actor exists and is active at the date (an inactive actor is unknown there). */
    private boolean activeAt(String actor, LocalDate asOf) {
        return queries.neo4j()
                .query("""
                        MATCH (x:Actor {id: $actor})
                        RETURN (x.since IS NULL OR x.since <= left(toString($asOf), size(x.since)))
                           AND (x.until IS NULL OR x.until >= left(toString($asOf), size(x.until))) AS active""")
                .bindAll(Map.of("actor", actor, "asOf", asOf.toString()))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
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
            int limit,
            LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("actor", actor);
        params.put("asOf", asOf.toString());
        params.put("phase", phaseCode);
        params.put("topic", topicCode);
        params.put("radiusKm", radiusKm);
        params.put("limit", limit);
        return queries.rows(
                "collaborator_suggestions",
                params,
                Suggestions.Suggestion.class,
                r -> new Suggestions.Suggestion(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("score").asLong(),
                        AnalysisQueries.distance(r.get("distanceKm")),
                        r.get("sharedPhases").asList(Value::asString),
                        r.get("sharedTopics").asList(Value::asString),
                        r.get("commonPartners").asList(Value::asString),
                        r.get("commonEvents").asList(Value::asString),
                        r.get("sameDistrict").asBoolean()));
    }

    /** Every actor's compact profile, for scoring suggestions in Java ({@code suggestion_profiles.cypher}). */
    private SuggestionIndex suggestionIndex(LocalDate asOf) {
        var profiles = queries.rows(
                "suggestion_profiles",
                Map.of("asOf", asOf.toString()),
                SuggestionIndex.Profile.class,
                r -> new SuggestionIndex.Profile(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("seat").isNull() ? null : r.get("seat").asString(),
                        r.get("x").isNull() ? null : r.get("x").asDouble(),
                        r.get("y").isNull() ? null : r.get("y").asDouble(),
                        r.get("phases").asList(Value::asString),
                        r.get("topics").asList(Value::asString),
                        r.get("partners").asList(Value::asString),
                        r.get("events").asList(Value::asString)));
        return new SuggestionIndex(profiles);
    }

    /** The label of a known topic code. */
    private String topicLabel(String code) {
        return queries.neo4j()
                .query("MATCH (t:Topic {code: $code}) RETURN t.label AS label")
                .bind(code)
                .to("code")
                .fetchAs(String.class)
                .mappedBy((types, r) -> r.get("label").asString())
                .first()
                .orElseThrow();
    }

    Collaborators collaborators(
            String municipality,
            @Nullable String phase,
            @Nullable String topic,
            @Nullable Double radiusKm,
            LocalDate asOf) {
        if (RegionLevel.ofKey(municipality).orElse(null) != RegionLevel.MUNICIPALITY
                || !queries.regions().exists(municipality)) {
            throw new NotFoundException("municipality", municipality);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("municipality", municipality);
        params.put("phase", AnalysisQueries.phaseCode(phase));
        params.put("topic", queries.topicCode(topic));
        params.put("radiusKm", AnalysisQueries.radius(radiusKm));
        params.put("asOf", asOf.toString());
        if (params.get("phase") == null && params.get("topic") == null) {
            throw new ParameterException(
                    "phase", "Give at least one of the parameters phase and topic", "api.param.phaseOrTopic");
        }
        var found = queries.rows(
                "municipality_collaborators",
                params,
                Collaborators.Collaborator.class,
                r -> new Collaborators.Collaborator(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        AnalysisQueries.distance(r.get("distanceKm")),
                        r.get("serves").asBoolean()));
        return new Collaborators(municipality, found);
    }
}
