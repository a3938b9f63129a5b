package de.kooperationsatlas.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Credentials that passed the full bcrypt check a moment ago, so that a script sending HTTP Basic on
 * every call pays bcrypt once and not per request. Only a keyed hash (HMAC-SHA256 with a random key of
 * this process, never stored) of name and password is kept, per user, for a few minutes, at most
 * {@code size} users. A different password never matches and goes through bcrypt as before. {@link
 * #forget} drops a user when the password, roles, regions or the enabled flag change.
 */
final class RecentCredentials {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final long ttlNanos;
    private final Map<String, Verified> byName;

    /** Counts changes, so that a check that began before a change does not remember stale credentials. */
    private long changes;

    RecentCredentials(Duration ttl, int maxUsers) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.ttlNanos = ttl.toNanos();
        this.byName = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > maxUsers;
            }
        };
    }

    /** The user these credentials were verified for a moment ago, if so. */
    Optional<UserDetails> match(String name, String password) {
        Verified entry;
        synchronized (this) {
            entry = byName.get(name);
        }
        if (entry == null || System.nanoTime() - entry.verifiedAt() > ttlNanos) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(name, password)) ? Optional.of(entry.user()) : Optional.empty();
    }

    /** Marks the moment a full check begins; pass it to {@link #remember}. */
    synchronized long mark() {
        return changes;
    }

    /** Remembers credentials that just passed the full check begun at {@code mark}, unless the user changed since. */
    void remember(String name, String password, UserDetails user, long mark) {
        if (ttlNanos <= 0) {
            return;
        }
        var entry = new Verified(mac(name, password), user, System.nanoTime());
        synchronized (this) {
            if (changes == mark) {
                byName.put(name, entry);
            }
        }
    }

    synchronized void forget(String name) {
        changes++;
        byName.remove(name);
    }

    synchronized int size() {
        return byName.size();
    }

    private byte[] mac(String name, String password) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private record Verified(byte[] mac, UserDetails user, long verifiedAt) {}
}
