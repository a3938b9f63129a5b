package de.kooperationsatlas.exchange;

/** Refuses a second import while one is running: imports run one at a time. */
public class ImportBusyException extends RuntimeException {

    public ImportBusyException() {
        super("An import is already running; please wait until it has finished.");
    }
}
