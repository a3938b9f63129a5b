package de.kooperationsatlas.base;

import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A number that every committed write of the app raises, so that caches of derived results (such as
 * betweenness or the district comparison) know when to compute again.
 *
 * <p>Neo4j Community has no cheap read-only "last committed transaction id" ({@code SHOW DATABASES}
 * leaves {@code lastCommittedTxn} empty there and costs tens of milliseconds, {@code db.info()} has no
 * such field), so the version is the app's own: Spring Boot registers this listener with the Neo4j
 * transaction manager (its {@code ExecutionListenersTransactionManagerCustomizer}), which calls it after
 * every transaction that the manager began, whether from {@code @Transactional} or a
 * {@code TransactionTemplate}. Read-only transactions leave the version alone. Writes that bypass the
 * transaction manager (Bolt clients such as cypher-shell, another app instance on the same server) are
 * not seen here; caches therefore also expire after a short time and offer an explicit refresh.
 */
@Component
public class StoreVersion implements TransactionExecutionListener {

    private final AtomicLong version = new AtomicLong();

    /** The current version; a cached result computed under an older one is stale. */
    public long current() {
        return version.get();
    }

    /** Raises the version, as after a write the app cannot see (an explicit refresh). */
    public long bump() {
        return version.incrementAndGet();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        // A failed commit may still have written (the outcome is unknown), so it counts as a write too.
        if (!transaction.isReadOnly()) {
            bump();
        }
    }
}
