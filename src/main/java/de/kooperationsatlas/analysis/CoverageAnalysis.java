package de.kooperationsatlas.analysis;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Phase and transition coverage of a region or of a chain's contributors. */
final class CoverageAnalysis {

    private final AnalysisQueries queries;

    CoverageAnalysis(AnalysisQueries queries) {
        this.queries = queries;
    }

    PhaseCoverage coverage(@Nullable String region, @Nullable String chain, LocalDate asOf) {
        var scope = queries.scope(region, chain, asOf);
        var phases = queries.rows(
                "phase_coverage",
                scope.parameters(),
                PhaseCoverage.Phase.class,
                r -> new PhaseCoverage.Phase(
                        r.get("phase").asString(), r.get("actors").asLong()));
        var gaps = phases.stream()
                .filter(p -> p.actors() == 0)
                .map(PhaseCoverage.Phase::code)
                .toList();
        return new PhaseCoverage(scope.region(), phases, gaps);
    }

    TransitionCoverage transitions(@Nullable String region, @Nullable String chain, LocalDate asOf) {
        var scope = scopeAt(region, chain, asOf);
        var transitions = TransitionScope.transitions(scope.members());
        var gaps = transitions.stream()
                .filter(t -> !t.bridged())
                .map(t -> List.of(t.from(), t.to()))
                .toList();
        return new TransitionCoverage(scope.region(), transitions, gaps);
    }

    /** The actors in scope at a date, with their phases in scope and active partners, and the echoed region. */
    record ScopeMembers(String region, List<TransitionScope.Member> members) {}

    ScopeMembers scopeAt(@Nullable String region, @Nullable String chain, LocalDate asOf) {
        var scope = queries.scope(region, chain, asOf);
        var members = queries.rows(
                "transition_subgraph",
                scope.parameters(),
                TransitionScope.Member.class,
                r -> new TransitionScope.Member(
                        r.get("id").asString(),
                        r.get("name").asString(),
                        r.get("phases").asList(Value::asString),
                        r.get("partners").asList(Value::asString)));
        return new ScopeMembers(scope.region(), members);
    }
}
