package de.kooperationsatlas.exchange;

import de.kooperationsatlas.exchange.ExchangeFormat.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The engine under {@link ImportWriter}: goes through a file's planned rows batch by batch, compares
 * each batch with the store and hands what is new and what differs to the file's writer, in a
 * transaction of its own that also advances the undo journal. Counts what was (or, in a dry run, would
 * be) created and updated, and remembers which keys are new, so that relationships to new nodes need
 * no look-up.
 */
final class ImportBatches {

    /** One row to compare and maybe write: its key, key fields, node or relationship properties and links. */
    record Planned(
            String key,
            Map<String, Object> keys,
            Map<String, @Nullable Object> props,
            Map<String, List<String>> links) {}

    /** How one file's rows are written: the created ones and the changed ones of a batch. */
    interface BatchWriter {
        void write(List<Map<String, Object>> created, List<Map<String, Object>> updated);
    }

    private final Neo4jClient neo4j;
    private final int batchSize;
    private final String by;
    /** Null for a dry run: then only the comparing queries run, outside any write transaction. */
    private final ImportWriter.@Nullable Transactions transactions;

    private final ImportJournal journal;
    /** Time spent comparing with the store, for the per-file log line. */
    private long compareNanos;

    private final Map<String, Long> created = new LinkedHashMap<>();
    private final Map<String, Long> updated = new LinkedHashMap<>();
    /** Keys of nodes this import creates, per label: their relationships cannot exist yet, so need no look-up. */
    private final Map<File, Set<String>> newKeys = new EnumMap<>(File.class);

    ImportBatches(
            Neo4jClient neo4j,
            int batchSize,
            String by,
            ImportWriter.@Nullable Transactions transactions,
            ImportJournal journal,
            Collection<String> counters) {
        this.neo4j = neo4j;
        this.batchSize = batchSize;
        this.by = by;
        this.transactions = transactions;
        this.journal = journal;
        counters.forEach(k -> {
            created.put(k, 0L);
            updated.put(k, 0L);
        });
    }

    Map<String, Long> created() {
        return created;
    }

    Map<String, Long> updated() {
        return updated;
    }

    boolean writing() {
        return transactions != null;
    }

    ImportJournal journal() {
        return journal;
    }

    /** The time spent comparing since the last call, in ns. */
    long takeCompareNanos() {
        long taken = compareNanos;
        compareNanos = 0;
        return taken;
    }

    /** Whether this import creates the node with this key (so none of its relationships exist yet). */
    boolean isNew(File file, @Nullable Object key) {
        var keys = newKeys.get(file);
        return keys != null && keys.contains(key);
    }

    /**
     * Goes through the rows in batches, planning each ({@code plan}): rows that {@code knownNew} says cannot exist yet (an end is
     * created by this import) are not looked up; the others are compared with the store by
     * {@code existingQuery}. Each batch is compared and written in a transaction of its own, so the heap
     * holds one batch at a time.
     */
    <R> void stream(
            File file,
            String counter,
            Collection<R> rows,
            Function<R, Planned> plan,
            Predicate<Planned> knownNew,
            String existingQuery,
            BatchWriter writer) {
        Set<String> createdKeys = new HashSet<>();
        List<Planned> fresh = new ArrayList<>();
        List<Planned> lookup = new ArrayList<>();
        for (R row : rows) {
            // Planned one at a time, so the heap holds the parameters of one batch only.
            Planned planned = plan.apply(row);
            List<Planned> into = knownNew.test(planned) ? fresh : lookup;
            into.add(planned);
            if (into.size() >= batchSize) {
                flush(counter, into, into == lookup ? existingQuery : null, writer, createdKeys);
                into.clear();
            }
        }
        flush(counter, fresh, null, writer, createdKeys);
        flush(counter, lookup, existingQuery, writer, createdKeys);
        newKeys.put(file, createdKeys);
    }

    private void flush(
            String counter,
            List<Planned> batch,
            @Nullable String existingQuery,
            BatchWriter writer,
            Set<String> createdKeys) {
        if (batch.isEmpty()) {
            return;
        }
        inBatch(() -> {
            long started = System.nanoTime();
            Map<String, Map<String, Object>> stored = new HashMap<>();
            if (existingQuery != null) {
                for (var record : neo4j.query(existingQuery)
                        .bind(batch.stream().map(Planned::keys).toList())
                        .to("keys")
                        .fetch()
                        .all()) {
                    stored.put((String) record.get("key"), record);
                }
            }
            List<Map<String, Object>> toCreate = new ArrayList<>();
            List<Map<String, Object>> toUpdate = new ArrayList<>();
            long creating = 0;
            long updating = 0;
            for (Planned row : batch) {
                var before = stored.get(row.key());
                if (before == null) {
                    creating++;
                    createdKeys.add(row.key());
                    if (writing()) {
                        toCreate.add(parameters(row));
                    }
                } else if (differs(row, before)) {
                    updating++;
                    if (writing()) {
                        toUpdate.add(parameters(row));
                    }
                }
            }
            compareNanos += System.nanoTime() - started;
            if (writing()) {
                writer.write(toCreate, toUpdate);
            }
            created.merge(counter, creating, Long::sum);
            updated.merge(counter, updating, Long::sum);
        });
    }

    /** One batch: in a transaction of its own with the next journal number, or (dry run) as it is. */
    void inBatch(Runnable work) {
        if (transactions == null) {
            work.run();
            return;
        }
        transactions.inTransaction(() -> {
            journal.next();
            work.run();
        });
    }

    /** One statement over one batch's rows, in the batch's transaction. */
    void run(String statement, List<Map<String, Object>> rows) {
        run(statement, rows, Map.of());
    }

    /** One statement over one batch's rows with more parameters, in the batch's transaction. */
    void run(String statement, List<Map<String, Object>> rows, Map<String, Object> more) {
        Map<String, Object> parameters = new HashMap<>(more);
        parameters.put("rows", rows);
        parameters.put("by", by);
        neo4j.query(statement).bindAll(parameters).run();
    }

    /** One statement over one batch's rows that answers rows (snapshots, added links, codes). */
    List<Map<String, Object>> fetch(String statement, List<Map<String, Object>> rows) {
        return List.copyOf(neo4j.query(statement)
                .bindAll(Map.of("rows", rows, "by", by))
                .fetch()
                .all());
    }

    @SuppressWarnings("unchecked")
    private static boolean differs(Planned row, Map<String, Object> before) {
        var props = (Map<String, Object>) before.get("props");
        var links = (Map<String, Object>) before.get("links");
        for (var e : row.props().entrySet()) {
            if (!same(e.getValue(), props == null ? null : props.get(e.getKey()))) {
                return true;
            }
        }
        for (var e : row.links().entrySet()) {
            if (!same(e.getValue(), links == null ? null : links.get(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(@Nullable Object wanted, @Nullable Object stored) {
        if (wanted instanceof List<?> list) {
            List<?> storedList = stored instanceof List<?> s ? s : List.of();
            return sorted(list).equals(sorted(storedList));
        }
        return Objects.equals(wanted, stored);
    }

    private static List<String> sorted(List<?> values) {
        return values.stream().map(String::valueOf).distinct().sorted().toList();
    }

    private static Map<String, Object> parameters(Planned row) {
        Map<String, Object> parameters = new HashMap<>(row.keys());
        parameters.put("props", new HashMap<>(row.props()));
        if (!row.links().isEmpty()) {
            parameters.put("links", row.links());
            Map<String, Object> targets = new HashMap<>();
            row.links().forEach((link, keys) -> {
                targets.put(link, keys);
                // Region keys by level, so that each look-up uses its label's uniqueness index.
                targets.put(
                        link + "_2", keys.stream().filter(k -> k.length() == 2).toList());
                targets.put(
                        link + "_5", keys.stream().filter(k -> k.length() == 5).toList());
                targets.put(
                        link + "_8", keys.stream().filter(k -> k.length() == 8).toList());
            });
            parameters.put("targets", targets);
        }
        return parameters;
    }
}
