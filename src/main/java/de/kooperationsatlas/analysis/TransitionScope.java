package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.LifePhase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Transition coverage computed from the actors in scope as {@code transition_subgraph.cypher} fetches
 * them (name order, phases in scope, all partners): per transition p→q the actors active in both, and
 * every cooperating pair in scope with one actor in p and the other in q, each pair once with the
 * smaller id as {@code a}, listed in the name order of {@code a}, then by the id of {@code b} (code
 * point) — the same rows as {@code transition_coverage.cypher}.
 */
final class TransitionScope {

    /** One actor in scope, as fetched. */
    record Member(String id, String name, List<String> phases, List<String> partners) {}

    private TransitionScope() {}

    /** The actors' phases as bit masks and each one's partners in scope with a larger id, by index. */
    private record Prepared(int n, int[] mask, int[][] partners, ActorRef[] refs) {}

    private static Prepared prepare(List<Member> members) {

        int n = members.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        int[] mask = new int[n];
        ActorRef[] refs = new ActorRef[n];
        for (int i = 0; i < n; i++) {
            var m = members.get(i);
            index.putIfAbsent(m.id(), i);
            refs[i] = new ActorRef(m.id(), m.name());
            for (String code : m.phases()) {
                var phase = LifePhase.ofCode(code);
                if (phase.isPresent()) {
                    mask[i] |= 1 << phase.get().ordinal();
                }
            }
        }
        // Each actor's partners in scope with a larger id, by id.
        int[][] partners = new int[n][];
        for (int i = 0; i < n; i++) {
            String id = members.get(i).id();
            partners[i] = members.get(i).partners().stream()
                    .filter(p -> SuggestionIndex.CODE_POINTS.compare(id, p) < 0)
                    .sorted(SuggestionIndex.CODE_POINTS)
                    .map(index::get)
                    .filter(j -> j != null)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return new Prepared(n, mask, partners, refs);
    }

    /**
     * Only whether each of the eight transitions is bridged, without listing actors and pairs: what
     * "changes" compares at two dates, for a state of 15,000 actors without building their pair lists.
     */
    static boolean[] bridged(List<Member> members) {
        var s = prepare(members);
        var phases = LifePhase.values();
        boolean[] bridged = new boolean[phases.length - 1];
        for (int t = 0; t + 1 < phases.length; t++) {
            int p = 1 << t;
            int q = 1 << (t + 1);
            found:
            for (int i = 0; i < s.n(); i++) {
                int own = s.mask()[i];
                if ((own & p) != 0 && (own & q) != 0) {
                    bridged[t] = true;
                    break;
                }
                if ((own & (p | q)) == 0) {
                    continue;
                }
                for (int j : s.partners()[i]) {
                    int other = s.mask()[j];
                    if (((own & p) != 0 && (other & q) != 0) || ((own & q) != 0 && (other & p) != 0)) {
                        bridged[t] = true;
                        break found;
                    }
                }
            }
        }
        return bridged;
    }

    static List<TransitionCoverage.Transition> transitions(List<Member> members) {
        var prepared = prepare(members);
        int n = prepared.n();
        int[] mask = prepared.mask();
        int[][] partners = prepared.partners();
        ActorRef[] refs = prepared.refs();
        var phases = LifePhase.values();
        List<TransitionCoverage.Transition> result = new ArrayList<>(phases.length - 1);
        for (int t = 0; t + 1 < phases.length; t++) {
            int p = 1 << t;
            int q = 1 << (t + 1);
            List<ActorRef> actors = new ArrayList<>();
            List<TransitionCoverage.Pair> pairs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int s = mask[i];
                if ((s & p) != 0 && (s & q) != 0) {
                    actors.add(refs[i]);
                }
                if ((s & (p | q)) == 0) {
                    continue;
                }
                for (int j : partners[i]) {
                    int o = mask[j];
                    if (((s & p) != 0 && (o & q) != 0) || ((s & q) != 0 && (o & p) != 0)) {
                        pairs.add(new TransitionCoverage.Pair(refs[i], refs[j]));
                    }
                }
            }
            result.add(new TransitionCoverage.Transition(
                    phases[t].name(),
                    phases[t + 1].name(),
                    !actors.isEmpty() || !pairs.isEmpty(),
                    List.copyOf(actors),
                    List.copyOf(pairs)));
        }
        return List.copyOf(result);
    }
}
