package de.kooperationsatlas.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the header comment of a file in {@code cypher/analysis/}: {@code // title: …}, {@code //
 * description: …} (continued on lines that start with {@code //} and more spaces) and {@code //
 * parameters: $region (AGS, e.g. '15085'), $limit (e.g. 20), $phase (… or null)}. Each parameter's
 * example value is its {@code e.g.} value, else null.
 */
final class ConsoleExamples {

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)\\s*(?:\\(((?:[^()]|\\([^()]*\\))*)\\))?");
    private static final Pattern TEXT_EXAMPLE = Pattern.compile("e\\.g\\.\\s*'([^']*)'");
    private static final Pattern NUMBER_EXAMPLE = Pattern.compile("e\\.g\\.\\s*(-?\\d+(?:\\.\\d+)?)");

    private ConsoleExamples() {}

    static ConsoleExample parse(String name, String text, String statement) {
        Map<String, StringBuilder> header = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("//")) {
                break;
            }
            String content = trimmed.substring(2);
            var field = Pattern.compile("^\\s(\\w+):\\s?(.*)$").matcher(content);
            if (field.matches()) {
                current = new StringBuilder(field.group(2).strip());
                header.put(field.group(1), current);
            } else if (current != null) {
                current.append(' ').append(content.strip());
            }
        }
        String parameters = value(header, "parameters");
        return new ConsoleExample(
                name,
                header.containsKey("title") ? value(header, "title") : name,
                value(header, "description"),
                parameters,
                statement,
                exampleValues(parameters));
    }

    private static String value(Map<String, StringBuilder> header, String key) {
        var value = header.get(key);
        return value == null ? "" : value.toString().strip();
    }

    static Map<String, @Nullable Object> exampleValues(String parameters) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        var matcher = PARAMETER.matcher(parameters);
        while (matcher.find()) {
            String explanation = matcher.group(2) == null ? "" : matcher.group(2);
            values.put(matcher.group(1), example(explanation));
        }
        return values;
    }

    private static @Nullable Object example(String explanation) {
        var text = TEXT_EXAMPLE.matcher(explanation);
        if (text.find()) {
            return text.group(1);
        }
        var number = NUMBER_EXAMPLE.matcher(explanation);
        if (number.find()) {
            String digits = number.group(1);
            return digits.contains(".") ? (Object) Double.parseDouble(digits) : (Object) Long.parseLong(digits);
        }
        return null;
    }
}
