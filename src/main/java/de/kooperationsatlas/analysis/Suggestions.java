package de.kooperationsatlas.analysis;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collaborator suggestions (Kooperationsvorschläge) for an actor, best first, each with its reasons. */
public record Suggestions(String actor, List<Suggestion> suggestions) {

    /**
     * One suggested actor with its score and why: shared phases (life-phase order) and topics (labels),
     * common cooperation partners and events (ids), the distance between the seats (null when a seat has
     * no location) and whether both seats lie in the same district.
     */
    public record Suggestion(
            String id,
            String name,
            long score,
            @Nullable Double distanceKm,
            List<String> sharedPhases,
            List<String> sharedTopics,
            List<String> commonPartners,
            List<String> commonEvents,
            boolean sameDistrict) {}
}
