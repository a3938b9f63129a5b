package de.kooperationsatlas.base;

/** The store cannot be used as configured; the message says why and what to do. */
public class StoreRefusedException extends RuntimeException {

    private final String action;

    public StoreRefusedException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
