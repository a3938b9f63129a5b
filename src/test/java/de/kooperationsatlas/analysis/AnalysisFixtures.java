package de.kooperationsatlas.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Loads the Cypher fixtures of {@code fixtures/analysis/}: statements end with {@code ;} at a line end. */
final class AnalysisFixtures {

    private AnalysisFixtures() {}

    static void load(Neo4jClient neo4j, String name) {
        for (String statement : statements(name)) {
            neo4j.query(statement).run();
        }
    }

    static List<String> statements(String name) {
        String text;
        try (InputStream in = AnalysisFixtures.class.getResourceAsStream("/fixtures/analysis/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }
}
