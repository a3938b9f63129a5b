package de.kooperationsatlas.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session limits, bound from {@code atlas.security.*} in {@code application.yml}.
 *
 * @param signInMaxFailures wrong passwords for one name from one address before further attempts are refused
 * @param signInWindow the time in which those failures count, and how long the refusal then lasts
 * @param signInTracked the most (name, address) pairs the throttle remembers (bounded memory)
 * @param basicCacheTtl how long verified HTTP Basic credentials are recognised without bcrypt
 * @param basicCacheSize the most users whose verified Basic credentials are remembered
 * @param maxSessionsPerUser browser sessions one user may hold; a further sign-in ends the oldest
 * @param maxSessions browser sessions the server holds at all; a further one ends the least recently used
 */
@ConfigurationProperties("atlas.security")
public record SecuritySettings(
        @DefaultValue("10") int signInMaxFailures,
        @DefaultValue("5m") Duration signInWindow,
        @DefaultValue("10000") int signInTracked,
        @DefaultValue("5m") Duration basicCacheTtl,
        @DefaultValue("10000") int basicCacheSize,
        @DefaultValue("5") int maxSessionsPerUser,
        @DefaultValue("10000") int maxSessions) {}
