package de.kooperationsatlas.base;

/** The order in which the start-up steps of the features run (lower first). */
public final class StartupOrder {

    public static final int SCHEMA = 100;
    public static final int STORE_PROFILE = 200;
    public static final int REFERENCE_DATA = 300;
    public static final int USERS = 400;
    public static final int DEMO_DATA = 500;
    public static final int READY = 1000;

    private StartupOrder() {}
}
