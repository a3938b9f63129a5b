package de.kooperationsatlas.graph;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ParameterException;
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

    /** Parses a filter from request or URL parameters; blank means no filter, unknown codes are errors. */
    public static GraphFilter parse(
            @Nullable String phase, @Nullable String topic, @Nullable String type, @Nullable String kind) {
        return new GraphFilter(
                blank(phase)
                        ? null
                        : LifePhase.ofCode(phase.strip())
                                .orElseThrow(() -> new ParameterException(
                                        "phase",
                                        "Unknown life phase '" + phase + "' in parameter phase",
                                        "api.param.unknownPhase",
                                        phase)),
                blank(topic) ? null : topic.strip(),
                blank(type)
                        ? null
                        : ActorType.ofCode(type.strip())
                                .orElseThrow(() -> new ParameterException(
                                        "type",
                                        "Unknown actor type '" + type + "' in parameter type",
                                        "api.param.unknownType",
                                        type)),
                blank(kind)
                        ? null
                        : CooperationKind.ofCode(kind.strip())
                                .orElseThrow(() -> new ParameterException(
                                        "kind",
                                        "Unknown cooperation kind '" + kind + "' in parameter kind",
                                        "api.param.unknownKind",
                                        kind)));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
