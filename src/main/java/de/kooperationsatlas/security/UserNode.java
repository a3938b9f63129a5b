package de.kooperationsatlas.security;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A user in the graph; {@code passwordHash} is a bcrypt hash encrypted with the server's secret. */
@Node("User")
record UserNode(
        @Id String name,
        @Nullable String displayName,
        List<String> roles,
        List<String> regions,
        String passwordHash,
        boolean enabled,
        @Nullable ZonedDateTime createdAt,
        @Nullable String createdBy,
        @Nullable ZonedDateTime updatedAt,
        @Nullable String updatedBy) {}
