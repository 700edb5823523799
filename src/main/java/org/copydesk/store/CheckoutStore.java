package org.copydesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;

/**
 * Where check-outs are kept: in the database for Copydesks that share it. Every method is one
 * transaction; taking a check-out is atomic (an insert that fails on the subject's key), so of two
 * Copydesks asking at once exactly one gets it, on H2 and PostgreSQL alike.
 */
public interface CheckoutStore {

    /**
     * A store for a repository no one else uses: every check-out is granted and none is kept, since
     * there is no one to keep out.
     */
    CheckoutStore UNSHARED = new UnsharedCheckouts();

    /** What asking for a check-out came to. */
    sealed interface Taking {
        /**
         * Granted: new, or renewed if {@code holder} already had it.
         *
         * @param tookOver the stale check-out of someone else this one replaced (recorded as broken)
         */
        record Granted(Checkout checkout, Optional<BrokenCheckout> tookOver) implements Taking {
        }

        /** Someone else holds it and their heartbeat is within the lease. */
        record Refused(Checkout heldBy) implements Taking {
        }
    }

    /** What renewing a check-out came to. */
    sealed interface Renewal {
        /** Still held, with the new heartbeat. */
        record Held(Checkout checkout) implements Renewal {
        }

        /**
         * No longer held by this holder: broken by someone (with the record), or gone with no record
         * (released by this holder before, or removed by hand).
         */
        record Lost(Optional<BrokenCheckout> broken) implements Renewal {
        }
    }

    /**
     * Takes the check-out of {@code subject} for {@code holder}. When someone else holds it with a
     * heartbeat older than {@code lease}, it is taken over, and the takeover is recorded as a break
     * their Copydesk will report to them.
     */
    Taking take(Checkout.Subject subject, Checkout.Holder holder, Duration lease);

    /** Renews the heartbeat of {@code holder}'s check-out of {@code subject}. */
    Renewal renew(Checkout.Subject subject, Checkout.Holder holder);

    /** Gives the check-out up; false when {@code holder} did not hold it (any more). */
    boolean release(Checkout.Subject subject, Checkout.Holder holder);

    /** Gives up every check-out {@code holder} has (closing the window, the end of a CLI run). */
    int releaseAll(Checkout.Holder holder);

    /**
     * Breaks whoever's check-out of {@code subject}, recording who broke it, from where and why;
     * empty when no one held it.
     */
    Optional<BrokenCheckout> breakCheckout(Checkout.Subject subject, String brokenBy, String brokenOnHost,
                                           String reason);

    /** The check-out of {@code subject}, if someone holds it. */
    Optional<Checkout> find(Checkout.Subject subject);

    /** Every check-out held now, oldest first. */
    List<Checkout> all();

    /** The check-outs broken since {@code since}, newest first (the desk's record). */
    List<BrokenCheckout> breaksSince(Instant since);

    /** The database's time now: the clock check-outs are stamped and judged stale by. */
    Instant now();
}
