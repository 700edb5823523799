package org.copydesk.desk;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.i18n.Words;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;
import org.copydesk.store.CheckoutStore;
import org.copydesk.store.EditionRepository;

/**
 * Check-outs of stories and pages, for the window and the CLI alike: taking one when a story is opened
 * for editing or a page for make-up, renewing it with a heartbeat, giving it up, and breaking a
 * colleague's with a reason. One service is one Copydesk session: its check-outs carry its token,
 * so the same person in two windows is two holders.
 *
 * <p>A check-out whose heartbeat is older than the {@linkplain #lease() lease} is stale: whoever asks
 * for it next takes it over, and the takeover is recorded for its old holder to see.
 */
public final class CheckoutService {
    private static final Words WORDS = Words.ofPackage(CheckoutService.class);
    /** How long a check-out lives without a heartbeat. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);
    /** How often a window renews its check-outs: four heartbeats to a lease, so one missed beat loses nothing. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final Duration lease;
    private final String token = UUID.randomUUID().toString();
    private final String host;

    public CheckoutService() {
        this(DEFAULT_LEASE);
    }

    /** A session whose check-outs go stale after {@code lease} without a heartbeat (tests use short ones). */
    public CheckoutService(Duration lease) {
        this.lease = Objects.requireNonNull(lease, "lease");
        this.host = hostName();
    }

    public Duration lease() {
        return lease;
    }

    /** This session as a holder, named as the person {@code repository} writes as. */
    public Checkout.Holder holder(EditionRepository repository) {
        return new Checkout.Holder(repository.person().name(), host, ProcessHandle.current().pid(), token);
    }

    /** True when {@code checkout} is this session's own. */
    public boolean isMine(Checkout checkout) {
        return checkout.holder().token().equals(token);
    }

    /** Takes (or renews, if this session has it) the check-out of {@code subject}. */
    public CheckoutStore.Taking take(EditionRepository repository, Checkout.Subject subject) {
        return repository.checkouts().take(subject, holder(repository), lease);
    }

    /** Renews this session's check-out of {@code subject}: the heartbeat. */
    public CheckoutStore.Renewal renew(EditionRepository repository, Checkout.Subject subject) {
        return repository.checkouts().renew(subject, holder(repository));
    }

    /** Gives up this session's check-out of {@code subject}, if it still has it. */
    public boolean release(EditionRepository repository, Checkout.Subject subject) {
        return repository.checkouts().release(subject, holder(repository));
    }

    /** Gives up every check-out of this session (the window closing). */
    public int releaseAll(EditionRepository repository) {
        return repository.checkouts().releaseAll(holder(repository));
    }

    /** Every check-out held now, oldest first. */
    public List<Checkout> list(EditionRepository repository) {
        return repository.checkouts().all();
    }

    /** Who holds {@code subject}, if anyone. */
    public Optional<Checkout> holderOf(EditionRepository repository, Checkout.Subject subject) {
        return repository.checkouts().find(subject);
    }

    /** True when {@code checkout} has had no heartbeat within the lease. */
    public boolean isStale(EditionRepository repository, Checkout checkout) {
        return checkout.isStale(repository.checkouts().now(), lease);
    }

    /**
     * Breaks the check-out of the story or page {@code subjectId} (as {@code copydesk locks} lists it),
     * recording who broke it and why; its holder is told on their next heartbeat or save.
     *
     * @throws OperationRefusedException when the reason is blank or too long, or no one holds it
     */
    public BrokenCheckout breakCheckout(EditionRepository repository, String subjectId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new OperationRefusedException(WORDS.format("checkout.reasonRequired", subjectId));
        }
        if (why.length() > BrokenCheckout.MAX_REASON_LENGTH) {
            throw new OperationRefusedException(WORDS.format("checkout.reasonTooLong", BrokenCheckout.MAX_REASON_LENGTH));
        }
        Checkout held = list(repository).stream().filter(c -> c.subject().id().equals(subjectId)).findFirst()
                .orElseThrow(() -> new OperationRefusedException(WORDS.format("checkout.noneHeld", subjectId)));
        return repository.checkouts().breakCheckout(held.subject(), repository.person().name(), host, why)
                .orElseThrow(() -> new OperationRefusedException(WORDS.format("checkout.noneHeld", subjectId)));
    }

    private static String hostName() {
        // The environment first: a name lookup can stall for seconds on a machine without DNS.
        for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
