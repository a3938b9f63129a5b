package de.kooperationsatlas.base;

/**
 * A write that kept failing with transient store errors after its retries. {@code conflict} is true for
 * deadlocks and lock waits (another edit touched the same things: 409), false when the store itself
 * was unavailable (503).
 */
public class StoreBusyException extends RuntimeException {

    private final boolean conflict;

    public StoreBusyException(boolean conflict, Throwable cause) {
        super(conflict ? "Concurrent changes collided" : "The store is unavailable", cause);
        this.conflict = conflict;
    }

    public boolean conflict() {
        return conflict;
    }
}
