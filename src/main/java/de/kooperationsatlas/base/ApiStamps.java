package de.kooperationsatlas.base;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Who created and last changed an entry, and when, as the API writes it: an entry's JSON record takes it
 * as its last component with {@link JsonUnwrapped}, so the four fields stand in the entry itself.
 */
public record ApiStamps(
        @Nullable OffsetDateTime createdAt,
        @Nullable String createdBy,
        @Nullable OffsetDateTime updatedAt,
        @Nullable String updatedBy) {

    public static ApiStamps of(KeyedDetails entry) {
        return new ApiStamps(
                ApiBodies.offset(entry.createdAt()),
                entry.createdBy(),
                ApiBodies.offset(entry.updatedAt()),
                entry.updatedBy());
    }
}
