package de.kooperationsatlas.console;

import java.time.Duration;

/**
 * The limits of one console query.
 *
 * @param timeout the database's transaction timeout
 * @param rowLimit the most rows in the answer
 */
public record ConsoleLimits(Duration timeout, int rowLimit) {

    public ConsoleLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The console timeout must be positive");
        }
        if (rowLimit < 1) {
            throw new IllegalArgumentException("The console row limit must be at least 1");
        }
    }
}
