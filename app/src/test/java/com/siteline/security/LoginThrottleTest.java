package com.siteline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aNameIsLockedAfterFiveFailuresForADelayThatDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("agent", "10.0.0." + i);
        }
        assertThat(throttle.lockedUntil("agent", "10.0.0.9")).isEmpty();
        throttle.failed("agent", "10.0.0.5");
        assertThat(throttle.lockedUntil("AGENT ", "10.0.0.9")).contains(clock.now.plus(Duration.ofMinutes(1)));

        clock.now = clock.now.plus(Duration.ofMinutes(1)).plusSeconds(1);
        assertThat(throttle.lockedUntil("agent", "10.0.0.9")).isEmpty();
        throttle.failed("agent", "10.0.0.6");
        assertThat(throttle.lockedUntil("agent", "10.0.0.9")).contains(clock.now.plus(Duration.ofMinutes(2)));
        clock.now = clock.now.plus(Duration.ofMinutes(3));
        throttle.failed("agent", "10.0.0.7");
        assertThat(throttle.lockedUntil("agent", "10.0.0.9")).contains(clock.now.plus(Duration.ofMinutes(4)));
    }

    @Test
    void theDelayStopsGrowingAtAnHour() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("manager", null);
        }
        assertThat(throttle.lockedUntil("manager", null)).contains(clock.now.plus(Duration.ofMinutes(60)));
    }

    @Test
    void aSuccessClearsTheNamesCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("pm", "10.0.1.1");
        }
        throttle.succeeded("pm");
        throttle.failed("pm", "10.0.1.1");
        assertThat(throttle.lockedUntil("pm", "10.0.2.2")).isEmpty();
    }

    @Test
    void madeUpNamesAreCountedLikeRealOnes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("no-such-user-" + "x", "10.0.3.3");
        }
        assertThat(throttle.lockedUntil("no-such-user-x", "10.0.4.4")).isPresent();
    }

    @Test
    void anAddressThatTriesManyNamesIsSlowedDown() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES - 1; i++) {
            throttle.failed("guess-" + i, "192.0.2.7");
        }
        assertThat(throttle.lockedUntil("someone-else", "192.0.2.7")).isEmpty();
        throttle.failed("guess-last", "192.0.2.7");
        assertThat(throttle.lockedUntil("someone-else", "192.0.2.7")).contains(clock.now.plus(Duration.ofMinutes(1)));
        assertThat(throttle.lockedUntil("someone-else", "198.51.100.1")).isEmpty();
        // failures spread over more than ten minutes start a new count
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        throttle.failed("guess-again", "192.0.2.7");
        assertThat(throttle.lockedUntil("someone-else", "192.0.2.7")).isEmpty();
    }
}
