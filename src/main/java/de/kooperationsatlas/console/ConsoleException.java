package de.kooperationsatlas.console;

import java.util.List;

/**
 * A console query that did not run or did not finish: refused before it ran, rejected by the database,
 * stopped by the timeout, or turned away because enough console queries are running. The message is a
 * translation key with arguments, so the page and the API say it in the user's language.
 */
public class ConsoleException extends RuntimeException {

    /** Why the query gave no answer; the API's status follows from it. */
    public enum Reason {
        /** Refused before running: it would write, administer or reveal what the console must not (400). */
        REFUSED,
        /** The query or its parameters are not valid (400). */
        INVALID,
        /** Stopped at the time box: by the database's transaction timeout or the console's watchdog (422). */
        TIMEOUT,
        /** Stopped because it needed more memory than one transaction may take (422). */
        MEMORY,
        /** Too many console queries are running (429). */
        BUSY,
        /** The database gave up on the query while running it, for example a value grown past its limits (422). */
        FAILED
    }

    private final Reason reason;
    private final String messageKey;
    private final List<Object> args;

    public ConsoleException(Reason reason, String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.reason = reason;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
