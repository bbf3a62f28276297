package org.partneracademy.platform.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords recently verified against a stored hash. API clients send HTTP Basic on every request, and
 * PBKDF2 at 210,000 iterations costs a core about a fifth of a second: verified once, a caller's further
 * requests within the time to live skip it. What is kept is an HMAC, under a key drawn at random when the
 * server starts, of the username, the stored hash and the password: nothing that reverses to a password
 * without that key, and a new password (a new stored hash) or a wrong one never matches. Only successes
 * are kept, so guessing costs PBKDF2 every time. Whether the person is active, and their roles, are read
 * from the database on every request regardless.
 */
final class VerifiedPasswords {

    /** Past this many entries the map is emptied rather than grown: a flood of callers only costs hashing. */
    static final int MAX_ENTRIES = 10_000;

    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Instant> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedPasswords(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * Whether {@code password} matches {@code storedHash}: from a verification still fresh, or else from
     * {@code verify} (the slow hash), whose success is then remembered.
     */
    boolean matches(String username, char[] password, String storedHash, BiPredicate<char[], String> verify) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return verify.test(password, storedHash);
        }
        String entry = fingerprint(username, password, storedHash);
        Instant now = clock.instant();
        Instant until = verifiedUntil.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (!verify.test(password, storedHash)) {
            return false;
        }
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            verifiedUntil.clear();
        }
        verifiedUntil.put(entry, now.plus(timeToLive));
        return true;
    }

    int size() {
        return verifiedUntil.size();
    }

    private String fingerprint(String username, char[] password, String storedHash) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            var plain = new byte[bytes.remaining()];
            bytes.get(plain);
            mac.update(plain);
            Arrays.fill(plain, (byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
