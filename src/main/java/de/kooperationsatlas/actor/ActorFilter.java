package de.kooperationsatlas.actor;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the actor list: region (the actor belongs to it by the contract's rule), type, life phase,
 * topic (code or label) and free text (name or id); null or blank means no filter.
 */
public record ActorFilter(
        @Nullable String region,
        @Nullable String type,
        @Nullable String phase,
        @Nullable String topic,
        @Nullable String text) {

    public static ActorFilter none() {
        return new ActorFilter(null, null, null, null, null);
    }
}
