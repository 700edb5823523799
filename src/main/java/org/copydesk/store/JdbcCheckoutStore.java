package org.copydesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;

/**
 * Check-outs in the database. Taking one is an insert that fails on the subject's primary key when
 * someone holds it; taking over a stale one deletes exactly the row that was read as stale (same
 * holder, same heartbeat), so a holder who renewed meanwhile keeps it.
 */
final class JdbcCheckoutStore implements CheckoutStore {
    private static final Words WORDS = Words.ofPackage(JdbcCheckoutStore.class);
    /** A take that loses a race reads again; after this many rounds it reports who holds it now. */
    private static final int ROUNDS = 3;

    private final Transactor transactor;

    JdbcCheckoutStore(Transactor transactor) {
        this.transactor = transactor;
    }

    @Override
    public Taking take(Checkout.Subject subject, Checkout.Holder holder, Duration lease) {
        return transactor.inTransaction(WORDS.format("do.takeCheckout", subject.id()), c -> {
            Instant now = CheckoutTable.now(c);
            for (int round = 1; ; round++) {
                Optional<Checkout> held = CheckoutTable.find(c, subject);
                Optional<BrokenCheckout> tookOver = Optional.empty();
                if (held.isPresent()) {
                    Checkout other = held.get();
                    if (other.holder().sameSession(holder)) {
                        CheckoutTable.beat(c, subject, holder, now);
                        return new Taking.Granted(new Checkout(subject, other.holder(), other.since(), now),
                                Optional.empty());
                    }
                    if (!other.isStale(now, lease) || !CheckoutTable.deleteIfUnchanged(c, other)) {
                        if (round >= ROUNDS || !other.isStale(now, lease)) {
                            return new Taking.Refused(CheckoutTable.find(c, subject).orElse(other));
                        }
                        continue;
                    }
                    BrokenCheckout broken = new BrokenCheckout(other, holder.name(), holder.host(), "", now, true);
                    CheckoutTable.insertBreak(c, broken);
                    tookOver = Optional.of(broken);
                }
                Checkout mine = new Checkout(subject, holder, now, now);
                if (CheckoutTable.insertIfAbsent(c, mine)) {
                    return new Taking.Granted(mine, tookOver);
                }
                if (round >= ROUNDS) {
                    Optional<Checkout> winner = CheckoutTable.find(c, subject);
                    if (winner.isPresent()) {
                        return new Taking.Refused(winner.get());
                    }
                    throw new StoreException(WORDS.format("checkout.busy", subject.id()));
                }
            }
        });
    }

    @Override
    public Renewal renew(Checkout.Subject subject, Checkout.Holder holder) {
        return transactor.inTransaction(WORDS.format("do.renewCheckout", subject.id()), c -> {
            Instant now = CheckoutTable.now(c);
            if (CheckoutTable.beat(c, subject, holder, now)) {
                return new Renewal.Held(CheckoutTable.find(c, subject).orElseThrow());
            }
            return new Renewal.Lost(CheckoutTable.lastBreak(c, subject, holder));
        });
    }

    @Override
    public boolean release(Checkout.Subject subject, Checkout.Holder holder) {
        return transactor.inTransaction(WORDS.format("do.releaseCheckout", subject.id()),
                c -> CheckoutTable.delete(c, subject, holder));
    }

    @Override
    public int releaseAll(Checkout.Holder holder) {
        return transactor.inTransaction(WORDS.format("do.releaseCheckouts"), c -> CheckoutTable.deleteAll(c, holder));
    }

    @Override
    public Optional<BrokenCheckout> breakCheckout(Checkout.Subject subject, String brokenBy, String brokenOnHost,
                                                  String reason) {
        return transactor.inTransaction(WORDS.format("do.breakCheckout", subject.id()), c -> {
            Instant now = CheckoutTable.now(c);
            for (int round = 0; round < ROUNDS; round++) {
                Optional<Checkout> held = CheckoutTable.find(c, subject);
                if (held.isEmpty()) {
                    return Optional.<BrokenCheckout>empty();
                }
                if (CheckoutTable.deleteIfUnchanged(c, held.get())) {
                    var broken = new BrokenCheckout(held.get(), brokenBy, brokenOnHost, reason, now, false);
                    CheckoutTable.insertBreak(c, broken);
                    return Optional.of(broken);
                }
            }
            throw new StoreException(WORDS.format("checkout.busy", subject.id()));
        });
    }

    @Override
    public Optional<Checkout> find(Checkout.Subject subject) {
        return transactor.inTransaction(WORDS.format("do.listCheckouts"), c -> CheckoutTable.find(c, subject));
    }

    @Override
    public List<Checkout> all() {
        return transactor.inTransaction(WORDS.format("do.listCheckouts"), CheckoutTable::all);
    }

    @Override
    public List<BrokenCheckout> breaksSince(Instant since) {
        return transactor.inTransaction(WORDS.format("do.listCheckouts"), c -> CheckoutTable.breaksSince(c, since));
    }

    @Override
    public Instant now() {
        return transactor.inTransaction(WORDS.format("do.listCheckouts"), CheckoutTable::now);
    }
}
