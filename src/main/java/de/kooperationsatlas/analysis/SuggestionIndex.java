package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.LifePhase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every actor of the store in compact form (what {@code suggestion_profiles.cypher} fetches), built
 * once per store version and reused for every suggestion request until the store changes or the
 * cache's time to live ends (see {@link AnalysisCache}). An actor is a position; phases are a bit mask,
 * topics, partners and events sorted {@code int[]}s, with inverted indexes from a topic, phase, event and
 * district to its actors. A request sums the score from A's neighbourhood exactly as
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

    private static final LifePhase[] PHASES = LifePhase.values();

    private final String[] ids;
    private final String[] names;
    private final Map<String, Integer> index;
    /** Position in the order name, then id (code point): the tie-break after score and distance. */
    private final int[] nameRank;
    /** Position in id order (code point), for listing common partners. */
    private final int[] idRank;

    private final boolean[] seated;
    private final int[] district;
    private final boolean[] located;
    private final double[] lon;
    private final double[] lat;
    private final String[] seatAgs;

    private final int[] phaseMask;
    private final int[][] topics;
    private final int[][] partners;
    private final int[][] events;

    private final String[] topicLabels;
    private final Map<String, Integer> topicIndex;
    private final String[] eventIds;

    private final int[][] byTopic;
    private final int[][] byPhase;
    private final int[][] byEvent;
    private final int[][] byDistrict;

    SuggestionIndex(List<Profile> profiles) {
        int n = profiles.size();
        ids = new String[n];
        names = new String[n];
        index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            ids[i] = profiles.get(i).id();
            names[i] = profiles.get(i).name();
            index.put(ids[i], i);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        nameRank = new int[n];
        Arrays.sort(
                order,
                Comparator.<Integer, String>comparing(i -> names[i], CODE_POINTS)
                        .thenComparing(i -> ids[i], CODE_POINTS));
        for (int r = 0; r < n; r++) {
            nameRank[order[r]] = r;
        }
        idRank = new int[n];
        Arrays.sort(order, Comparator.comparing(i -> ids[i], CODE_POINTS));
        for (int r = 0; r < n; r++) {
            idRank[order[r]] = r;
        }

        seated = new boolean[n];
        district = new int[n];
        located = new boolean[n];
        lon = new double[n];
        lat = new double[n];
        seatAgs = new String[n];
        phaseMask = new int[n];
        topics = new int[n][];
        partners = new int[n][];
        events = new int[n][];
        Map<String, Integer> districts = new HashMap<>();
        topicIndex = new HashMap<>();
        List<String> labels = new ArrayList<>();
        Map<String, Integer> eventIndex = new HashMap<>();
        List<String> eventList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var p = profiles.get(i);
            if (p.seat() != null) {
                seated[i] = true;
                seatAgs[i] = p.seat();
                String prefix = p.seat().length() >= 5 ? p.seat().substring(0, 5) : p.seat();
                district[i] = districts.computeIfAbsent(prefix, k -> districts.size());
                if (p.x() != null && p.y() != null) {
                    located[i] = true;
                    lon[i] = p.x();
                    lat[i] = p.y();
                }
            } else {
                district[i] = -1;
            }
            int mask = 0;
            for (String code : p.phases()) {
                mask |= 1 << LifePhase.valueOf(code).ordinal();
            }
            phaseMask[i] = mask;
            topics[i] = p.topics().stream()
                    .mapToInt(t -> topicIndex.computeIfAbsent(t, k -> {
                        labels.add(k);
                        return labels.size() - 1;
                    }))
                    .distinct()
                    .sorted()
                    .toArray();
            events[i] = p.events().stream()
                    .mapToInt(e -> eventIndex.computeIfAbsent(e, k -> {
                        eventList.add(k);
                        return eventList.size() - 1;
                    }))
                    .distinct()
                    .sorted()
                    .toArray();
        }
        // Each cooperation comes once (partner with the larger id): add both directions.
        int[] degree = new int[n];
        int[][] half = new int[n][];
        for (int i = 0; i < n; i++) {
            half[i] = profiles.get(i).partners().stream()
                    .map(index::get)
                    .filter(x -> x != null)
                    .mapToInt(Integer::intValue)
                    .distinct()
                    .toArray();
            degree[i] += half[i].length;
            for (int b : half[i]) {
                degree[b]++;
            }
        }
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            partners[i] = new int[degree[i]];
        }
        for (int i = 0; i < n; i++) {
            for (int b : half[i]) {
                partners[i][fill[i]++] = b;
                partners[b][fill[b]++] = i;
            }
        }
        for (int i = 0; i < n; i++) {
            Arrays.sort(partners[i]);
            partners[i] = Arrays.stream(partners[i]).distinct().toArray();
        }
        topicLabels = labels.toArray(String[]::new);
        eventIds = eventList.toArray(String[]::new);
        byTopic = invert(topics, topicLabels.length);
        byEvent = invert(events, eventIds.length);
        int[][] phaseLists = new int[n][];
        for (int i = 0; i < n; i++) {
            int m = phaseMask[i];
            int[] list = new int[Integer.bitCount(m)];
            int k = 0;
            for (int b = 0; b < PHASES.length; b++) {
                if ((m & (1 << b)) != 0) {
                    list[k++] = b;
                }
            }
            phaseLists[i] = list;
        }
        byPhase = invert(phaseLists, PHASES.length);
        int[][] districtOf = new int[n][];
        for (int i = 0; i < n; i++) {
            districtOf[i] = district[i] < 0 ? new int[0] : new int[] {district[i]};
        }
        byDistrict = invert(districtOf, districts.size());
    }

    /** For each key, the positions that list it, ascending. */
    private static int[][] invert(int[][] lists, int keys) {
        int[] count = new int[keys];
        for (int[] list : lists) {
            for (int k : list) {
                count[k]++;
            }
        }
        int[][] inverted = new int[keys][];
        for (int k = 0; k < keys; k++) {
            inverted[k] = new int[count[k]];
        }
        Arrays.fill(count, 0);
        for (int i = 0; i < lists.length; i++) {
            for (int k : lists[i]) {
                inverted[k][count[k]++] = i;
            }
        }
        return inverted;
    }

    /** Whether the store held this actor when the index was built. */
    boolean contains(String actor) {
        return index.containsKey(actor);
    }

    /**
     * The suggestions for {@code actor} as {@code collaborator_suggestions.cypher} defines them; each
     * filter may be null ({@code phase} a code, {@code topic} a label). An actor unknown to the index or
     * without a seat gets none, as in the Cypher file.
     */
    List<Suggestions.Suggestion> suggest(
            String actor, @Nullable String phase, @Nullable String topic, @Nullable Double radiusKm, int limit) {
        Integer found = index.get(actor);
        if (found == null || !seated[found]) {
            return List.of();
        }
        int a = found;
        int n = ids.length;
        int[] score = new int[n];
        int[] touched = new int[n];
        int reached = 0;
        for (int t : topics[a]) {
            for (int b : byTopic[t]) {
                if (score[b] == 0) {
                    touched[reached++] = b;
                }
                score[b] += 3;
            }
        }
        for (int p = 0; p < PHASES.length; p++) {
            if ((phaseMask[a] & (1 << p)) != 0) {
                for (int b : byPhase[p]) {
                    if (score[b] == 0) {
                        touched[reached++] = b;
                    }
                    score[b] += 2;
                }
            }
        }
        for (int c : partners[a]) {
            for (int b : partners[c]) {
                if (score[b] == 0) {
                    touched[reached++] = b;
                }
                score[b] += 1;
            }
        }
        for (int e : events[a]) {
            for (int b : byEvent[e]) {
                if (score[b] == 0) {
                    touched[reached++] = b;
                }
                score[b] += 1;
            }
        }
        for (int b : byDistrict[district[a]]) {
            if (score[b] == 0) {
                touched[reached++] = b;
            }
            score[b] += 1;
        }

        int phaseBit = phase == null ? 0 : 1 << LifePhase.valueOf(phase).ordinal();
        int topicId = -1;
        if (topic != null) {
            Integer t = topicIndex.get(topic);
            if (t == null) {
                return List.of();
            }
            topicId = t;
        }
        boolean radius = radiusKm != null;
        if (radius && !located[a]) {
            return List.of();
        }
        // Filters; the score distribution of the survivors gives the limit-th best score.
        int[] candidates = new int[reached];
        int kept = 0;
        int maxScore = 0;
        for (int k = 0; k < reached; k++) {
            int b = touched[k];
            if (b == a
                    || !seated[b]
                    || Arrays.binarySearch(partners[a], b) >= 0
                    || (phaseBit != 0 && (phaseMask[b] & phaseBit) == 0)
                    || (topicId >= 0 && Arrays.binarySearch(topics[b], topicId) < 0)
                    || (radius && !(located[b] && distanceKm(a, b) <= radiusKm))) {
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
                ranked.add(new Ranked(b, score[b], located[a] && located[b] ? distanceKm(a, b) : null));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::score)
                .reversed()
                .thenComparing(Ranked::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(r -> nameRank[r.actor()]));
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
        int shared = phaseMask[a] & phaseMask[b];
        for (int p = 0; p < PHASES.length; p++) {
            if ((shared & (1 << p)) != 0) {
                sharedPhases.add(PHASES[p].name());
            }
        }
        List<String> sharedTopics = new ArrayList<>();
        for (int t : intersect(topics[a], topics[b])) {
            sharedTopics.add(topicLabels[t]);
        }
        sharedTopics.sort(CODE_POINTS);
        int[] common = intersect(partners[a], partners[b]);
        List<String> commonPartners = Arrays.stream(common)
                .boxed()
                .sorted(Comparator.comparingInt(c -> idRank[c]))
                .map(c -> ids[c])
                .toList();
        List<String> commonEvents = new ArrayList<>();
        for (int e : intersect(events[a], events[b])) {
            commonEvents.add(eventIds[e]);
        }
        commonEvents.sort(CODE_POINTS);
        return new Suggestions.Suggestion(
                ids[b],
                names[b],
                r.score(),
                r.distanceKm(),
                List.copyOf(sharedPhases),
                List.copyOf(sharedTopics),
                commonPartners,
                List.copyOf(commonEvents),
                district[a] == district[b]);
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
        return distanceMeters(lon[a], lat[a], lon[b], lat[b]) / 1000.0;
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
