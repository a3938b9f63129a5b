package de.kooperationsatlas.console;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a console query, in JSON-friendly values: nodes as {@code {id, labels, properties}},
 * relationships as {@code {id, type, start, end, properties}}, paths as {@code {nodes, relationships}},
 * temporal values as ISO strings, points as {@code {srid, x, y}}.
 *
 * @param columns the column names, in the query's order
 * @param rows one map per row, keyed by column name (in column order)
 * @param truncated whether the query had more rows than {@code rowLimit}
 * @param rowLimit the most rows an answer holds
 * @param hidden how many values were left out because they are the app's internal data (users, console
 *     history, store markers); each is {@code null} in the rows
 * @param graph the distinct nodes and relationships in the rows, for drawing
 * @param millis how long the query took
 */
public record ConsoleResult(
        List<String> columns,
        List<Map<String, @Nullable Object>> rows,
        boolean truncated,
        int rowLimit,
        int hidden,
        Graph graph,
        long millis) {

    /** The nodes and relationships of an answer, each once. */
    public record Graph(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {

        public boolean isEmpty() {
            return nodes.isEmpty() && relationships.isEmpty();
        }
    }
}
