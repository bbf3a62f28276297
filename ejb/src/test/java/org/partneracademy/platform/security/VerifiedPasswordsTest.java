package org.partneracademy.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** A password verified once is not hashed again until it expires; wrong ones and new hashes always are. */
class VerifiedPasswordsTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:salt:hash";

    private final AtomicInteger hashed = new AtomicInteger();
    private final BiPredicate<char[], String> slowHash = (password, stored) -> {
        hashed.incrementAndGet();
        return new String(password).equals("right") && stored.equals(HASH);
    };

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aVerifiedPasswordIsHashedOnceWithinItsTimeToLiveAndAgainAfter() {
        var clock = new MovableClock();
        var verified = new VerifiedPasswords(Duration.ofMinutes(10), clock);
        assertThat(verified.matches("ada", "right".toCharArray(), HASH, slowHash)).isTrue();
        assertThat(verified.matches("ada", "right".toCharArray(), HASH, slowHash)).isTrue();
        assertThat(hashed).hasValue(1);
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(verified.matches("ada", "right".toCharArray(), HASH, slowHash)).isTrue();
        assertThat(hashed).hasValue(2);
    }

    @Test
    void wrongPasswordsAreHashedEveryTimeAndNeverKept() {
        var verified = new VerifiedPasswords(Duration.ofMinutes(10), new MovableClock());
        for (int i = 0; i < 3; i++) {
            assertThat(verified.matches("ada", "wrong".toCharArray(), HASH, slowHash)).isFalse();
        }
        assertThat(hashed).hasValue(3);
        assertThat(verified.size()).isZero();
    }

    @Test
    void aNewStoredHashOrAnotherUserMissesTheRememberedVerification() {
        var verified = new VerifiedPasswords(Duration.ofMinutes(10), new MovableClock());
        assertThat(verified.matches("ada", "right".toCharArray(), HASH, slowHash)).isTrue();
        assertThat(verified.matches("ada", "right".toCharArray(), HASH + "changed", slowHash))
                .as("a changed password has a new stored hash").isFalse();
        assertThat(verified.matches("bob", "right".toCharArray(), HASH, slowHash)).isTrue();
        assertThat(hashed).hasValue(3);
    }

    @Test
    void aTimeToLiveOfZeroHashesEveryTime() {
        var verified = new VerifiedPasswords(Duration.ZERO, new MovableClock());
        verified.matches("ada", "right".toCharArray(), HASH, slowHash);
        verified.matches("ada", "right".toCharArray(), HASH, slowHash);
        assertThat(hashed).hasValue(2);
        assertThat(verified.size()).isZero();
    }
}
