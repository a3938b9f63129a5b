package de.kooperationsatlas.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analyses over HTTP, exactly in the contract's JSON shapes. Numbers arrive as text and are parsed
 * here, so that a bad value is a 400 naming the parameter rather than a conversion error.
 */
@RestController
class AnalysisController {

    private final AnalysisService analyses;

    AnalysisController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/api/analysis/coverage")
    CoverageJson coverage(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String chain) {
        var result = analyses.coverage(blankToNull(region), blankToNull(chain));
        return new CoverageJson(
                result.region(),
                result.phases().stream()
                        .map(p -> new PhaseJson(p.code(), p.actors()))
                        .toList(),
                result.gaps());
    }

    @GetMapping("/api/analysis/transitions")
    TransitionsJson transitions(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String chain) {
        var result = analyses.transitions(blankToNull(region), blankToNull(chain));
        return new TransitionsJson(
                result.region(),
                result.transitions().stream()
                        .map(t -> new TransitionJson(
                                t.from(),
                                t.to(),
                                t.bridged(),
                                t.actors().stream().map(ActorRef::id).toList(),
                                t.pairs().stream()
                                        .map(p -> List.of(p.a().id(), p.b().id()))
                                        .toList()))
                        .toList(),
                result.gaps());
    }

    @GetMapping("/api/analysis/unconnected-peers")
    PeersJson unconnectedPeers(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String limit) {
        var result = analyses.unconnectedPeers(required("region", region), integer("limit", limit, 50));
        return new PeersJson(
                result.region(),
                result.pairs().stream()
                        .map(p -> new PeerJson(p.a().id(), p.b().id(), p.sharedPhases(), p.sharedTopics(), p.score()))
                        .toList());
    }

    @GetMapping("/api/analysis/isolated")
    IsolatedJson isolated(@RequestParam(required = false) @Nullable String region) {
        var result = analyses.isolated(required("region", region));
        return new IsolatedJson(
                result.region(), result.actors().stream().map(ActorRef::id).toList());
    }

    @GetMapping("/api/analysis/brokers")
    BrokersJson brokers(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String refresh) {
        refreshIfAsked(refresh);
        var result =
                analyses.brokers(required("region", region), integer("limit", limit, AnalysisService.DEFAULT_BROKERS));
        return new BrokersJson(
                result.region(),
                result.actors().stream()
                        .map(b -> new BrokerJson(b.id(), b.betweenness()))
                        .toList());
    }

    @GetMapping("/api/actors/{id}/suggestions")
    SuggestionsJson suggestions(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String phase,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String radiusKm,
            @RequestParam(required = false) @Nullable String limit) {
        var result = analyses.suggestions(
                id, blankToNull(phase), blankToNull(topic), decimal("radiusKm", radiusKm), integer("limit", limit, 20));
        return new SuggestionsJson(
                result.actor(),
                result.suggestions().stream()
                        .map(s -> new SuggestionJson(
                                s.id(),
                                s.score(),
                                s.distanceKm(),
                                s.sharedPhases(),
                                s.sharedTopics(),
                                s.commonPartners(),
                                s.commonEvents(),
                                s.sameDistrict()))
                        .toList());
    }

    @GetMapping("/api/municipalities/{ags}/collaborators")
    CollaboratorsJson collaborators(
            @PathVariable String ags,
            @RequestParam(required = false) @Nullable String phase,
            @RequestParam(required = false) @Nullable String topic,
            @RequestParam(required = false) @Nullable String radiusKm) {
        var result = analyses.collaborators(ags, blankToNull(phase), blankToNull(topic), decimal("radiusKm", radiusKm));
        return new CollaboratorsJson(
                result.municipality(),
                result.actors().stream()
                        .map(c -> new CollaboratorJson(c.id(), c.distanceKm(), c.serves()))
                        .toList());
    }

    @GetMapping("/api/analysis/districts")
    DistrictsJson districts(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String refresh) {
        refreshIfAsked(refresh);
        var result = analyses.districts(blankToNull(state));
        return new DistrictsJson(result.state(), result.districts());
    }

    /** {@code ?refresh=true} drops the cached results, for writes made outside the app. */
    private void refreshIfAsked(@Nullable String refresh) {
        if ("true".equalsIgnoreCase(blankToNull(refresh))) {
            analyses.refresh();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(String parameter, @Nullable String value) {
        var clean = blankToNull(value);
        if (clean == null) {
            throw new IllegalArgumentException("The parameter " + parameter + " is required");
        }
        return clean;
    }

    private static int integer(String parameter, @Nullable String value, int fallback) {
        var clean = blankToNull(value);
        if (clean == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(clean);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The parameter " + parameter + " must be a whole number, not '" + clean + "'");
        }
    }

    private static @Nullable Double decimal(String parameter, @Nullable String value) {
        var clean = blankToNull(value);
        if (clean == null) {
            return null;
        }
        try {
            return Double.parseDouble(clean);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The parameter " + parameter + " must be a number, not '" + clean + "'");
        }
    }

    record CoverageJson(String region, List<PhaseJson> phases, List<String> gaps) {}

    record PhaseJson(String code, long actors) {}

    record TransitionsJson(String region, List<TransitionJson> transitions, List<List<String>> gaps) {}

    record TransitionJson(String from, String to, boolean bridged, List<String> actors, List<List<String>> pairs) {}

    record PeersJson(String region, List<PeerJson> pairs) {}

    record PeerJson(String a, String b, List<String> sharedPhases, List<String> sharedTopics, long score) {}

    record IsolatedJson(String region, List<String> actors) {}

    record BrokersJson(String region, List<BrokerJson> actors) {}

    record BrokerJson(String id, double betweenness) {}

    record SuggestionsJson(String actor, List<SuggestionJson> suggestions) {}

    record SuggestionJson(
            String id,
            long score,
            @Nullable Double distanceKm,
            List<String> sharedPhases,
            List<String> sharedTopics,
            List<String> commonPartners,
            List<String> commonEvents,
            boolean sameDistrict) {}

    record CollaboratorsJson(String municipality, List<CollaboratorJson> actors) {}

    record CollaboratorJson(String id, @Nullable Double distanceKm, boolean serves) {}

    record DistrictsJson(@Nullable String state, List<DistrictComparison.District> districts) {}
}
