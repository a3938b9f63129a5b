package de.kooperationsatlas.console;

import de.kooperationsatlas.console.ConsoleException.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's text on the way in and out: the query and its JSON parameters as the user typed them, and
 * an answer as JSON, one-line text or CSV. Kept apart from {@link ConsoleService}, which only runs queries.
 */
final class ConsoleFormats {

    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[\\s;]+$");

    private final JsonMapper json = JsonMapper.builder().build();

    /** Reads the JSON text of the parameters field: an object, or empty for none. */
    Map<String, Object> parseParameters(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            var node = json.readTree(text);
            if (!node.isObject()) {
                throw new ConsoleException(Reason.INVALID, "console.invalid.paramsObject");
            }
            Map<String, Object> parsed = json.convertValue(node, new TypeReference<Map<String, Object>>() {});
            return parameters(parsed);
        } catch (JacksonException e) {
            var location = e.getLocation();
            throw new ConsoleException(
                    Reason.INVALID,
                    "console.invalid.params",
                    location == null ? 1 : location.getLineNr(),
                    location == null ? 1 : location.getColumnNr(),
                    e.getOriginalMessage());
        }
    }

    /** Parameters, a graph or a whole answer as pretty JSON text (for the parameters field and downloads). */
    String toJson(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    /** A value of an answer as one line of text: strings as they are, lists, maps, nodes as compact JSON. */
    String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return json.writeValueAsString(value);
    }

    /**
     * An answer as CSV the way the app's other downloads are (UTF-8 with BOM, {@code ;}, so that a German
     * spreadsheet opens it with a double-click); a text cell that a spreadsheet would run as a formula
     * gets a leading apostrophe.
     */
    byte[] csv(ConsoleResult result) {
        var out = new java.io.StringWriter();
        try (var printer = new org.apache.commons.csv.CSVPrinter(
                out,
                org.apache.commons.csv.CSVFormat.EXCEL
                        .builder()
                        .setDelimiter(';')
                        .get())) {
            printer.printRecord(result.columns());
            for (var row : result.rows()) {
                List<String> cells = new ArrayList<>();
                for (String column : result.columns()) {
                    Object value = row.get(column);
                    String cell = text(value);
                    if (value instanceof String && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                        cell = "'" + cell;
                    }
                    cells.add(cell);
                }
                printer.printRecord(cells);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static String statement(@Nullable String query) {
        String statement = query == null
                ? ""
                : TRAILING_SEMICOLONS.matcher(query).replaceFirst("").strip();
        if (statement.isEmpty()) {
            throw new ConsoleException(Reason.INVALID, "console.invalid.empty");
        }
        return statement;
    }

    /** Checks that every value is one the driver sends as is (JSON gives no others, except huge numbers). */
    static Map<String, Object> parameters(@Nullable Map<String, ?> parameters) {
        if (parameters == null) {
            return Map.of();
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        parameters.forEach((name, value) -> checked.put(name, parameter(name, value)));
        return checked;
    }

    private static @Nullable Object parameter(String name, @Nullable Object value) {
        if (value instanceof BigInteger big) {
            try {
                return big.longValueExact();
            } catch (ArithmeticException e) {
                throw new ConsoleException(Reason.INVALID, "console.invalid.paramNumber", name);
            }
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> checked = new LinkedHashMap<>();
            map.forEach((key, inner) -> checked.put(String.valueOf(key), parameter(name, inner)));
            return checked;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> checked = new ArrayList<>();
            list.forEach(inner -> checked.add(parameter(name, inner)));
            return checked;
        }
        return value;
    }
}
