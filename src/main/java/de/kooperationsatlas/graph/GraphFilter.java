package de.kooperationsatlas.graph;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.base.LifePhase;
import org.jspecify.annotations.Nullable;

/**
 * What narrows a network picture; each part may be null (no filter). Phase, topic and type keep the
 * actors that match (a chain's contributor by the phases it contributes); kind keeps the cooperations
 * of that kind.
 *
 * @param topic a topic's label or its code (slug)
 */
public record GraphFilter(
        @Nullable LifePhase phase,
        @Nullable String topic,
        @Nullable ActorType type,
        @Nullable CooperationKind kind) {

    /** No filter at all. */
    public static final GraphFilter NONE = new GraphFilter(null, null, null, null);

    public boolean narrowsActors() {
        return phase != null || topic != null || type != null;
    }
}
