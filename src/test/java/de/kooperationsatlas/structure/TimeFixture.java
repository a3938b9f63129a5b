package de.kooperationsatlas.structure;

import de.kooperationsatlas.base.CypherScripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The asOf fixture {@code structure/time_fixtures.cypher} (Ingolstadt, ids {@code SX-Z…}): loaded
 * before and removed after each test that uses it, so the suite's shared store keeps only undated
 * fixture data.
 */
public final class TimeFixture {

    /** District and seat of the fixture's actors. */
    public static final String DISTRICT = "09161";

    public static final String SEAT = "09161000";

    private TimeFixture() {}

    public static void load(Neo4jClient neo4j) {
        String text;
        try (InputStream in = TimeFixture.class.getResourceAsStream("/structure/time_fixtures.cypher")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CypherScripts.split(text).forEach(statement -> neo4j.query(statement).run());
    }

    public static void remove(Neo4jClient neo4j) {
        neo4j.query("MATCH (n) WHERE (n:Actor OR n:Network) AND n.id STARTS WITH 'SX-Z' DETACH DELETE n")
                .run();
    }
}
