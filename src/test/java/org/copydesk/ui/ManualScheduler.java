package org.copydesk.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A debounce timer and clock that move only when the test says so. */
final class ManualScheduler implements DelayScheduler {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final List<Scheduled> pending = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-27T10:42:00Z");

    private static final class Scheduled {
        final Instant due;
        final Runnable action;
        boolean cancelled;

        Scheduled(Instant due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        var s = new Scheduled(now.plus(delay), action);
        pending.add(s);
        return () -> s.cancelled = true;
    }

    /** Moves time forward, running every action that falls due, in order. */
    void advance(Duration by) {
        Instant until = now.plus(by);
        while (true) {
            var next = pending.stream().filter(s -> !s.cancelled && !s.due.isAfter(until))
                    .min(Comparator.comparing(s -> s.due));
            if (next.isEmpty()) {
                break;
            }
            pending.remove(next.get());
            now = next.get().due;
            next.get().action.run();
        }
        now = until;
        pending.removeIf(s -> s.cancelled);
    }

    int pendingCount() {
        return (int) pending.stream().filter(s -> !s.cancelled).count();
    }

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZONE;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }
}
