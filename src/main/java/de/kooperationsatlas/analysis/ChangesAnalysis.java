package de.kooperationsatlas.analysis;

import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ParameterException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two dates (the contract's "Time"): the scope (a region's actors, or a chain's
 * contributors) is fetched as of each date with {@code transition_subgraph.cypher}, whose rows carry
 * each actor's phases in scope and its active partners; sets, gaps and figures are compared in Java.
 * The figures follow the district comparison's definitions: cooperations with both ends in scope,
 * density {@code 2E / (N(N−1))}, isolated = no active cooperation with anyone.
 */
final class ChangesAnalysis {

    private static final Comparator<List<String>> PAIRS = Comparator.<List<String>, String>comparing(
                    p -> p.get(0), SuggestionIndex.CODE_POINTS)
            .thenComparing(p -> p.get(1), SuggestionIndex.CODE_POINTS);

    /** Where the earlier date's scope is fetched while the caller fetches the later one. */
    private static final Executor BESIDE = Executors.newVirtualThreadPerTaskExecutor();

    private final CoverageAnalysis coverage;

    ChangesAnalysis(CoverageAnalysis coverage) {
        this.coverage = coverage;
    }

    Changes changes(
            @Nullable String region,
            @Nullable String chain,
            String fromText,
            LocalDate from,
            String toText,
            LocalDate to) {
        if (from.isAfter(to)) {
            throw new ParameterException(
                    "from",
                    "The parameter from (" + fromText + ") is after to (" + toText + ")",
                    "api.param.fromAfterTo",
                    fromText,
                    toText);
        }
        // The two dates are fetched side by side (two read queries), which halves the wait on an idle server.
        var earlier = CompletableFuture.supplyAsync(() -> coverage.scopeAt(region, chain, from), BESIDE);
        var after = coverage.scopeAt(region, chain, to);
        CoverageAnalysis.ScopeMembers before;
        try {
            before = earlier.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        var then = Snapshot.of(before.members());
        var now = Snapshot.of(after.members());
        return new Changes(
                after.region(),
                chain,
                fromText,
                toText,
                new Changes.ChangedItems<>(
                        sortedDifference(now.actors(), then.actors()), sortedDifference(then.actors(), now.actors())),
                new Changes.ChangedItems<>(
                        pairDifference(now.cooperations(), then.cooperations()),
                        pairDifference(then.cooperations(), now.cooperations())),
                new Changes.ChangedGaps<>(
                        sortedDifference(then.phaseGaps(), now.phaseGaps()),
                        sortedDifference(now.phaseGaps(), then.phaseGaps())),
                new Changes.ChangedGaps<>(
                        pairDifference(then.transitionGaps(), now.transitionGaps()),
                        pairDifference(now.transitionGaps(), then.transitionGaps())),
                List.of(
                        new Changes.FigureChange(
                                "actors", then.actors().size(), now.actors().size()),
                        new Changes.FigureChange(
                                "cooperations",
                                then.cooperations().size(),
                                now.cooperations().size()),
                        new Changes.FigureChange("density", then.density(), now.density()),
                        new Changes.FigureChange("isolated", then.isolated(), now.isolated()),
                        new Changes.FigureChange(
                                "coveredPhases",
                                LifePhase.values().length - then.phaseGaps().size(),
                                LifePhase.values().length - now.phaseGaps().size()),
                        new Changes.FigureChange(
                                "bridgedTransitions",
                                LifePhase.values().length
                                        - 1
                                        - then.transitionGaps().size(),
                                LifePhase.values().length
                                        - 1
                                        - now.transitionGaps().size())));
    }

    private static List<String> sortedDifference(Set<String> of, Set<String> without) {
        var result = new TreeSet<String>(SuggestionIndex.CODE_POINTS);
        for (String item : of) {
            if (!without.contains(item)) {
                result.add(item);
            }
        }
        return List.copyOf(result);
    }

    private static List<List<String>> pairDifference(Set<List<String>> of, Set<List<String>> without) {
        var result = new ArrayList<List<String>>();
        for (var pair : of) {
            if (!without.contains(pair)) {
                result.add(pair);
            }
        }
        result.sort(PAIRS);
        return List.copyOf(result);
    }

    /** The scope at one date: actors, cooperations among them ([a, b], a < b), gaps, isolated count. */
    private record Snapshot(
            Set<String> actors,
            Set<List<String>> cooperations,
            Set<String> phaseGaps,
            Set<List<String>> transitionGaps,
            long isolated) {

        static Snapshot of(List<TransitionScope.Member> members) {
            Set<String> actors = new HashSet<>();
            for (var m : members) {
                actors.add(m.id());
            }
            Set<List<String>> cooperations = new HashSet<>();
            Set<String> covered = new HashSet<>();
            long isolated = 0;
            for (var m : members) {
                covered.addAll(m.phases());
                if (m.partners().isEmpty()) {
                    isolated++;
                }
                for (String partner : m.partners()) {
                    if (actors.contains(partner) && SuggestionIndex.CODE_POINTS.compare(m.id(), partner) < 0) {
                        cooperations.add(List.of(m.id(), partner));
                    }
                }
            }
            Set<String> phaseGaps = new HashSet<>();
            for (var phase : LifePhase.values()) {
                if (!covered.contains(phase.name())) {
                    phaseGaps.add(phase.name());
                }
            }
            Set<List<String>> transitionGaps = new HashSet<>();
            boolean[] bridged = TransitionScope.bridged(members);
            var phases = LifePhase.values();
            for (int t = 0; t < bridged.length; t++) {
                if (!bridged[t]) {
                    transitionGaps.add(List.of(phases[t].name(), phases[t + 1].name()));
                }
            }
            return new Snapshot(actors, cooperations, phaseGaps, transitionGaps, isolated);
        }

        double density() {
            long n = actors.size();
            return n < 2 ? 0.0 : 2.0 * cooperations.size() / (n * (n - 1));
        }
    }
}
