package de.kooperationsatlas.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Ranks the unconnected peers of a region from its actors' profiles (what
 * {@code unconnected_peers_subgraph.cypher} fetches): every pair sharing a life phase that does not
 * cooperate and has no common network, scored shared phases + shared topics, best first, then by the
 * two actors' positions in name order. Phases and topics are bit masks, so a pair is scored with a few
 * {@code AND}s and bit counts; a state of 15,000 actors (about 100 million pairs) takes well under a
 * second on two cores, where Cypher needs minutes.
 *
 * <p>The actors must come in the contract's name order (name by code point, then id, as Cypher's
 * {@code ORDER BY} sorts): a pair's {@code a} is then the one with the smaller position, and the ranking
 * after the score is the order of positions.
 */
final class PeerRanking {

    /** One actor of the region, as fetched: phases in life-phase order, topics by label. */
    record Profile(
            String id,
            String name,
            List<String> phases,
            List<String> topics,
            List<String> networks,
            List<String> partners) {}

    private static final int BLOCKS = 64;

    private final List<Profile> actors;
    private final long[] phaseMask;
    private final long[][] topicMask;
    private final int[] topicCount;
    private final int[] phaseCount;
    private final int[][] partners;
    private final int[][] networks;

    private PeerRanking(List<Profile> actors) {
        this.actors = actors;
        int n = actors.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(actors.get(i).id(), i);
        }
        Map<String, Integer> phaseBits = new HashMap<>();
        Map<String, Integer> topicBits = new HashMap<>();
        Map<String, Integer> networkIds = new HashMap<>();
        for (Profile actor : actors) {
            actor.phases().forEach(p -> phaseBits.putIfAbsent(p, phaseBits.size()));
            actor.topics().forEach(t -> topicBits.putIfAbsent(t, topicBits.size()));
        }
        if (phaseBits.size() > Long.SIZE) {
            throw new IllegalStateException("more than 64 life phases");
        }
        int words = Math.max(1, (topicBits.size() + Long.SIZE - 1) / Long.SIZE);
        phaseMask = new long[n];
        phaseCount = new int[n];
        topicMask = new long[n][words];
        topicCount = new int[n];
        partners = new int[n][];
        networks = new int[n][];
        for (int i = 0; i < n; i++) {
            Profile actor = actors.get(i);
            for (String phase : actor.phases()) {
                phaseMask[i] |= 1L << phaseBits.get(phase);
            }
            phaseCount[i] = Long.bitCount(phaseMask[i]);
            for (String topic : actor.topics()) {
                int bit = topicBits.get(topic);
                topicMask[i][bit >>> 6] |= 1L << bit;
            }
            for (long word : topicMask[i]) {
                topicCount[i] += Long.bitCount(word);
            }
            partners[i] = actor.partners().stream()
                    .map(index::get)
                    .filter(p -> p != null)
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .distinct()
                    .toArray();
            networks[i] = actor.networks().stream()
                    .mapToInt(id -> networkIds.computeIfAbsent(id, k -> networkIds.size()))
                    .sorted()
                    .distinct()
                    .toArray();
        }
    }

    /** The best {@code limit} pairs of these actors (in name order), best first. */
    static List<UnconnectedPeers.Pair> rank(List<Profile> actors, int limit) {
        return new PeerRanking(actors).rank(limit);
    }

    private record Candidate(int a, int b, int score) {}

    /** Better first: higher score, then smaller {@code a}, then smaller {@code b}. */
    private static int compare(Candidate x, Candidate y) {
        if (x.score() != y.score()) {
            return Integer.compare(y.score(), x.score());
        }
        if (x.a() != y.a()) {
            return Integer.compare(x.a(), y.a());
        }
        return Integer.compare(x.b(), y.b());
    }

    private List<UnconnectedPeers.Pair> rank(int limit) {
        int n = actors.size();
        // Interleaved blocks of first actors, so that every block gets long and short rows alike.
        int blocks = Math.max(1, Math.min(n, BLOCKS));
        List<Candidate> found = IntStream.range(0, blocks)
                .parallel()
                .mapToObj(block -> best(block, blocks, limit))
                .flatMap(List::stream)
                .sorted(PeerRanking::compare)
                .limit(limit)
                .toList();
        List<UnconnectedPeers.Pair> pairs = new ArrayList<>(found.size());
        for (Candidate c : found) {
            Profile a = actors.get(c.a());
            Profile b = actors.get(c.b());
            pairs.add(new UnconnectedPeers.Pair(
                    new ActorRef(a.id(), a.name()),
                    new ActorRef(b.id(), b.name()),
                    a.phases().stream().distinct().filter(b.phases()::contains).toList(),
                    a.topics().stream().filter(b.topics()::contains).toList(),
                    c.score()));
        }
        return pairs;
    }

    /** The best {@code limit} pairs whose first actor is {@code block, block + blocks, …}. */
    private List<Candidate> best(int block, int blocks, int limit) {
        int n = actors.size();
        int words = topicMask.length == 0 ? 0 : topicMask[0].length;
        // The worst of the kept candidates on top; pairs come in (a, b) order, so a later pair with the
        // same score as the worst one never displaces it: only a higher score gets in once it is full.
        var kept = new PriorityQueue<Candidate>(Math.min(limit, 1024) + 1, (x, y) -> compare(y, x));
        int threshold = 1;
        for (int i = block; i < n; i += blocks) {
            long phases = phaseMask[i];
            if (phases == 0 || phaseCount[i] + topicCount[i] < threshold) {
                continue;
            }
            long[] topics = topicMask[i];
            for (int j = i + 1; j < n; j++) {
                long shared = phases & phaseMask[j];
                if (shared == 0) {
                    continue;
                }
                int score = Long.bitCount(shared);
                long[] other = topicMask[j];
                for (int w = 0; w < words; w++) {
                    score += Long.bitCount(topics[w] & other[w]);
                }
                if (score < threshold || cooperate(i, j) || shareNetwork(i, j)) {
                    continue;
                }
                kept.add(new Candidate(i, j, score));
                if (kept.size() > limit) {
                    kept.poll();
                }
                if (kept.size() == limit) {
                    threshold = kept.peek().score() + 1;
                    if (phaseCount[i] + topicCount[i] < threshold) {
                        break;
                    }
                }
            }
        }
        return new ArrayList<>(kept);
    }

    private boolean cooperate(int i, int j) {
        int[] small = partners[i].length <= partners[j].length ? partners[i] : partners[j];
        return Arrays.binarySearch(small, small == partners[i] ? j : i) >= 0;
    }

    private boolean shareNetwork(int i, int j) {
        int[] x = networks[i];
        int[] y = networks[j];
        for (int p = 0, q = 0; p < x.length && q < y.length; ) {
            if (x[p] == y[q]) {
                return true;
            }
            if (x[p] < y[q]) {
                p++;
            } else {
                q++;
            }
        }
        return false;
    }
}
