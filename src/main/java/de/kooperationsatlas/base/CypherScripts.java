package de.kooperationsatlas.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the Cypher files shipped under {@code cypher/} (the project's top-level folder, copied onto the
 * classpath). A file holds statements that each end with {@code ;} at the end of a line, so the same
 * file runs unchanged in cypher-shell.
 */
@Component
public class CypherScripts {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /** The text of {@code cypher/<path>}. */
    public String text(String path) {
        try {
            return resolver.getResource("classpath:cypher/" + path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing Cypher file cypher/" + path, e);
        }
    }

    /** The statements of {@code cypher/<path>}, without comment lines. */
    public List<String> statements(String path) {
        return split(text(path));
    }

    /** The file names in {@code cypher/<folder>} ending with {@code .cypher}, sorted by name. */
    public List<String> files(String folder) {
        try {
            Resource[] found = resolver.getResources("classpath*:cypher/" + folder + "/*.cypher");
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(name -> name != null)
                    .sorted(Comparator.naturalOrder())
                    .distinct()
                    .map(name -> folder + "/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list cypher/" + folder, e);
        }
    }

    public static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
