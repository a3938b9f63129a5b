package de.kooperationsatlas.exchange;

import de.kooperationsatlas.exchange.ExchangeFormat.File;
import de.kooperationsatlas.exchange.ImportBatches.Planned;
import de.kooperationsatlas.exchange.ImportRows.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The relationship files of an import (cooperations, memberships, chain contributions, participations) for
 * {@link ImportWriter}, which writes the node files: compared and written batch by batch, a relationship to a
 * node this import creates is known to be new, and links between existing nodes are journaled for an undo.
 */
final class ImportRelationships {

    private final ImportBatches batches;

    ImportRelationships(ImportBatches batches) {
        this.batches = batches;
    }

    void cooperations(Table<ImportRows.Cooperation> t) {
        batches.stream(
                File.COOPERATIONS,
                ImportWriter.COUNTERS.get(File.COOPERATIONS),
                // One cooperation per unordered pair: a later row updates an earlier one.
                ImportWriter.byKey(t, row -> pair(row.a(), row.b())),
                row -> {
                    boolean ordered = row.a().compareTo(row.b()) <= 0;
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    ImportWriter.put(props, "kind", row.kind());
                    ImportWriter.put(props, "since", row.since());
                    ImportWriter.put(props, "until", row.until());
                    ImportWriter.put(props, "intensity", row.intensity());
                    ImportWriter.put(props, "note", row.note());
                    return new Planned(
                            pair(row.a(), row.b()),
                            Map.of("a", ordered ? row.a() : row.b(), "b", ordered ? row.b() : row.a()),
                            props,
                            Map.of());
                },
                row -> batches.isNew(File.ACTORS, row.keys().get("a"))
                        || batches.isNew(File.ACTORS, row.keys().get("b")),
                ImportStatements.existingCooperations(),
                (created, updated) -> {
                    if (!created.isEmpty()) {
                        journalLinks("COOPERATES_WITH", File.ACTORS, created, "a", "b");
                        batches.run(ImportStatements.createCooperations(), created);
                    }
                    if (!updated.isEmpty()) {
                        String match = ImportStatements.matchCooperations();
                        batches.journal().updated(batches.fetch(match + ImportStatements.SNAPSHOT, updated));
                        batches.run(match + ImportStatements.UPDATE, updated);
                    }
                });
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    void memberships(Table<ImportRows.Membership> t) {
        stream(
                t,
                File.NETWORKS,
                "Network",
                "MEMBER_OF",
                ".role, .since, .until",
                row -> row.network() + "|" + row.actor(),
                row -> {
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    ImportWriter.put(props, "role", row.role());
                    ImportWriter.put(props, "since", row.since());
                    ImportWriter.put(props, "until", row.until());
                    return planned(row.network(), row.actor(), props);
                });
    }

    void participations(Table<ImportRows.Participation> t) {
        stream(
                t,
                File.EVENTS,
                "Event",
                "TOOK_PART_IN",
                "",
                row -> row.event() + "|" + row.actor(),
                row -> planned(row.event(), row.actor(), Map.of()));
    }

    void contributions(Table<ImportRows.Contribution> t) {
        stream(
                t,
                File.CHAINS,
                "PreventionChain",
                "CONTRIBUTES_TO",
                ".phases",
                row -> row.chain() + "|" + row.actor(),
                row -> {
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    if (row.phases() != null) {
                        // An empty cell stays empty: it means the actor's own phases.
                        props.put("phases", row.phases());
                    }
                    return planned(row.chain(), row.actor(), props);
                });
    }

    private static Planned planned(String target, String actor, Map<String, @Nullable Object> props) {
        return new Planned(target + "|" + actor, Map.of("target", target, "actor", actor), props, Map.of());
    }

    /** Streams a file of relationships from actors to the nodes of {@code targetFile}, keyed target|actor. */
    private <R> void stream(
            Table<R> t,
            File targetFile,
            String label,
            String type,
            String projection,
            Function<R, String> key,
            Function<R, Planned> plan) {
        String create = ImportStatements.createRelationships(label, type);
        String match = ImportStatements.matchRelationships(label, type);
        boolean contributions = t.file() == File.CHAIN_CONTRIBUTIONS;
        batches.stream(
                t.file(),
                ImportWriter.COUNTERS.get(t.file()),
                ImportWriter.byKey(t, key),
                plan,
                row -> batches.isNew(File.ACTORS, row.keys().get("actor"))
                        || batches.isNew(targetFile, row.keys().get("target")),
                ImportStatements.existingRelationships(label, type, projection),
                (created, updated) -> {
                    if (!created.isEmpty()) {
                        if (contributions) {
                            for (var row : created) {
                                @SuppressWarnings("unchecked")
                                var props = (Map<String, @Nullable Object>) row.get("props");
                                props.putIfAbsent("phases", List.of());
                            }
                        }
                        journalLinks(type, targetFile, created, "actor", "target");
                        batches.run(create, created);
                    }
                    if (!updated.isEmpty()) {
                        batches.journal().updated(batches.fetch(match + ImportStatements.SNAPSHOT, updated));
                        batches.run(match + ImportStatements.UPDATE, updated);
                    }
                });
    }

    /** Links to a node this import creates go with that node on an undo; the others are journaled. */
    private void journalLinks(
            String type, File otherFile, List<Map<String, Object>> created, String actorKey, String otherKey) {
        var between = created.stream()
                .filter(r -> !batches.isNew(File.ACTORS, r.get(actorKey)) && !batches.isNew(otherFile, r.get(otherKey)))
                .toList();
        batches.journal()
                .linked(
                        type,
                        between.stream().map(r -> (String) r.get(actorKey)).toList(),
                        between.stream().map(r -> (String) r.get(otherKey)).toList());
    }
}
