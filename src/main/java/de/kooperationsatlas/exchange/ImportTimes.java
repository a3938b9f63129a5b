package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.exchange.ExchangeFormat.File;
import de.kooperationsatlas.exchange.ImportRows.Cell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The contract's rule for the since and until of actors, cooperations and memberships ("Time"): an
 * {@code until} before its {@code since} is an error at the {@code until} column. Within a row when the
 * file has both columns; against the since stored for the item when the file lacks the {@code since}
 * column. Likewise a {@code since} after the stored {@code until} is an error at the {@code since} column
 * when the file lacks the {@code until} column, so that an import never leaves an item that ends before
 * it starts. The cells themselves are checked as dates by {@link ImportCells#since}; an invalid one is
 * not compared.
 */
final class ImportTimes {

    /** What the store holds as an item's since and until. */
    record Stored(@Nullable String since, @Nullable String until) {}

    /**
     * Looks up the stored since and until of a file's items by key: {@code [id]} for actors, the pair
     * {@code [a, b]} (either order) for cooperations, {@code [network, actor]} for memberships. Items the
     * store lacks are left out of the answer.
     */
    interface Store {
        Map<List<String>, Stored> of(File file, List<List<String>> keys);
    }

    /** A cell to compare with the store once the whole bundle is parsed. */
    private record Pending(File file, int line, List<String> key, String value) {}

    private final List<Pending> untils = new ArrayList<>();
    private final List<Pending> sinces = new ArrayList<>();

    /**
     * Checks one row's since and until ({@code null}: the file lacks the column): compares them when both
     * columns are there, else remembers the given one for the comparison with the store ({@link #resolve}).
     *
     * @param key the item's key as {@link Store} takes it; {@code null} when the row has none (no store check)
     */
    void check(
            ImportCells cells,
            BundleRow row,
            @Nullable List<String> key,
            @Nullable Cell<String> since,
            @Nullable Cell<String> until) {
        if (since != null && until != null) {
            if (Dates.endsBeforeStart(since.value(), until.value())) {
                cells.error(row, "until", "import.error.untilBeforeSince", until.value(), since.value());
            }
        } else if (until != null && key != null && Dates.valid(until.value())) {
            untils.add(new Pending(cells.file(), row.line(), key, until.value()));
        } else if (since != null && key != null && Dates.valid(since.value())) {
            sinces.add(new Pending(cells.file(), row.line(), key, since.value()));
        }
    }

    /** Compares the remembered cells with the store and reports each that breaks the rule. */
    void resolve(Store store, List<ImportIssue> errors) {
        if (untils.isEmpty() && sinces.isEmpty()) {
            return;
        }
        Map<File, Set<List<String>>> keys = new EnumMap<>(File.class);
        for (var pending : untils) {
            keys.computeIfAbsent(pending.file(), f -> new LinkedHashSet<>()).add(pending.key());
        }
        for (var pending : sinces) {
            keys.computeIfAbsent(pending.file(), f -> new LinkedHashSet<>()).add(pending.key());
        }
        Map<File, Map<List<String>, Stored>> stored = new EnumMap<>(File.class);
        keys.forEach((file, fileKeys) -> stored.put(file, store.of(file, List.copyOf(fileKeys))));
        for (var pending : untils) {
            var item = stored.get(pending.file()).get(pending.key());
            if (item != null && Dates.endsBeforeStart(item.since(), pending.value())) {
                errors.add(ImportIssue.at(
                        pending.file().fileName(),
                        pending.line(),
                        "until",
                        "import.error.untilBeforeStoredSince",
                        pending.value(),
                        item.since()));
            }
        }
        for (var pending : sinces) {
            var item = stored.get(pending.file()).get(pending.key());
            if (item != null && Dates.endsBeforeStart(pending.value(), item.until())) {
                errors.add(ImportIssue.at(
                        pending.file().fileName(),
                        pending.line(),
                        "since",
                        "import.error.sinceAfterStoredUntil",
                        pending.value(),
                        item.until()));
            }
        }
    }
}
