package de.kooperationsatlas.exchange;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.actor.CooperationService;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.chain.ChainStatus;
import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole bundle against the contract before anything is written: columns, codes, keys, dates,
 * references and repeats. Collects every problem; it never stops at the first.
 */
final class ImportValidator {

    /** The key rule of the services: no {@code |} (the list separator), no outer blanks, at most 100 characters. */
    private static final Pattern ID = Pattern.compile("[^|\\s](?:[^|]{0,98}[^|\\s])?");

    private static final Pattern GERMAN_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The kinds of regions a column takes, by key length. */
    private enum Levels {
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

    private final Set<String> regions;
    private final Function<File, Set<String>> storedIds;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final Map<File, Set<String>> bundleIds = new EnumMap<>(File.class);

    /**
     * @param regions every region key in the store
     * @param storedIds for actors, networks, chains and events: which of the given ids the store holds
     */
    ImportValidator(Set<String> regions, Function<File, Set<String>> storedIds) {
        this.regions = regions;
        this.storedIds = storedIds;
    }

    /** Every problem of the bundle, in file order then line order. */
    List<ImportIssue> validate(Collection<BundleTable> tables) {
        Map<File, BundleTable> byFile = new EnumMap<>(File.class);
        tables.forEach(t -> byFile.put(t.file(), t));
        for (File keyed : List.of(File.ACTORS, File.NETWORKS, File.CHAINS, File.EVENTS)) {
            BundleTable table = byFile.get(keyed);
            Set<String> ids = new HashSet<>();
            if (table != null && table.has("id")) {
                table.rows().forEach(row -> ids.add(table.text(row, "id")));
            }
            bundleIds.put(keyed, ids);
        }
        for (BundleTable table : byFile.values()) {
            checkHeader(table);
            switch (table.file()) {
                case ACTORS -> actors(table);
                case COOPERATIONS -> cooperations(table);
                case NETWORKS -> networks(table);
                case MEMBERSHIPS -> memberships(table);
                case CHAINS -> chains(table);
                case CHAIN_CONTRIBUTIONS -> contributions(table);
                case EVENTS -> events(table);
                case PARTICIPATIONS -> participations(table);
            }
        }
        checkReferences(byFile);
        return issues;
    }

    private void checkHeader(BundleTable table) {
        File file = table.file();
        Set<String> seen = new HashSet<>();
        for (String column : table.columns()) {
            if (!file.columns().contains(column)) {
                String nearest = nearest(column, file.columns());
                if (nearest != null) {
                    add(table, 1, column, "import.error.unknownColumn", column, nearest);
                } else {
                    add(
                            table,
                            1,
                            column,
                            "import.error.unknownColumnNoHint",
                            column,
                            String.join(", ", file.columns()));
                }
            } else if (!seen.add(column)) {
                add(table, 1, column, "import.error.duplicateColumn", column);
            }
        }
        for (String required : file.columns()) {
            if (file.required().contains(required) && !table.has(required)) {
                add(table, 1, required, "import.error.missingColumn", required);
            }
        }
    }

    private void actors(BundleTable t) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (BundleRow row : t.rows()) {
            id(t, row, "id", firstLines);
            required(t, row, "name");
            code(t, row, "type", ActorType.values(), "import.error.type");
            ags(t, row, "seat_ags", Levels.MUNICIPALITY);
            agsList(t, row, "serves", Levels.ANY);
            phases(t, row, "life_phases");
            String topics = t.value(row, "topics");
            if (topics != null) {
                for (String label : list(topics)) {
                    if (Topics.slug(label).isEmpty()) {
                        add(t, row.line(), "topics", "import.error.topic", label);
                    }
                }
            }
        }
    }

    private void cooperations(BundleTable t) {
        for (BundleRow row : t.rows()) {
            String a = required(t, row, "actor_a");
            String b = required(t, row, "actor_b");
            if (a != null && a.equals(b)) {
                add(t, row.line(), "actor_b", "import.error.self", a);
            }
            code(t, row, "kind", CooperationKind.values(), "import.error.kind");
            since(t, row, "since");
            String intensity = t.value(row, "intensity");
            if (intensity != null && !intensity.isEmpty() && !intensity.matches("[123]")) {
                add(t, row.line(), "intensity", "import.error.intensity", intensity);
            }
        }
    }

    private void networks(BundleTable t) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (BundleRow row : t.rows()) {
            id(t, row, "id", firstLines);
            required(t, row, "name");
            agsList(t, row, "covers", Levels.ANY);
        }
    }

    private void memberships(BundleTable t) {
        for (BundleRow row : t.rows()) {
            required(t, row, "network_id");
            required(t, row, "actor_id");
            since(t, row, "since");
        }
    }

    private void chains(BundleTable t) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (BundleRow row : t.rows()) {
            id(t, row, "id", firstLines);
            required(t, row, "name");
            ags(t, row, "region_ags", Levels.CHAIN_REGION);
            code(t, row, "status", ChainStatus.values(), "import.error.status");
        }
    }

    private void contributions(BundleTable t) {
        for (BundleRow row : t.rows()) {
            required(t, row, "chain_id");
            required(t, row, "actor_id");
            phases(t, row, "life_phases");
        }
    }

    private void events(BundleTable t) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (BundleRow row : t.rows()) {
            id(t, row, "id", firstLines);
            required(t, row, "name");
            String date = required(t, row, "date");
            if (date != null && parseDate(date) == null) {
                String suggestion = germanDate(date);
                if (suggestion != null && parseDate(suggestion) != null) {
                    add(t, row.line(), "date", "import.error.dateHint", date, suggestion);
                } else {
                    add(t, row.line(), "date", "import.error.date", date);
                }
            }
            ags(t, row, "municipality_ags", Levels.MUNICIPALITY);
        }
    }

    private void participations(BundleTable t) {
        for (BundleRow row : t.rows()) {
            required(t, row, "event_id");
            required(t, row, "actor_id");
        }
    }

    /** References to ids that are neither in the bundle nor in the store, one problem per cell. */
    private void checkReferences(Map<File, BundleTable> byFile) {
        record Reference(File target, File in, String column, String messageKey) {}
        List<Reference> references = List.of(
                new Reference(File.ACTORS, File.COOPERATIONS, "actor_a", "import.error.unknownActor"),
                new Reference(File.ACTORS, File.COOPERATIONS, "actor_b", "import.error.unknownActor"),
                new Reference(File.NETWORKS, File.MEMBERSHIPS, "network_id", "import.error.unknownNetwork"),
                new Reference(File.ACTORS, File.MEMBERSHIPS, "actor_id", "import.error.unknownActor"),
                new Reference(File.CHAINS, File.CHAIN_CONTRIBUTIONS, "chain_id", "import.error.unknownChain"),
                new Reference(File.ACTORS, File.CHAIN_CONTRIBUTIONS, "actor_id", "import.error.unknownActor"),
                new Reference(File.EVENTS, File.PARTICIPATIONS, "event_id", "import.error.unknownEvent"),
                new Reference(File.ACTORS, File.PARTICIPATIONS, "actor_id", "import.error.unknownActor"));
        Map<File, Set<String>> outside = new EnumMap<>(File.class);
        for (Reference reference : references) {
            BundleTable table = byFile.get(reference.in());
            if (table == null || !table.has(reference.column())) {
                continue;
            }
            Set<String> inBundle = bundleIds.get(reference.target());
            for (BundleRow row : table.rows()) {
                String id = table.text(row, reference.column());
                if (!id.isEmpty() && !inBundle.contains(id)) {
                    outside.computeIfAbsent(reference.target(), k -> new HashSet<>())
                            .add(id);
                }
            }
        }
        Map<File, Set<String>> stored = new EnumMap<>(File.class);
        outside.forEach((target, ids) -> stored.put(target, storedIds.apply(target)));
        List<ImportIssue> found = new ArrayList<>();
        for (Reference reference : references) {
            BundleTable table = byFile.get(reference.in());
            Set<String> known = stored.get(reference.target());
            if (table == null || !table.has(reference.column()) || known == null) {
                continue;
            }
            Set<String> inBundle = bundleIds.get(reference.target());
            for (BundleRow row : table.rows()) {
                String id = table.text(row, reference.column());
                if (!id.isEmpty() && !inBundle.contains(id) && !known.contains(id)) {
                    found.add(ImportIssue.at(
                            table.file().fileName(), row.line(), reference.column(), reference.messageKey(), id));
                }
            }
        }
        issues.addAll(found);
        // Keep problems in file order, then line order, then the file's column order.
        issues.sort(java.util.Comparator.comparingInt((ImportIssue i) -> fileOrder(i.file()))
                .thenComparingInt(i -> i.line() == null ? 0 : i.line())
                .thenComparingInt(i -> columnOrder(i.file(), i.column())));
    }

    /** The ids of the bundle's files that reference other ids, for the store look-up. */
    static Set<String> referenced(Collection<BundleTable> tables, File target) {
        Set<String> ids = new HashSet<>();
        for (BundleTable table : tables) {
            for (String column : referencingColumns(table.file(), target)) {
                if (table.has(column)) {
                    table.rows().forEach(row -> ids.add(table.text(row, column)));
                }
            }
        }
        ids.remove("");
        return ids;
    }

    private static List<String> referencingColumns(File in, File target) {
        return switch (target) {
            case ACTORS ->
                switch (in) {
                    case COOPERATIONS -> List.of("actor_a", "actor_b");
                    case MEMBERSHIPS, CHAIN_CONTRIBUTIONS, PARTICIPATIONS -> List.of("actor_id");
                    default -> List.of();
                };
            case NETWORKS -> in == File.MEMBERSHIPS ? List.of("network_id") : List.of();
            case CHAINS -> in == File.CHAIN_CONTRIBUTIONS ? List.of("chain_id") : List.of();
            case EVENTS -> in == File.PARTICIPATIONS ? List.of("event_id") : List.of();
            default -> List.of();
        };
    }

    private static int fileOrder(String fileName) {
        return File.ofFileName(fileName).map(Enum::ordinal).orElse(-1);
    }

    private static int columnOrder(String fileName, @Nullable String column) {
        if (column == null) {
            return -1;
        }
        int index =
                File.ofFileName(fileName).map(f -> f.columns().indexOf(column)).orElse(-1);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    // --- cell rules ---------------------------------------------------------------------------------

    private @Nullable String required(BundleTable t, BundleRow row, String column) {
        String value = t.value(row, column);
        if (value == null) {
            return null; // the missing column is reported once, on line 1
        }
        if (value.isEmpty()) {
            add(t, row.line(), column, "import.error.required", column);
            return null;
        }
        return value;
    }

    private void id(BundleTable t, BundleRow row, String column, Map<String, Integer> firstLines) {
        String id = required(t, row, column);
        if (id == null) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            add(t, row.line(), column, "import.error.id", id);
        }
        Integer first = firstLines.putIfAbsent(id, row.line());
        if (first != null) {
            add(t, row.line(), column, "import.error.duplicateId", id, String.valueOf(first));
        }
    }

    private void code(BundleTable t, BundleRow row, String column, Enum<?>[] allowed, String messageKey) {
        boolean required = t.file().required().contains(column);
        String value = required ? required(t, row, column) : t.value(row, column);
        if (value == null || value.isEmpty()) {
            return;
        }
        if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            add(t, row.line(), column, messageKey, value, names(allowed));
        }
    }

    private void phases(BundleTable t, BundleRow row, String column) {
        String value = t.value(row, column);
        if (value == null) {
            return;
        }
        for (String code : list(value)) {
            if (LifePhase.ofCode(code).isEmpty()) {
                add(t, row.line(), column, "import.error.phase", code, names(LifePhase.values()));
            }
        }
    }

    private void since(BundleTable t, BundleRow row, String column) {
        String value = t.value(row, column);
        if (value != null && !value.isEmpty() && !CooperationService.validSince(value)) {
            String suggestion = germanDate(value);
            if (suggestion != null && CooperationService.validSince(suggestion)) {
                add(t, row.line(), column, "import.error.sinceHint", value, suggestion);
            } else {
                add(t, row.line(), column, "import.error.since", value);
            }
        }
    }

    private void ags(BundleTable t, BundleRow row, String column, Levels levels) {
        String value = required(t, row, column);
        if (value != null) {
            checkAgs(t, row, column, value, levels);
        }
    }

    private void agsList(BundleTable t, BundleRow row, String column, Levels levels) {
        String value = t.value(row, column);
        if (value != null) {
            for (String ags : list(value)) {
                checkAgs(t, row, column, ags, levels);
            }
        }
    }

    private void checkAgs(BundleTable t, BundleRow row, String column, String ags, Levels levels) {
        boolean digits = DIGITS.matcher(ags).matches();
        if (digits && levels.lengths.contains(ags.length())) {
            if (!regions.contains(ags)) {
                add(t, row.line(), column, "import.error.agsUnknown", ags);
            }
            return;
        }
        if (digits && levels.lengths.contains(ags.length() + 1)) {
            // A spreadsheet read the key as a number and dropped its leading zero.
            String padded = "0" + ags;
            if (regions.contains(padded)) {
                add(t, row.line(), column, "import.error.agsLeadingZero", ags, padded);
                return;
            }
        }
        add(t, row.line(), column, "import.error.agsFormat", ags, new ImportIssue.Key(levels.describedBy));
    }

    // --- helpers ------------------------------------------------------------------------------------

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

    /** {@code 23.11.2023} as {@code 2023-11-23}, for the hint; {@code null} for anything else. */
    private static @Nullable String germanDate(String value) {
        Matcher german = GERMAN_DATE.matcher(value);
        if (!german.matches()) {
            return null;
        }
        return "%s-%02d-%02d"
                .formatted(german.group(3), Integer.parseInt(german.group(2)), Integer.parseInt(german.group(1)));
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

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The known column closest to the given name (Levenshtein), when it is close enough to be meant. */
    static @Nullable String nearest(String column, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = levenshtein(column.toLowerCase(java.util.Locale.ROOT), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 2) ? best : null;
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private void add(BundleTable t, int line, String column, String messageKey, Object... args) {
        issues.add(ImportIssue.at(t.file().fileName(), line, column, messageKey, args));
    }
}
