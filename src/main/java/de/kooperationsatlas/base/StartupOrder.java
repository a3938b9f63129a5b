package de.kooperationsatlas.base;

import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The order in which the start-up steps of the features run (lower first). The {@code *_PHASE} steps run
 * as {@link org.springframework.context.SmartLifecycle} phases before the web server starts (so before
 * the HTTP port opens); the others as application runners after it.
 */
public final class StartupOrder {

    public static final int SCHEMA = 100;
    public static final int STORE_PROFILE = 200;
    public static final int REFERENCE_DATA = 300;
    public static final int USERS = 400;
    public static final int DEMO_DATA = 500;
    public static final int READY = 1000;

    /** Moves the app's own records out of the domain store (stores made before the private store). */
    public static final int PRIVATE_RECORDS_PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 200;

    /** Undoes an import that a killed process left half written. */
    public static final int RECOVERY_PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 100;

    private StartupOrder() {}
}
