package de.kooperationsatlas.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Counts wrong passwords per (user name, client address): after {@code maxFailures} within the window
 * every attempt for that name from that address is refused, the right password included, until the
 * window has passed since the last counted failure. Other names and other addresses are not affected,
 * so an attacker cannot lock a user out from elsewhere. The table is bounded: when full, the pair least
 * recently seen is dropped (a flood of invented names costs memory no more than {@code tracked} pairs).
 */
final class SignInThrottle {

    /** Longer names are cut for the key: they cannot be real user names (at most 40 characters). */
    private static final int MAX_NAME_CHARS = 64;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Attempts> attempts;

    SignInThrottle(SecuritySettings settings, Clock clock) {
        this.maxFailures = settings.signInMaxFailures();
        this.window = settings.signInWindow();
        this.clock = clock;
        int tracked = settings.signInTracked();
        this.attempts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > tracked;
            }
        };
    }

    /** How long this name is still refused from this address, if it is. */
    synchronized Optional<Duration> refusedFor(String name, @Nullable String address) {
        var entry = attempts.get(key(name, address));
        if (entry == null || entry.blockedUntil == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        if (!now.isBefore(entry.blockedUntil)) {
            attempts.remove(key(name, address));
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, entry.blockedUntil));
    }

    /** A wrong password for this name from this address. */
    synchronized void failed(String name, @Nullable String address) {
        var now = clock.instant();
        var entry = attempts.computeIfAbsent(key(name, address), k -> new Attempts());
        var oldest = now.minus(window);
        while (!entry.failures.isEmpty() && entry.failures.peekFirst().isBefore(oldest)) {
            entry.failures.pollFirst();
        }
        entry.failures.addLast(now);
        if (entry.failures.size() >= maxFailures) {
            entry.blockedUntil = now.plus(window);
            entry.failures.clear();
        }
    }

    /** A successful sign-in forgets earlier typos. */
    synchronized void succeeded(String name, @Nullable String address) {
        attempts.remove(key(name, address));
    }

    synchronized int tracked() {
        return attempts.size();
    }

    private static String key(String name, @Nullable String address) {
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_NAME_CHARS) {
            normalised = normalised.substring(0, MAX_NAME_CHARS);
        }
        return normalised + "\u0000" + (address == null ? "" : address);
    }

    private static final class Attempts {
        final ArrayDeque<Instant> failures = new ArrayDeque<>();

        @Nullable
        Instant blockedUntil;
    }
}
