package de.kooperationsatlas.base;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's own settings, bound from {@code atlas.*} in {@code application.yml}, where each one reads
 * its environment variable ({@code ATLAS_DATA_DIR}, {@code NEO4J_URI}, …).
 *
 * @param dataDir the folder holding the embedded store, the generated secrets and uploads
 * @param boltPort the embedded store's Bolt port on 127.0.0.1 (0 picks a free one)
 * @param adminPassword the first admin's password on a fresh store; random and printed once when empty
 * @param secret the key that encrypts password hashes; generated into the data folder when empty
 * @param neo4j the external store; with an empty URI the embedded store is used
 */
@ConfigurationProperties("atlas")
public record AtlasProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @Nullable String adminPassword,
        @Nullable String secret,
        @DefaultValue External neo4j) {

    /** The external Neo4j server or cluster ({@code NEO4J_URI}, {@code NEO4J_USERNAME}, {@code NEO4J_PASSWORD}). */
    public record External(
            @Nullable String uri,
            @DefaultValue("neo4j") String username,
            @Nullable String password) {

        public boolean configured() {
            return uri != null && !uri.isBlank();
        }
    }
}
