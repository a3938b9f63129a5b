package de.kooperationsatlas.exchange;

import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.actor.CooperationKind;
import de.kooperationsatlas.exchange.ExchangeFormat.File;
import de.kooperationsatlas.exchange.ImportCells.Levels;
import de.kooperationsatlas.exchange.ImportRows.Actor;
import de.kooperationsatlas.exchange.ImportRows.Chain;
import de.kooperationsatlas.exchange.ImportRows.Contribution;
import de.kooperationsatlas.exchange.ImportRows.Cooperation;
import de.kooperationsatlas.exchange.ImportRows.Event;
import de.kooperationsatlas.exchange.ImportRows.Membership;
import de.kooperationsatlas.exchange.ImportRows.Network;
import de.kooperationsatlas.exchange.ImportRows.Participation;
import de.kooperationsatlas.exchange.ImportRows.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole bundle against the contract before anything is written (columns, codes, keys, dates,
 * references and repeats) and parses it, in the same pass, into typed rows ({@link ImportRows}) for
 * the writer. Collects every problem; it never stops at the first. Values it puts right (a region key
 * that lost its leading zero) are warnings, not errors.
 */
final class ImportValidator {

    /**
     * The outcome: the typed rows (complete only when there are no errors), the errors and the warnings,
     * each in file order, then line order, then the file's column order.
     */
    record Checked(ImportRows rows, List<ImportIssue> errors, List<ImportIssue> warnings) {}

    private final Set<String> regions;
    private final Function<File, Set<String>> storedIds;
    private final ImportTimes.Store storedTimes;
    private final ImportTimes times = new ImportTimes();
    private final List<ImportIssue> errors = new ArrayList<>();
    private final List<ImportIssue> warnings = new ArrayList<>();

    /**
     * @param regions every region key in the store
     * @param storedIds for actors, networks, chains and events: which of the given ids the store holds
     * @param storedTimes the stored since and until of actors, cooperations and memberships, for a file
     *     that has only one of the two columns
     */
    ImportValidator(Set<String> regions, Function<File, Set<String>> storedIds, ImportTimes.Store storedTimes) {
        this.regions = regions;
        this.storedIds = storedIds;
        this.storedTimes = storedTimes;
    }

    /** Checks and parses the bundle's files. */
    Checked validate(Collection<BundleTable> tables) {
        Map<File, BundleTable> byFile = new EnumMap<>(File.class);
        tables.forEach(t -> byFile.put(t.file(), t));
        byFile.values().forEach(t -> ImportHeader.check(t, errors));
        var rows = new ImportRows(
                parse(byFile, File.ACTORS, this::actors),
                parse(byFile, File.COOPERATIONS, this::cooperations),
                parse(byFile, File.NETWORKS, this::networks),
                parse(byFile, File.MEMBERSHIPS, this::memberships),
                parse(byFile, File.CHAINS, this::chains),
                parse(byFile, File.CHAIN_CONTRIBUTIONS, this::contributions),
                parse(byFile, File.EVENTS, this::events),
                parse(byFile, File.PARTICIPATIONS, this::participations));
        ImportReferences.check(byFile, storedIds, errors);
        times.resolve(storedTimes, errors);
        return new Checked(rows, sorted(errors), sorted(warnings));
    }

    /** How one row of a file is checked and parsed: {@code null} when nothing can be taken from it. */
    private interface RowParser<R> {
        @Nullable
        R parse(ImportCells cells, BundleRow row);
    }

    private <R> @Nullable Table<R> parse(Map<File, BundleTable> byFile, File file, Supplier<RowParser<R>> parser) {
        BundleTable table = byFile.get(file);
        if (table == null) {
            return null;
        }
        var cells = new ImportCells(table, regions, errors, warnings);
        RowParser<R> rowParser = parser.get();
        List<R> parsed = new ArrayList<>(table.rows().size());
        for (BundleRow row : table.rows()) {
            int before = cells.errorCount();
            R typed = rowParser.parse(cells, row);
            // A row with an error is not taken; the bundle is refused anyway.
            if (typed != null && cells.errorCount() == before) {
                parsed.add(typed);
            }
        }
        return new Table<>(file, new LinkedHashSet<>(table.columns()), parsed);
    }

    private RowParser<Actor> actors() {
        Map<String, Integer> firstLines = new HashMap<>();
        return (c, row) -> {
            String id = c.id(row, "id", firstLines);
            String name = c.name(row, "name");
            String type = c.code(row, "type", ActorType.values(), "import.error.type");
            String seat = c.ags(row, "seat_ags", Levels.MUNICIPALITY);
            var serves = c.agsList(row, "serves", Levels.ANY);
            var phases = c.phases(row, "life_phases");
            var topics = c.topics(row, "topics");
            var since = c.since(row, "since");
            var until = c.since(row, "until");
            times.check(c, row, id == null ? null : List.of(id), since, until);
            if (id == null || name == null || type == null || seat == null) {
                return null;
            }
            return new Actor(
                    row.line(),
                    id,
                    name,
                    type,
                    seat,
                    serves,
                    phases,
                    topics,
                    c.text(row, "website"),
                    c.text(row, "email"),
                    c.text(row, "phone"),
                    c.text(row, "description"),
                    since,
                    until);
        };
    }

    private RowParser<Cooperation> cooperations() {
        return (c, row) -> {
            String a = c.required(row, "actor_a");
            String b = c.required(row, "actor_b");
            if (a != null && a.equals(b)) {
                c.error(row, "actor_b", "import.error.self", a);
            }
            c.code(row, "kind", CooperationKind.values(), "import.error.kind");
            var since = c.since(row, "since");
            var until = c.since(row, "until");
            times.check(c, row, a == null || b == null ? null : List.of(a, b), since, until);
            var intensity = c.intensity(row, "intensity");
            if (a == null || b == null) {
                return null;
            }
            return new Cooperation(row.line(), a, b, c.text(row, "kind"), since, until, intensity, c.text(row, "note"));
        };
    }

    private RowParser<Network> networks() {
        Map<String, Integer> firstLines = new HashMap<>();
        return (c, row) -> {
            String id = c.id(row, "id", firstLines);
            String name = c.name(row, "name");
            var covers = c.agsList(row, "covers", Levels.ANY);
            if (id == null || name == null) {
                return null;
            }
            return new Network(row.line(), id, name, covers, c.text(row, "description"));
        };
    }

    private RowParser<Membership> memberships() {
        return (c, row) -> {
            String network = c.required(row, "network_id");
            String actor = c.required(row, "actor_id");
            var since = c.since(row, "since");
            var until = c.since(row, "until");
            times.check(c, row, network == null || actor == null ? null : List.of(network, actor), since, until);
            if (network == null || actor == null) {
                return null;
            }
            return new Membership(row.line(), network, actor, c.text(row, "role"), since, until);
        };
    }

    private RowParser<Chain> chains() {
        Map<String, Integer> firstLines = new HashMap<>();
        return (c, row) -> {
            String id = c.id(row, "id", firstLines);
            String name = c.name(row, "name");
            String region = c.ags(row, "region_ags", Levels.CHAIN_REGION);
            var status = c.chainStatus(row, "status");
            if (id == null || name == null || region == null) {
                return null;
            }
            return new Chain(row.line(), id, name, region, status);
        };
    }

    private RowParser<Contribution> contributions() {
        return (c, row) -> {
            String chain = c.required(row, "chain_id");
            String actor = c.required(row, "actor_id");
            var phases = c.phases(row, "life_phases");
            if (chain == null || actor == null) {
                return null;
            }
            return new Contribution(row.line(), chain, actor, phases);
        };
    }

    private RowParser<Event> events() {
        Map<String, Integer> firstLines = new HashMap<>();
        return (c, row) -> {
            String id = c.id(row, "id", firstLines);
            String name = c.name(row, "name");
            var date = c.date(row, "date");
            String place = c.ags(row, "municipality_ags", Levels.MUNICIPALITY);
            if (id == null || name == null || date == null || place == null) {
                return null;
            }
            return new Event(row.line(), id, name, date, place);
        };
    }

    private RowParser<Participation> participations() {
        return (c, row) -> {
            String event = c.required(row, "event_id");
            String actor = c.required(row, "actor_id");
            return event == null || actor == null ? null : new Participation(row.line(), event, actor);
        };
    }

    /** The ids of the bundle's files that reference other ids, for the store look-up. */
    static Set<String> referenced(Collection<BundleTable> tables, File target) {
        return ImportReferences.referenced(tables, target);
    }

    /** In file order, then line order, then the file's column order (a stable sort keeps the rest). */
    private static List<ImportIssue> sorted(List<ImportIssue> issues) {
        List<ImportIssue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator.comparingInt((ImportIssue i) -> fileOrder(i.file()))
                .thenComparingInt(i -> i.line() == null ? 0 : i.line())
                .thenComparingInt(i -> columnOrder(i.file(), i.column())));
        return List.copyOf(sorted);
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
}
