package de.kooperationsatlas.security;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user as the private store keeps it ({@code (:User)} in {@link de.kooperationsatlas.base.PrivateStore});
 * {@code passwordHash} is a bcrypt hash encrypted with the server's secret.
 */
record UserNode(
        String name,
        @Nullable String displayName,
        List<String> roles,
        List<String> regions,
        String passwordHash,
        boolean enabled,
        @Nullable ZonedDateTime createdAt,
        @Nullable String createdBy,
        @Nullable ZonedDateTime updatedAt,
        @Nullable String updatedBy) {}
