package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.LifePhase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collaborator suggestions scored in Java from every actor of the store in compact form (what
 * {@code suggestion_profiles.cypher} fetches, held by {@link SuggestionProfiles}), built once per store
 * version and reused for every suggestion request until the store changes or the cache's time to live
 * ends (see {@link AnalysisCache}). A request sums the score from A's neighbourhood exactly as
 * {@code collaborator_suggestions.cypher} defines it, in a few milliseconds instead of a Cypher
 * aggregation over ~100,000 rows.
 */
final class SuggestionIndex {

    /**
     * One actor as fetched; {@code seat} null when the actor has no seat, {@code x}/{@code y} null
     * without a location; {@code partners} the cooperation partners with a larger id (each cooperation
     * once).
     */
    record Profile(
            String id,
            String name,
            @Nullable String seat,
            @Nullable Double x,
            @Nullable Double y,
            List<String> phases,
            List<String> topics,
            List<String> partners,
            List<String> events) {}

    /** Strings by code point, as Cypher's {@code ORDER BY} sorts them (Java's compareTo sorts UTF-16 units). */
    static final Comparator<String> CODE_POINTS = (s, t) -> {
        int i = 0;
        int j = 0;
        while (i < s.length() && j < t.length()) {
            int a = s.codePointAt(i);
            int b = t.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(s.length() - i, t.length() - j);
    };
    /** Neo4j's radius for WGS-84 distances ({@code CRSCalculator.GeographicCalculator}). */
    private static final double EARTH_RADIUS_METERS = 6378140.0;

    private static final LifePhase[] PHASES = SuggestionProfiles.PHASES;

    private final SuggestionProfiles snapshot;

    SuggestionIndex(List<Profile> profiles) {
        this.snapshot = new SuggestionProfiles(profiles);
    }

    /** Whether the store held this actor when the index was built. */
    boolean contains(String actor) {
        return snapshot.contains(actor);
    }

    /**
     * The suggestions for {@code actor} as {@code collaborator_suggestions.cypher} defines them; each
     * filter may be null ({@code phase} a code, {@code topic} a label). An actor unknown to the index or
     * without a seat gets none, as in the Cypher file.
     */
    List<Suggestions.Suggestion> suggest(
            String actor, @Nullable String phase, @Nullable String topic, @Nullable Double radiusKm, int limit) {
        Integer found = snapshot.index.get(actor);
        if (found == null || !snapshot.seated[found]) {
            return List.of();
        }
        int a = found;
        int n = snapshot.ids.length;
        int[] score = new int[n];
        int[] touched = new int[n];
        int reached = 0;
        for (int t : snapshot.topics[a]) {
            for (int b : snapshot.byTopic[t]) {
                if (score[b] == 0) {
                    touched[reached++] = b;
                }
                score[b] += 3;
            }
        }
        for (int p = 0; p < PHASES.length; p++) {
            if ((snapshot.phaseMask[a] & (1 << p)) != 0) {
                for (int b : snapshot.byPhase[p]) {
                    if (score[b] == 0) {
                        touched[reached++] = b;
                    }
                    score[b] += 2;
                }
            }
        }
        for (int c : snapshot.partners[a]) {
            for (int b : snapshot.partners[c]) {
                if (score[b] == 0) {
                    touched[reached++] = b;
                }
                score[b] += 1;
            }
        }
        for (int e : snapshot.events[a]) {
            for (int b : snapshot.byEvent[e]) {
                if (score[b] == 0) {
                    touched[reached++] = b;
                }
                score[b] += 1;
            }
        }
        for (int b : snapshot.byDistrict[snapshot.district[a]]) {
            if (score[b] == 0) {
                touched[reached++] = b;
            }
            score[b] += 1;
        }

        int phaseBit = phase == null ? 0 : 1 << LifePhase.valueOf(phase).ordinal();
        int topicId = -1;
        if (topic != null) {
            Integer t = snapshot.topicIndex.get(topic);
            if (t == null) {
                return List.of();
            }
            topicId = t;
        }
        boolean radius = radiusKm != null;
        if (radius && !snapshot.located[a]) {
            return List.of();
        }
        // Filters; the score distribution of the survivors gives the limit-th best score.
        int[] candidates = new int[reached];
        int kept = 0;
        int maxScore = 0;
        for (int k = 0; k < reached; k++) {
            int b = touched[k];
            if (b == a
                    || !snapshot.seated[b]
                    || Arrays.binarySearch(snapshot.partners[a], b) >= 0
                    || (phaseBit != 0 && (snapshot.phaseMask[b] & phaseBit) == 0)
                    || (topicId >= 0 && Arrays.binarySearch(snapshot.topics[b], topicId) < 0)
                    || (radius && !(snapshot.located[b] && distanceKm(a, b) <= radiusKm))) {
                continue;
            }
            candidates[kept++] = b;
            maxScore = Math.max(maxScore, score[b]);
        }
        if (kept == 0) {
            return List.of();
        }
        int[] perScore = new int[maxScore + 1];
        for (int k = 0; k < kept; k++) {
            perScore[score[candidates[k]]]++;
        }
        int threshold = maxScore;
        int atLeast = perScore[maxScore];
        while (atLeast < limit && threshold > 1) {
            threshold--;
            atLeast += perScore[threshold];
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int k = 0; k < kept; k++) {
            int b = candidates[k];
            if (score[b] >= threshold) {
                ranked.add(
                        new Ranked(b, score[b], snapshot.located[a] && snapshot.located[b] ? distanceKm(a, b) : null));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::score)
                .reversed()
                .thenComparing(Ranked::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(r -> snapshot.nameRank[r.actor()]));
        List<Suggestions.Suggestion> result = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            result.add(explain(a, r));
        }
        return List.copyOf(result);
    }

    private record Ranked(int actor, int score, @Nullable Double distanceKm) {}

    private Suggestions.Suggestion explain(int a, Ranked r) {
        int b = r.actor();
        List<String> sharedPhases = new ArrayList<>();
        int shared = snapshot.phaseMask[a] & snapshot.phaseMask[b];
        for (int p = 0; p < PHASES.length; p++) {
            if ((shared & (1 << p)) != 0) {
                sharedPhases.add(PHASES[p].name());
            }
        }
        List<String> sharedTopics = new ArrayList<>();
        for (int t : intersect(snapshot.topics[a], snapshot.topics[b])) {
            sharedTopics.add(snapshot.topicLabels[t]);
        }
        sharedTopics.sort(CODE_POINTS);
        int[] common = intersect(snapshot.partners[a], snapshot.partners[b]);
        List<String> commonPartners = Arrays.stream(common)
                .boxed()
                .sorted(Comparator.comparingInt(c -> snapshot.idRank[c]))
                .map(c -> snapshot.ids[c])
                .toList();
        List<String> commonEvents = new ArrayList<>();
        for (int e : intersect(snapshot.events[a], snapshot.events[b])) {
            commonEvents.add(snapshot.eventIds[e]);
        }
        commonEvents.sort(CODE_POINTS);
        return new Suggestions.Suggestion(
                snapshot.ids[b],
                snapshot.names[b],
                r.score(),
                r.distanceKm(),
                List.copyOf(sharedPhases),
                List.copyOf(sharedTopics),
                commonPartners,
                List.copyOf(commonEvents),
                snapshot.district[a] == snapshot.district[b]);
    }

    private static int[] intersect(int[] x, int[] y) {
        int[] out = new int[Math.min(x.length, y.length)];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < x.length && j < y.length) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                out[k++] = x[i];
                i++;
                j++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** {@code point.distance(aSeat.location, bSeat.location) / 1000.0} as Neo4j computes it for WGS-84 2D points. */
    private double distanceKm(int a, int b) {
        return distanceMeters(snapshot.lon[a], snapshot.lat[a], snapshot.lon[b], snapshot.lat[b]) / 1000.0;
    }

    /** Neo4j's haversine ({@code CRSCalculator.GeographicCalculator.distance}), operation for operation. */
    static double distanceMeters(double x1, double y1, double x2, double y2) {
        double rx1 = Math.toRadians(x1);
        double ry1 = Math.toRadians(y1);
        double rx2 = Math.toRadians(x2);
        double ry2 = Math.toRadians(y2);
        double dx = rx2 - rx1;
        double dy = ry2 - ry1;
        double alpha =
                Math.pow(Math.sin(dy / 2.0), 2.0) + Math.cos(ry1) * Math.cos(ry2) * Math.pow(Math.sin(dx / 2.0), 2.0);
        double c = 2.0 * Math.atan2(Math.sqrt(alpha), Math.sqrt(1 - alpha));
        return EARTH_RADIUS_METERS * c;
    }
}
