package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.Topics;
import de.kooperationsatlas.exchange.ExchangeFormat.File;
import de.kooperationsatlas.exchange.ImportBatches.Planned;
import de.kooperationsatlas.exchange.ImportRows.Cell;
import de.kooperationsatlas.exchange.ImportRows.Table;
import de.kooperationsatlas.exchange.ImportStatements.Link;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Compares a validated bundle ({@link ImportRows}) with the store and writes the difference, batch by
 * batch ({@link ImportBatches}): each batch of rows is compared and written in a transaction of its
 * own, together with its undo journal ({@link ImportJournal}), so the heap holds one batch's
 * transaction state, not the whole bundle's. Rows equal to the store are left alone, so a second import
 * of the same bundle changes nothing, not even the audit fields. Relationships with an end that this
 * import creates are known to be new and are not looked up; new nodes are created together with their
 * links in one statement per batch ({@link ImportStatements}).
 */
final class ImportWriter {

    /** The result keys of the contract, per file. */
    static final Map<File, String> COUNTERS = counters();

    /** Runs a piece of work in a transaction of its own (committed when it returns normally). */
    interface Transactions {
        void inTransaction(Runnable work);
    }

    private static final Logger log = LoggerFactory.getLogger(ImportWriter.class);

    private final ImportBatches batches;
    private final ImportRelationships relationships;

    /**
     * @param transactions runs each batch in a transaction of its own; {@code null} for a dry run
     * @param journal where each batch records how to undo it, in the batch's transaction
     */
    ImportWriter(
            Neo4jClient neo4j, int batchSize, String by, @Nullable Transactions transactions, ImportJournal journal) {
        this.batches = new ImportBatches(neo4j, batchSize, by, transactions, journal, COUNTERS.values());
        this.relationships = new ImportRelationships(batches);
    }

    Map<String, Long> created() {
        return batches.created();
    }

    Map<String, Long> updated() {
        return batches.updated();
    }

    /** Counts what differs from the store and, unless this is a dry run, writes it; files in the format's order. */
    void run(ImportRows rows) {
        timed(rows.actors(), this::actors);
        timed(rows.cooperations(), relationships::cooperations);
        timed(rows.networks(), this::networks);
        timed(rows.memberships(), relationships::memberships);
        timed(rows.chains(), this::chains);
        timed(rows.contributions(), relationships::contributions);
        timed(rows.events(), this::events);
        timed(rows.participations(), relationships::participations);
    }

    private <R> void timed(@Nullable Table<R> table, Consumer<Table<R>> write) {
        if (table == null) {
            return;
        }
        long started = System.nanoTime();
        batches.takeCompareNanos();
        write.accept(table);
        long total = System.nanoTime() - started;
        long compare = batches.takeCompareNanos();
        // The benchmark reads these arguments: file, rows, compare ms, write ms.
        log.info(
                "Import {}: {} rows, compare {} ms, write {} ms",
                table.file().fileName(),
                table.rows().size(),
                compare / 1_000_000,
                batches.writing() ? (total - compare) / 1_000_000 : 0L);
    }

    // --- nodes --------------------------------------------------------------------------------------

    private void actors(Table<ImportRows.Actor> t) {
        Map<String, String> topicLabels = new LinkedHashMap<>();
        for (var row : t.rows()) {
            if (row.topics() != null) {
                row.topics().forEach(label -> topicLabels.putIfAbsent(Topics.slug(label), label));
            }
        }
        if (batches.writing() && !topicLabels.isEmpty()) {
            List<Map<String, Object>> topics = new ArrayList<>();
            topicLabels.forEach((code, label) -> topics.add(Map.of("code", code, "label", label)));
            // The topics the store lacks are journaled first, then created before the actors that link to them.
            batches.inBatch(() -> {
                List<String> fresh = batches.fetch(ImportStatements.missingTopics(), topics).stream()
                        .map(row -> (String) row.get("code"))
                        .toList();
                batches.journal().created("Topic", fresh);
                batches.run(ImportStatements.createTopics(), topics, Map.of("fresh", fresh));
            });
        }
        List<Link> links = new ArrayList<>();
        links.add(ImportStatements.link("seat"));
        for (String[] optional :
                new String[][] {{"serves", "serves"}, {"life_phases", "phases"}, {"topics", "topics"}}) {
            if (t.has(optional[0])) {
                links.add(ImportStatements.link(optional[1]));
            }
        }
        nodes(
                t,
                "Actor",
                ImportRows.Actor::id,
                links,
                row -> {
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    props.put("name", row.name());
                    props.put("type", row.type());
                    put(props, "website", row.website());
                    put(props, "email", row.email());
                    put(props, "phone", row.phone());
                    put(props, "description", row.description());
                    put(props, "since", row.since());
                    put(props, "until", row.until());
                    Map<String, List<String>> rowLinks = new LinkedHashMap<>();
                    rowLinks.put("seat", List.of(row.seat()));
                    putList(rowLinks, "serves", row.serves());
                    putList(rowLinks, "phases", row.phases());
                    if (row.topics() != null) {
                        rowLinks.put(
                                "topics",
                                row.topics().stream()
                                        .map(Topics::slug)
                                        .distinct()
                                        .toList());
                    }
                    return new Planned(row.id(), Map.of("id", row.id()), props, rowLinks);
                },
                ImportStatements.EXISTING_ACTORS);
    }

    private void networks(Table<ImportRows.Network> t) {
        List<Link> links = t.has("covers") ? List.of(ImportStatements.link("covers")) : List.of();
        nodes(
                t,
                "Network",
                ImportRows.Network::id,
                links,
                row -> {
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    props.put("name", row.name());
                    put(props, "description", row.description());
                    Map<String, List<String>> rowLinks = new LinkedHashMap<>();
                    putList(rowLinks, "covers", row.covers());
                    return new Planned(row.id(), Map.of("id", row.id()), props, rowLinks);
                },
                ImportStatements.EXISTING_NETWORKS);
    }

    private void chains(Table<ImportRows.Chain> t) {
        nodes(
                t,
                "PreventionChain",
                ImportRows.Chain::id,
                List.of(ImportStatements.link("region")),
                row -> {
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    props.put("name", row.name());
                    put(props, "status", row.status());
                    return new Planned(
                            row.id(), Map.of("id", row.id()), props, Map.of("region", List.of(row.region())));
                },
                ImportStatements.EXISTING_CHAINS);
    }

    private void events(Table<ImportRows.Event> t) {
        nodes(
                t,
                "Event",
                ImportRows.Event::id,
                List.of(ImportStatements.link("place")),
                row -> {
                    Map<String, @Nullable Object> props = new LinkedHashMap<>();
                    props.put("name", row.name());
                    props.put("date", row.date());
                    return new Planned(row.id(), Map.of("id", row.id()), props, Map.of("place", List.of(row.place())));
                },
                ImportStatements.EXISTING_EVENTS);
    }

    /**
     * Streams a file of nodes: the new ones are created with their links in one statement, the changed
     * ones updated (properties and each present link list). Both are journaled first: the new keys,
     * and a snapshot of each changed node.
     */
    private <R> void nodes(
            Table<R> t,
            String label,
            Function<R, String> id,
            List<Link> links,
            Function<R, Planned> plan,
            String existingQuery) {
        String create = ImportStatements.createNodes(label, links);
        String snapshot = ImportStatements.snapshotNodes(label, links);
        String update = ImportStatements.updateNodes(label, links);
        batches.stream(t.file(), COUNTERS.get(t.file()), byKey(t, id), plan, row -> false, existingQuery, (c, u) -> {
            if (!c.isEmpty()) {
                batches.journal()
                        .created(
                                label, c.stream().map(r -> (String) r.get("id")).toList());
                batches.run(create, c);
            }
            if (!u.isEmpty()) {
                // Snapshots before the change, the added links' ids after it; journaled before the commit.
                Map<String, Map<String, Object>> snapshots = new LinkedHashMap<>();
                for (var before : batches.fetch(snapshot, u)) {
                    snapshots.put((String) before.get("node"), new HashMap<>(before));
                }
                for (var after : batches.fetch(update, u)) {
                    var before = snapshots.get((String) after.get("node"));
                    if (before != null) {
                        before.put("added", after.get("added"));
                    }
                }
                batches.journal().updated(List.copyOf(snapshots.values()));
            }
        });
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** The rows by key, in first-seen order; a later row with the same key replaces an earlier one. */
    static <R> List<R> byKey(Table<R> t, Function<R, String> key) {
        Map<String, R> rows = new LinkedHashMap<>();
        for (R row : t.rows()) {
            rows.put(key.apply(row), row);
        }
        return List.copyOf(rows.values());
    }

    /** A present column's cell as a property: an empty cell is {@code null} (clears); a missing column is left out. */
    static void put(Map<String, @Nullable Object> props, String name, @Nullable Cell<?> cell) {
        if (cell != null) {
            props.put(name, cell.value());
        }
    }

    private static void putList(Map<String, List<String>> links, String name, @Nullable List<String> values) {
        if (values != null) {
            links.put(name, values);
        }
    }

    private static Map<File, String> counters() {
        Map<File, String> counters = new LinkedHashMap<>();
        counters.put(File.ACTORS, "actors");
        counters.put(File.COOPERATIONS, "cooperations");
        counters.put(File.NETWORKS, "networks");
        counters.put(File.MEMBERSHIPS, "memberships");
        counters.put(File.CHAINS, "chains");
        counters.put(File.CHAIN_CONTRIBUTIONS, "contributions");
        counters.put(File.EVENTS, "events");
        counters.put(File.PARTICIPATIONS, "participations");
        return Collections.unmodifiableMap(counters);
    }
}
