package de.kooperationsatlas.console;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's limits, bound from {@code atlas.console.*}.
 *
 * @param timeout the database's transaction timeout for one console query
 * @param rowLimit the most rows one answer holds; more are cut off and the answer says so
 * @param maxConcurrent how many console queries run at once; further ones are refused as busy
 * @param historySize how many of a user's last queries the history keeps
 */
@ConfigurationProperties("atlas.console")
public record ConsoleProperties(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("5000") int rowLimit,
        @DefaultValue("2") int maxConcurrent,
        @DefaultValue("20") int historySize) {

    /** The per-query limits these settings give. */
    public ConsoleLimits limits() {
        return new ConsoleLimits(timeout, rowLimit);
    }
}
