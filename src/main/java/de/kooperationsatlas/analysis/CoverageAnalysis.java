package de.kooperationsatlas.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Phase and transition coverage of a region or of a chain's contributors. */
final class CoverageAnalysis {

    private final AnalysisQueries queries;

    CoverageAnalysis(AnalysisQueries queries) {
        this.queries = queries;
    }

    PhaseCoverage coverage(@Nullable String region, @Nullable String chain) {
        var scope = queries.scope(region, chain);
        var phases = List.copyOf(queries.neo4j()
                .query(queries.statement("phase_coverage"))
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

    TransitionCoverage transitions(@Nullable String region, @Nullable String chain) {
        var scope = queries.scope(region, chain);
        var members = List.copyOf(queries.neo4j()
                .query(queries.statement("transition_subgraph"))
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
}
