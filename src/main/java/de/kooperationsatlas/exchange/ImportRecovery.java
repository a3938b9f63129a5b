package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.StartupOrder;
import de.kooperationsatlas.base.StartupPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Undoes an import that a killed process left half written before the web server starts, so no request
 * reads the half-written batches and no edit confirmed to a user can be undone with them afterwards.
 * Readiness stays {@link ReadinessState#REFUSING_TRAFFIC} until then (Boot turns it to accepting
 * traffic only once the application is ready, which is after this phase).
 */
@Component
class ImportRecovery extends StartupPhase {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final ImportService imports;
    private final ApplicationEventPublisher events;
    private volatile boolean recovered;

    ImportRecovery(ImportService imports, ApplicationEventPublisher events) {
        super(StartupOrder.RECOVERY_PHASE);
        this.imports = imports;
        this.events = events;
    }

    @Override
    protected void run() {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        imports.recoverInterruptedImport();
        recovered = true;
        // The child-JVM test reads this line's position relative to the web server's start.
        log.info("Import journal checked: nothing left to undo");
    }

    /** Whether the journal has been checked (and any interrupted import undone). */
    boolean recovered() {
        return recovered;
    }
}
