package org.copydesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A check-out someone else ended: broken by hand with a reason, or taken over after its heartbeat
 * stopped. Kept so that its holder is told who, when and why, and so the desk can see it later.
 *
 * @param lost        the check-out as it was when it was broken
 * @param brokenBy    who broke it (the person's name)
 * @param brokenOnHost the machine they broke it from
 * @param reason      what they gave as the reason (a takeover says the heartbeat stopped)
 * @param brokenAt    when (the database's clock)
 * @param takeover    true when the lock was stale and taken over rather than broken by hand
 */
public record BrokenCheckout(Checkout lost, String brokenBy, String brokenOnHost, String reason, Instant brokenAt,
                             boolean takeover) {
    /** The longest reason the database keeps. */
    public static final int MAX_REASON_LENGTH = 1000;

    public BrokenCheckout {
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(brokenBy, "brokenBy");
        Objects.requireNonNull(brokenOnHost, "brokenOnHost");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(brokenAt, "brokenAt");
    }
}
