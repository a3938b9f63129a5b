package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.TextRules;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.chain.ChainStatus;
import de.kooperationsatlas.exchange.ImportRows.Cell;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The cell rules of the contract for one file: each reads a cell, reports what is wrong with it (an
 * error) or what was put right (a warning), and answers the parsed value, or {@code null} when there
 * is none to take.
 */
final class ImportCells {

    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern INTENSITY = Pattern.compile("[123]");

    /** The kinds of regions a column takes, by key length. */
    enum Levels {
        MUNICIPALITY(Set.of(8), "import.ags.municipality"),
        CHAIN_REGION(Set.of(5, 8), "import.ags.chainRegion"),
        ANY(Set.of(2, 5, 8), "import.ags.any");

        final Set<Integer> lengths;
        final String describedBy;

        Levels(Set<Integer> lengths, String describedBy) {
            this.lengths = lengths;
            this.describedBy = describedBy;
        }
    }

    private final BundleTable table;
    private final Set<String> regions;
    private final List<ImportIssue> errors;
    private final List<ImportIssue> warnings;

    ImportCells(BundleTable table, Set<String> regions, List<ImportIssue> errors, List<ImportIssue> warnings) {
        this.table = table;
        this.regions = regions;
        this.errors = errors;
        this.warnings = warnings;
    }

    /** The file these cells are of. */
    ExchangeFormat.File file() {
        return table.file();
    }

    /** How many errors were found so far (a row is taken only when it added none). */
    int errorCount() {
        return errors.size();
    }

    /** The cell of an optional text column: absent without the column, its value {@code null} when empty. */
    @Nullable
    Cell<String> text(BundleRow row, String column) {
        String value = table.value(row, column);
        return value == null ? null : new Cell<>(value.isEmpty() ? null : value);
    }

    /** A required cell; an empty one is an error (a missing column is reported once, on line 1). */
    @Nullable
    String required(BundleRow row, String column) {
        String value = table.value(row, column);
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            error(row, column, "import.error.required", column);
            return null;
        }
        return value;
    }

    /** A key by the id rule of {@link TextRules}, unique in the file. */
    @Nullable
    String id(BundleRow row, String column, Map<String, Integer> firstLines) {
        String id = required(row, column);
        if (id == null) {
            return null;
        }
        var broken = TextRules.checkId(id);
        if (broken != null) {
            error(row, column, broken.messageKey(), broken.args().toArray());
        }
        Integer first = firstLines.putIfAbsent(id, row.line());
        if (first != null) {
            error(row, column, "import.error.duplicateId", id, String.valueOf(first));
        }
        return id;
    }

    /** A required name by the name rule of {@link TextRules}. */
    @Nullable
    String name(BundleRow row, String column) {
        String name = required(row, column);
        if (name != null) {
            var broken = TextRules.checkName(name);
            if (broken != null) {
                error(row, column, broken.messageKey(), broken.args().toArray());
            }
        }
        return name;
    }

    /** One of the enum's codes, required or optional by the file's columns. */
    @Nullable
    String code(BundleRow row, String column, Enum<?>[] allowed, String messageKey) {
        boolean required = table.file().required().contains(column);
        String value = required ? required(row, column) : table.value(row, column);
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            error(row, column, messageKey, value, names(allowed));
        }
        return value;
    }

    /** A chain's status as its code: given as the code or as its German label in any case. */
    @Nullable
    Cell<String> chainStatus(BundleRow row, String column) {
        String value = table.value(row, column);
        if (value == null || value.isEmpty()) {
            return value == null ? null : new Cell<>(null);
        }
        var status = ChainStatus.ofCodeOrGermanLabel(value);
        if (status.isEmpty()) {
            error(row, column, "import.error.statusOrLabel", value, names(ChainStatus.values()));
            return null;
        }
        return new Cell<>(status.get().name());
    }

    /** A list of life-phase codes, in life-phase order, each once. */
    @Nullable
    List<String> phases(BundleRow row, String column) {
        List<String> codes = checkedList(
                row,
                column,
                code -> LifePhase.ofCode(code).isPresent(),
                code -> error(row, column, "import.error.phase", code, names(LifePhase.values())));
        return codes == null
                ? null
                : codes.stream()
                        .distinct()
                        .sorted(Comparator.comparingInt(code ->
                                LifePhase.ofCode(code).map(LifePhase::order).orElse(100)))
                        .toList();
    }

    /** Topic labels as given; a label without a slug is an error. */
    @Nullable
    List<String> topics(BundleRow row, String column) {
        return checkedList(
                row,
                column,
                label -> !Topics.slug(label).isEmpty(),
                label -> error(row, column, "import.error.topic", label));
    }

    /** The items of a list cell, each one that is not {@code known} reported; null without the column. */
    private @Nullable List<String> checkedList(
            BundleRow row, String column, Predicate<String> known, Consumer<String> report) {
        String value = table.value(row, column);
        if (value == null) {
            return null;
        }
        List<String> items = list(value);
        items.stream().filter(known.negate()).forEach(report);
        return items;
    }

    /** A since or an until: a year or an ISO date, kept as given (a German date gets a hint). */
    @Nullable
    Cell<String> since(BundleRow row, String column) {
        String value = table.value(row, column);
        if (value != null && !value.isEmpty() && !Dates.valid(value)) {
            String suggestion = germanDate(value);
            if (suggestion != null && Dates.valid(suggestion)) {
                error(row, column, "import.error.sinceHint", value, suggestion);
            } else {
                error(row, column, "import.error.since", value);
            }
        }
        return text(row, column);
    }

    /** The intensity 1, 2 or 3. */
    @Nullable
    Cell<Long> intensity(BundleRow row, String column) {
        String value = table.value(row, column);
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return new Cell<>(null);
        }
        if (!INTENSITY.matcher(value).matches()) {
            error(row, column, "import.error.intensity", value);
            return null;
        }
        return new Cell<>(Long.valueOf(value));
    }

    /** A required ISO date. */
    @Nullable
    LocalDate date(BundleRow row, String column) {
        String value = required(row, column);
        if (value == null) {
            return null;
        }
        LocalDate date = parseDate(value);
        if (date == null) {
            String suggestion = germanDate(value);
            if (suggestion != null && parseDate(suggestion) != null) {
                error(row, column, "import.error.dateHint", value, suggestion);
            } else {
                error(row, column, "import.error.date", value);
            }
        }
        return date;
    }

    /** A required region key of the given levels, its lost leading zero put back. */
    @Nullable
    String ags(BundleRow row, String column, Levels levels) {
        String value = required(row, column);
        return value == null ? null : checkAgs(row, column, value, levels);
    }

    /** A list of region keys of the given levels, each once, lost leading zeros put back. */
    @Nullable
    List<String> agsList(BundleRow row, String column, Levels levels) {
        String value = table.value(row, column);
        if (value == null) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (String ags : list(value)) {
            String key = checkAgs(row, column, ags, levels);
            if (key != null && !keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private @Nullable String checkAgs(BundleRow row, String column, String ags, Levels levels) {
        boolean digits = DIGITS.matcher(ags).matches();
        if (digits && levels.lengths.contains(ags.length())) {
            if (!regions.contains(ags)) {
                error(row, column, "import.error.agsUnknown", ags);
                return null;
            }
            return ags;
        }
        if (digits && levels.lengths.contains(ags.length() + 1)) {
            // A spreadsheet read the key as a number and dropped its leading zero (7, 4 or 1 digits).
            String padded = "0" + ags;
            if (regions.contains(padded)) {
                warnings.add(ImportIssue.at(
                        table.file().fileName(), row.line(), column, "import.warning.agsLeadingZero", ags, padded));
                return padded;
            }
        }
        error(row, column, "import.error.agsFormat", ags, new ImportIssue.Key(levels.describedBy));
        return null;
    }

    // --- parsing ------------------------------------------------------------------------------------

    /** The values of a list cell: split on {@code |}, trimmed, without empty ones. */
    static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split(Pattern.quote(ExchangeFormat.LIST_SEPARATOR)))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static @Nullable LocalDate parseDate(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code 23.11.2023} as {@code 2023-11-23}, for the hint; {@code null} for anything else. */
    private static @Nullable String germanDate(String value) {
        Matcher german = GERMAN_DATE.matcher(value);
        if (!german.matches()) {
            return null;
        }
        return "%s-%02d-%02d"
                .formatted(german.group(3), Integer.parseInt(german.group(2)), Integer.parseInt(german.group(1)));
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** An error of the whole row, at one of its cells. */
    void error(BundleRow row, String column, String messageKey, Object... args) {
        errors.add(ImportIssue.at(table.file().fileName(), row.line(), column, messageKey, args));
    }
}
