package com.siteline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. After {@value #FREE_FAILURES} failed sign-ins in a row a login name is
 * locked for a delay that doubles with each further failure (1, 2, 4 … at most 60 minutes); an address
 * that fails {@value #ADDRESS_FAILURES} times within ten minutes waits a minute before it may try again,
 * longer each time. Names are counted whether or not such a user exists, so the answer never tells which
 * names are real. A successful sign-in clears its name's count. Kept in memory, per node: a restart or
 * another node starts counting afresh.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
    private static final Duration LONGEST = Duration.ofMinutes(60);
    /** How many names and addresses are remembered at most (a flood of made-up names cannot fill the heap). */
    private static final int REMEMBERED = 100_000;

    private record Count(int failures, Instant firstAt, Instant lockedUntil) {}

    private final Clock clock;
    private final Map<String, Count> names = new ConcurrentHashMap<>();
    private final Map<String, Count> addresses = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when a sign-in with this name from this address must wait, if it must. */
    public Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = null;
        for (Count count : new Count[] {names.get(key(username)), address == null ? null : addresses.get(address)}) {
            if (count != null
                    && count.lockedUntil() != null
                    && count.lockedUntil().isAfter(now)
                    && (until == null || count.lockedUntil().isAfter(until))) {
                until = count.lockedUntil();
            }
        }
        return Optional.ofNullable(until);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        trim();
        names.compute(key(username), (name, count) -> {
            int failures = count == null ? 1 : count.failures() + 1;
            Instant locked = failures < FREE_FAILURES
                    ? null
                    : now.plus(cap(Duration.ofMinutes(1L << Math.min(failures - FREE_FAILURES, 6))));
            return new Count(failures, count == null ? now : count.firstAt(), locked);
        });
        if (address != null) {
            addresses.compute(address, (ip, count) -> {
                boolean fresh =
                        count == null || count.firstAt().plus(ADDRESS_WINDOW).isBefore(now);
                int failures = fresh ? 1 : count.failures() + 1;
                Instant locked = failures < ADDRESS_FAILURES
                        ? null
                        : now.plus(cap(Duration.ofMinutes(failures - ADDRESS_FAILURES + 1L)));
                return new Count(failures, fresh ? now : count.firstAt(), locked);
            });
        }
    }

    public void succeeded(String username) {
        names.remove(key(username));
    }

    private static Duration cap(Duration delay) {
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private void trim() {
        if (names.size() > REMEMBERED) {
            names.clear();
        }
        if (addresses.size() > REMEMBERED) {
            addresses.clear();
        }
    }
}
