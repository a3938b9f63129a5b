package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.PrivateStore;
import de.kooperationsatlas.base.RetryOnTransient;
import de.kooperationsatlas.exchange.ExchangeFormat.File;
import de.kooperationsatlas.security.AccessGuard;
import de.kooperationsatlas.security.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a bundle of the exchange format: validates all of it first and writes nothing when anything
 * is wrong; then writes a clean bundle all or nothing (batches with an undo journal), upserting by id. Administrators only; one
 * import at a time.
 */
@Service
@RetryOnTransient
public class ImportService {

    private final Neo4jClient neo4j;
    private final PrivateStore store;
    private final TransactionTemplate transactions;
    private final AccessGuard guard;
    private final MessageSource messages;
    private final ImportProperties limits;
    private final ReentrantLock running = new ReentrantLock();

    ImportService(
            Neo4jClient neo4j,
            PrivateStore store,
            PlatformTransactionManager transactionManager,
            AccessGuard guard,
            MessageSource messages,
            ImportProperties limits) {
        this.neo4j = neo4j;
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.guard = guard;
        this.messages = messages;
        this.limits = limits;
    }

    /** Refuses users who may not import (before an upload is even read). */
    public void requireAllowed() {
        guard.require(Role.ADMIN);
    }

    /** Whether an import is running right now. */
    public boolean busy() {
        return running.isLocked();
    }

    /** Validates and, unless {@code dryRun}, writes the bundle; messages in German. */
    public ImportResult importBundle(Bundle bundle, boolean dryRun) {
        return importBundle(bundle, dryRun, Locale.GERMAN);
    }

    /**
     * Validates and, unless {@code dryRun}, writes the bundle all or nothing: batch by batch, each batch
     * journaled in its own transaction ({@link ImportJournal}); a failure undoes the written batches.
     *
     * @throws ImportBusyException when another import is running
     */
    public ImportResult importBundle(Bundle bundle, boolean dryRun, Locale locale) {
        requireAllowed();
        if (!running.tryLock()) {
            throw new ImportBusyException();
        }
        try {
            ImportJournal.recover(neo4j, store, this::inTransaction);
            Map<String, ImportDetected> detected = new LinkedHashMap<>();
            for (BundleTable table : bundle.tables()) {
                detected.put(
                        table.file().fileName(),
                        new ImportDetected(
                                table.encoding(),
                                String.valueOf(table.delimiter()),
                                table.rows().size()));
            }
            List<ImportIssue> issues = new ArrayList<>(bundle.issues());
            var checked = check(bundle);
            issues.addAll(checked.errors());
            List<ImportProblem> warnings = checked.warnings().stream()
                    .map(i -> i.inWords(messages, locale))
                    .toList();
            if (!issues.isEmpty()) {
                return new ImportResult(
                        dryRun,
                        detected,
                        zeros(),
                        zeros(),
                        issues.stream().map(i -> i.inWords(messages, locale)).toList(),
                        warnings);
            }
            String by = Audit.currentActor();
            ImportWriter writer;
            if (dryRun) {
                writer = new ImportWriter(neo4j, limits.batchSize(), by, null, ImportJournal.none(neo4j));
                writer.run(checked.rows());
            } else {
                var journal = ImportJournal.begin(neo4j, store, by);
                writer = new ImportWriter(neo4j, limits.batchSize(), by, this::inTransaction, journal);
                try {
                    writer.run(checked.rows());
                    journal.commit(this::inTransaction);
                } catch (RuntimeException e) {
                    try {
                        journal.undo(this::inTransaction);
                    } catch (RuntimeException undo) {
                        // Left for the next start (or import), which undoes it again.
                        e.addSuppressed(undo);
                    }
                    throw e;
                }
            }
            return new ImportResult(dryRun, detected, writer.created(), writer.updated(), List.of(), warnings);
        } finally {
            running.unlock();
        }
    }

    /**
     * Undoes an import that a killed process left half written (or removes the journal of one that
     * committed), before anything else reads the store: {@link ImportRecovery} calls it before the web
     * server starts.
     */
    void recoverInterruptedImport() {
        if (running.tryLock()) {
            try {
                ImportJournal.recover(neo4j, store, this::inTransaction);
            } finally {
                running.unlock();
            }
        }
    }

    /** Checks the bundle against the contract and the store, and parses it into typed rows. */
    ImportValidator.Checked check(Bundle bundle) {
        return new ImportValidator(regionKeys(), target -> storedIds(bundle, target), this::storedTimes)
                .validate(bundle.tables());
    }

    /** The stored since and until of the given items of a file, looked up batch by batch. */
    private Map<List<String>, ImportTimes.Stored> storedTimes(File file, List<List<String>> keys) {
        String query = ImportStatements.storedTimes(file);
        Map<List<String>, ImportTimes.Stored> stored = new HashMap<>();
        for (int from = 0; from < keys.size(); from += limits.batchSize()) {
            for (var row : neo4j.query(query)
                    .bind(keys.subList(from, Math.min(keys.size(), from + limits.batchSize())))
                    .to("keys")
                    .fetch()
                    .all()) {
                List<String> key =
                        ((List<?>) row.get("key")).stream().map(String::valueOf).toList();
                stored.put(key, new ImportTimes.Stored(text(row.get("since")), text(row.get("until"))));
            }
        }
        return stored;
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    private Set<String> regionKeys() {
        return new HashSet<>(neo4j.query("""
                        MATCH (r) WHERE r:State OR r:District OR r:Municipality
                        RETURN r.ags""").fetchAs(String.class).all());
    }

    /** Which of the ids the bundle refers to (and does not define itself) the store holds. */
    private Set<String> storedIds(Bundle bundle, File target) {
        String label = switch (target) {
            case ACTORS -> "Actor";
            case NETWORKS -> "Network";
            case CHAINS -> "PreventionChain";
            case EVENTS -> "Event";
            default -> throw new IllegalArgumentException(target.fileName());
        };
        List<String> ids = List.copyOf(ImportValidator.referenced(bundle.tables(), target));
        Set<String> stored = new HashSet<>();
        for (int from = 0; from < ids.size(); from += limits.batchSize()) {
            stored.addAll(neo4j.query("UNWIND $ids AS id MATCH (x:%s {id: id}) RETURN x.id".formatted(label))
                    .bind(ids.subList(from, Math.min(ids.size(), from + limits.batchSize())))
                    .to("ids")
                    .fetchAs(String.class)
                    .all());
        }
        return stored;
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> zeros = new LinkedHashMap<>();
        ImportWriter.COUNTERS.values().forEach(k -> zeros.put(k, 0L));
        return zeros;
    }
}
