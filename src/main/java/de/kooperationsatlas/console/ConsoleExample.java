package de.kooperationsatlas.console;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An example query for the console: one of the files in {@code cypher/analysis/}, with the title,
 * description and parameters of its header comment.
 *
 * @param name the file name without {@code .cypher}
 * @param title the header's title
 * @param description the header's description (continuation lines joined)
 * @param parameters the header's parameter line, as written
 * @param query the statement, without the header and the closing {@code ;}
 * @param exampleParameters a value for each parameter (the header's {@code e.g.} value, else null)
 */
public record ConsoleExample(
        String name,
        String title,
        String description,
        String parameters,
        String query,
        Map<String, @Nullable Object> exampleParameters) {}
