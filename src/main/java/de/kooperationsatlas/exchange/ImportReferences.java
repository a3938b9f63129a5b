package de.kooperationsatlas.exchange;

import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The reference rule: an id that a row refers to (a cooperation's actors, a membership's network, …)
 * must be defined in the bundle or held by the store. The store is asked only for the ids the bundle
 * does not define itself.
 */
final class ImportReferences {

    private record Reference(File target, File in, String column, String messageKey) {}

    private static final List<Reference> REFERENCES = List.of(
            new Reference(File.ACTORS, File.COOPERATIONS, "actor_a", "import.error.unknownActor"),
            new Reference(File.ACTORS, File.COOPERATIONS, "actor_b", "import.error.unknownActor"),
            new Reference(File.NETWORKS, File.MEMBERSHIPS, "network_id", "import.error.unknownNetwork"),
            new Reference(File.ACTORS, File.MEMBERSHIPS, "actor_id", "import.error.unknownActor"),
            new Reference(File.CHAINS, File.CHAIN_CONTRIBUTIONS, "chain_id", "import.error.unknownChain"),
            new Reference(File.ACTORS, File.CHAIN_CONTRIBUTIONS, "actor_id", "import.error.unknownActor"),
            new Reference(File.EVENTS, File.PARTICIPATIONS, "event_id", "import.error.unknownEvent"),
            new Reference(File.ACTORS, File.PARTICIPATIONS, "actor_id", "import.error.unknownActor"));

    private ImportReferences() {}

    /**
     * Adds one problem per cell that refers to an id neither in the bundle nor in the store.
     *
     * @param storedIds for actors, networks, chains and events: which of the bundle's references the store holds
     */
    static void check(Map<File, BundleTable> byFile, Function<File, Set<String>> storedIds, List<ImportIssue> errors) {
        Map<File, Set<String>> bundleIds = new EnumMap<>(File.class);
        for (File keyed : List.of(File.ACTORS, File.NETWORKS, File.CHAINS, File.EVENTS)) {
            BundleTable table = byFile.get(keyed);
            Set<String> ids = new HashSet<>();
            if (table != null && table.has("id")) {
                table.rows().forEach(row -> ids.add(table.text(row, "id")));
            }
            bundleIds.put(keyed, ids);
        }
        Map<File, Set<String>> outside = new EnumMap<>(File.class);
        for (Reference reference : REFERENCES) {
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
        for (Reference reference : REFERENCES) {
            BundleTable table = byFile.get(reference.in());
            Set<String> known = stored.get(reference.target());
            if (table == null || !table.has(reference.column()) || known == null) {
                continue;
            }
            Set<String> inBundle = bundleIds.get(reference.target());
            for (BundleRow row : table.rows()) {
                String id = table.text(row, reference.column());
                if (!id.isEmpty() && !inBundle.contains(id) && !known.contains(id)) {
                    errors.add(ImportIssue.at(
                            table.file().fileName(), row.line(), reference.column(), reference.messageKey(), id));
                }
            }
        }
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
}
