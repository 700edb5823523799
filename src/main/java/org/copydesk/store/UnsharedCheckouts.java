package org.copydesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;

/** {@link CheckoutStore#UNSHARED}: grants every check-out and keeps none. */
final class UnsharedCheckouts implements CheckoutStore {

    @Override
    public Taking take(Checkout.Subject subject, Checkout.Holder holder, Duration lease) {
        Instant now = now();
        return new Taking.Granted(new Checkout(subject, holder, now, now), Optional.empty());
    }

    @Override
    public Renewal renew(Checkout.Subject subject, Checkout.Holder holder) {
        Instant now = now();
        return new Renewal.Held(new Checkout(subject, holder, now, now));
    }

    @Override
    public boolean release(Checkout.Subject subject, Checkout.Holder holder) {
        return true;
    }

    @Override
    public int releaseAll(Checkout.Holder holder) {
        return 0;
    }

    @Override
    public Optional<BrokenCheckout> breakCheckout(Checkout.Subject subject, String brokenBy, String brokenOnHost,
                                                  String reason) {
        return Optional.empty();
    }

    @Override
    public Optional<Checkout> find(Checkout.Subject subject) {
        return Optional.empty();
    }

    @Override
    public List<Checkout> all() {
        return List.of();
    }

    @Override
    public List<BrokenCheckout> breaksSince(Instant since) {
        return List.of();
    }

    @Override
    public Instant now() {
        return Instant.now();
    }
}
