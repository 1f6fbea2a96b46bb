package com.siteline.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each virtual user sent each message of the client engine and whether a right answer came: a message that got
 * no right answer (no connection, a wrong status, a wrong page) failed at the time it was sent. This is what the
 * failover figures are counted from: when the failures were, and when each user was answered right again.
 */
public final class RequestLog {

    /** One message: its user, when it was sent (ms since the epoch), and whether its answer was right. */
    public record Request(long user, long sentAt, boolean ok) {}

    private final Map<Long, List<long[]>> byUser = new ConcurrentHashMap<>();

    void sent(long user) {
        List<long[]> list = byUser.computeIfAbsent(user, u -> new ArrayList<>());
        synchronized (list) {
            list.add(new long[] {System.currentTimeMillis(), 0});
        }
    }

    void answered(long user) {
        List<long[]> list = byUser.get(user);
        if (list != null) {
            synchronized (list) {
                list.get(list.size() - 1)[1] = 1;
            }
        }
    }

    public List<Request> requests() {
        List<Request> all = new ArrayList<>();
        byUser.forEach((user, list) -> {
            synchronized (list) {
                for (long[] r : list) {
                    all.add(new Request(user, r[0], r[1] == 1));
                }
            }
        });
        return all;
    }
}
