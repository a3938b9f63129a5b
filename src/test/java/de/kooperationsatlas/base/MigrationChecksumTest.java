package de.kooperationsatlas.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4jBuilders;

/** Schema files run in order, once each; an edited file that already ran is refused by its checksum. */
class MigrationChecksumTest {

    @Test
    void an_edited_migration_that_already_ran_is_refused(@TempDir Path folder) throws Exception {
        try (var server =
                        Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
                var driver = GraphDatabase.driver(server.boltURI(), AuthTokens.none())) {
            Path first = folder.resolve("V0001__Thing_key.cypher");
            Files.writeString(
                    first, "CREATE CONSTRAINT thing_key IF NOT EXISTS FOR (t:Thing) REQUIRE t.key IS UNIQUE;\n");
            Files.writeString(
                    folder.resolve("V0002__Other_key.cypher"),
                    "CREATE CONSTRAINT other_key IF NOT EXISTS FOR (o:Other) REQUIRE o.key IS UNIQUE;\n");
            String location = "file:" + folder;

            assertThat(SchemaMigrations.migrations(driver, location).apply())
                    .hasValueSatisfying(v -> assertThat(v.getValue()).isEqualTo("0002"));
            // A second start applies nothing new and is fine.
            assertThat(SchemaMigrations.migrations(driver, location).apply())
                    .hasValueSatisfying(v -> assertThat(v.getValue()).isEqualTo("0002"));
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m)")
                                .single()
                                .get(0)
                                .asLong())
                        .isEqualTo(2);
            }

            Files.writeString(
                    first, "CREATE CONSTRAINT thing_key IF NOT EXISTS FOR (t:Thing) REQUIRE t.name IS UNIQUE;\n");
            assertThatThrownBy(
                            () -> SchemaMigrations.migrations(driver, location).apply())
                    .satisfies(e -> assertThat(e.getMessage())
                            .containsIgnoringCase("checksum")
                            .contains("0001"));
        }
    }
}
