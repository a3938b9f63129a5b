package de.kooperationsatlas.exchange;

import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The header rules: unknown columns (with the nearest known name), repeated and missing columns. */
final class ImportHeader {

    private ImportHeader() {}

    /** Adds the problems of the table's header line (line 1). */
    static void check(BundleTable table, List<ImportIssue> errors) {
        File file = table.file();
        String name = file.fileName();
        Set<String> seen = new HashSet<>();
        for (String column : table.columns()) {
            if (!file.columns().contains(column)) {
                String nearest = nearest(column, file.columns());
                if (nearest != null) {
                    errors.add(ImportIssue.at(name, 1, column, "import.error.unknownColumn", column, nearest));
                } else {
                    errors.add(ImportIssue.at(
                            name,
                            1,
                            column,
                            "import.error.unknownColumnNoHint",
                            column,
                            String.join(", ", file.columns())));
                }
            } else if (!seen.add(column)) {
                errors.add(ImportIssue.at(name, 1, column, "import.error.duplicateColumn", column));
            }
        }
        for (String required : file.columns()) {
            if (file.required().contains(required) && !table.has(required)) {
                errors.add(ImportIssue.at(name, 1, required, "import.error.missingColumn", required));
            }
        }
    }

    /** The known column closest to the given name (Levenshtein), when it is close enough to be meant. */
    static @Nullable String nearest(String column, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = levenshtein(column.toLowerCase(Locale.ROOT), candidate);
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
}
