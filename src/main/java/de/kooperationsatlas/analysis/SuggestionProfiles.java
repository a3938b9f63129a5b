package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.LifePhase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot under {@link SuggestionIndex}: every actor of the store as a position; phases as a bit
 * mask, topics, partners and events as sorted {@code int[]}s, with inverted indexes from a topic,
 * phase, event and district to its actors. Built once per store version; read only afterwards.
 */
final class SuggestionProfiles {

    static final LifePhase[] PHASES = LifePhase.values();

    final String[] ids;
    final String[] names;
    final Map<String, Integer> index;
    /** Position in the order name, then id (code point): the tie-break after score and distance. */
    final int[] nameRank;
    /** Position in id order (code point), for listing common partners. */
    final int[] idRank;

    final boolean[] seated;
    final int[] district;
    final boolean[] located;
    final double[] lon;
    final double[] lat;
    final String[] seatAgs;

    final int[] phaseMask;
    final int[][] topics;
    final int[][] partners;
    final int[][] events;

    final String[] topicLabels;
    final Map<String, Integer> topicIndex;
    final String[] eventIds;

    final int[][] byTopic;
    final int[][] byPhase;
    final int[][] byEvent;
    final int[][] byDistrict;

    SuggestionProfiles(List<SuggestionIndex.Profile> profiles) {
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
                Comparator.<Integer, String>comparing(i -> names[i], SuggestionIndex.CODE_POINTS)
                        .thenComparing(i -> ids[i], SuggestionIndex.CODE_POINTS));
        for (int r = 0; r < n; r++) {
            nameRank[order[r]] = r;
        }
        idRank = new int[n];
        Arrays.sort(order, Comparator.comparing(i -> ids[i], SuggestionIndex.CODE_POINTS));
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
}
