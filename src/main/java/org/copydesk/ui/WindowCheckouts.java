package org.copydesk.ui;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.stage.Window;
import org.copydesk.desk.CheckoutService;
import org.copydesk.model.Article;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;
import org.copydesk.model.Page;
import org.copydesk.store.CheckoutStore;
import org.copydesk.store.EditionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's check-outs. Showing a story in the editor takes its check-out, and showing another
 * (or none) gives it up; a story a colleague holds opens read-only under a {@link CheckoutBanner}
 * that can break their lock with a reason. A heartbeat every {@link CheckoutService#HEARTBEAT}
 * renews what this window holds, and every autosave renews the story first
 * ({@link #beforeSave}), so a broken check-out is noticed within one beat or one save: the editor
 * turns read-only with its text kept, and offers to save it as a new revision. Making up a page
 * checks the page out the same way ({@link #takeForMakeup}).
 *
 * <p>Called on the UI thread, but for {@link #beforeSave} and {@link #takeForMakeup}, which run on
 * the background executor.
 */
final class WindowCheckouts {
    private static final Logger LOG = LoggerFactory.getLogger(WindowCheckouts.class);

    private final EditionRepository repository;
    private final CheckoutService service;
    private final BackgroundWork work;
    private final Executor ui;
    private final DelayScheduler scheduler;
    private final UiText text;
    private final Window owner;
    private final ArticleEditorPane pane;
    private final CheckoutBanner banner;
    /** What this window holds; read by the background saves too. */
    private final Set<Checkout.Subject> held = ConcurrentHashMap.newKeySet();
    /** Stories whose check-out a colleague broke, with the record, until shown again. */
    private final Map<Checkout.Subject, BrokenCheckout> lost = new ConcurrentHashMap<>();
    private Optional<Checkout.Subject> shown = Optional.empty();
    private Runnable cancelBeat = () -> { };

    WindowCheckouts(EditionRepository repository, CheckoutService service, BackgroundWork work, Executor ui,
                    DelayScheduler scheduler, UiText text, Window owner, ArticleEditorPane pane) {
        this.repository = Objects.requireNonNull(repository);
        this.service = Objects.requireNonNull(service);
        this.work = Objects.requireNonNull(work);
        this.ui = Objects.requireNonNull(ui);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.text = Objects.requireNonNull(text);
        this.owner = owner;
        this.pane = Objects.requireNonNull(pane);
        this.banner = new CheckoutBanner(text, java.time.ZoneId.systemDefault());
        banner.onBreak(this::askToBreak);
        banner.onSaveMine(this::saveMine);
        pane.addOnTop(banner.node());
        pane.onShown(this::storyShown);
        pane.onCleared(() -> storyShown(null));
        // The other half of "no lost updates": a save that met a newer version asks which to keep.
        pane.onConflict(editor -> SaveConflictDialog.openFor(editor, repository, work, text, owner));
        scheduleBeat();
    }

    /** Every story save and every page of make-up goes through this window's check-outs first. */
    void guard(EditorModels models, MakeupController makeup) {
        models.beforeSave(this::beforeSave);
        makeup.beforeSave(this::takeForMakeup);
    }

    CheckoutBanner banner() {
        return banner;
    }

    /** The editor shows {@code model}'s story (null: none): take its check-out, give up the one before. */
    private void storyShown(ArticleEditorModel model) {
        Optional<Checkout.Subject> next = Optional.ofNullable(model).map(m -> Checkout.Subject.story(m.article().id()));
        if (next.equals(shown)) {
            return;
        }
        shown.filter(held::contains).ifPresent(this::release);
        shown = next;
        banner.hide();
        if (next.isEmpty()) {
            return;
        }
        Checkout.Subject subject = next.get();
        lost.remove(subject);
        // Read-only until the check-out is ours: typing must not start on a story a colleague holds.
        pane.setReadOnly(true);
        work.run(() -> service.take(repository, subject), taking -> taken(subject, taking), error -> {
            LOG.warn("could not check out {}", subject, error);
            if (shown.equals(Optional.of(subject))) {
                // The versions still guard every save; the store's failure is said, not hidden.
                banner.failed(messageOf(error));
                pane.setReadOnly(false);
            }
        });
    }

    private void taken(Checkout.Subject subject, CheckoutStore.Taking taking) {
        if (taking instanceof CheckoutStore.Taking.Granted) {
            held.add(subject);
            if (!shown.equals(Optional.of(subject))) {
                release(subject); // switched away while it was being taken
                return;
            }
            banner.hide();
            pane.setReadOnly(false);
        } else if (taking instanceof CheckoutStore.Taking.Refused refused && shown.equals(Optional.of(subject))) {
            Checkout other = refused.heldBy();
            banner.heldBy(other, false);
            pane.setReadOnly(true);
        }
    }

    private void release(Checkout.Subject subject) {
        held.remove(subject);
        work.run(() -> service.release(repository, subject), released -> { },
                error -> LOG.warn("could not give up the check-out of {}", subject, error));
    }

    /** Break lock…: asks why, breaks the colleague's check-out and takes it. */
    private void askToBreak() {
        Optional<Checkout.Subject> subject = shown;
        if (subject.isEmpty()) {
            return;
        }
        Alerts.ask(owner, text, text.get("checkout.breakTitle"), text.get("checkout.breakReason"), "")
                .filter(reason -> !reason.isBlank())
                .ifPresent(reason -> breakAndTake(subject.get(), reason));
    }

    /** Breaks the check-out of {@code subject} giving {@code reason}, then takes it for this window. */
    void breakAndTake(Checkout.Subject subject, String reason) {
        work.run(() -> {
            service.breakCheckout(repository, subject.id(), reason);
            return service.take(repository, subject);
        }, taking -> taken(subject, taking), error -> Alerts.error(owner, text, text.get("checkout.breakFailed"),
                messageOf(error)));
    }

    /** After a break: the editor's text saved as a new revision on top of what is stored. */
    private void saveMine() {
        pane.model().ifPresent(model -> model.saveOnTopOfStored().whenComplete((saved, error) -> {
            if (error != null) {
                Alerts.error(owner, text, text.get("checkout.saveMineFailed"), messageOf(error));
            } else {
                banner.note(text.format("checkout.savedMine", saved.version()));
            }
        }));
    }

    /**
     * Runs before each autosave of a story, on the background executor: renews the story's check-out
     * and refuses the save when it was broken, so a colleague who took the story over is never
     * overwritten. A story this window does not hold (yet) is left to the version check.
     */
    void beforeSave(Article article) {
        Checkout.Subject subject = Checkout.Subject.story(article.id());
        if (lost.containsKey(subject)) {
            throw lostException(lost.get(subject));
        }
        if (!held.contains(subject)) {
            return;
        }
        if (service.renew(repository, subject) instanceof CheckoutStore.Renewal.Lost gone) {
            held.remove(subject);
            gone.broken().ifPresent(b -> lost.put(subject, b));
            ui.execute(() -> showLost(subject, gone.broken()));
            throw lostException(gone.broken().orElse(null));
        }
    }

    /**
     * Before a page of make-up is saved, on the background executor: checks the page out for this
     * window (keeping it while the window makes it up) or refuses, naming who is making it up.
     */
    void takeForMakeup(Page page) {
        Checkout.Subject subject = Checkout.Subject.page(page.id());
        CheckoutStore.Taking taking = service.take(repository, subject);
        if (taking instanceof CheckoutStore.Taking.Refused refused) {
            Checkout.Holder h = refused.heldBy().holder();
            throw new CheckoutLostException(text.format("checkout.pageHeld", page.number(), h.name(), h.host()),
                    Optional.empty());
        }
        for (Checkout.Subject other : held) {
            if (other.kind() == Checkout.Kind.PAGE && !other.equals(subject)) {
                held.remove(other);
                service.release(repository, other);
            }
        }
        held.add(subject);
    }

    /** The heartbeat: renews everything this window holds, then waits for the next beat. */
    void beat() {
        for (Checkout.Subject subject : Set.copyOf(held)) {
            work.run(() -> service.renew(repository, subject), renewal -> {
                if (renewal instanceof CheckoutStore.Renewal.Lost gone && held.remove(subject)) {
                    gone.broken().ifPresent(b -> lost.put(subject, b));
                    showLost(subject, gone.broken());
                }
            }, error -> LOG.warn("could not renew the check-out of {}", subject, error));
        }
        scheduleBeat();
    }

    private void scheduleBeat() {
        cancelBeat.run();
        cancelBeat = scheduler.schedule(CheckoutService.HEARTBEAT, this::beat);
    }

    /** Stops the heartbeat (the window closing); the application gives the check-outs up as it exits. */
    void stop() {
        cancelBeat.run();
    }

    private void showLost(Checkout.Subject subject, Optional<BrokenCheckout> broken) {
        if (!shown.equals(Optional.of(subject))) {
            return;
        }
        pane.setReadOnly(true);
        broken.ifPresentOrElse(b -> {
            boolean unsaved = pane.model().map(m -> m.saveStateProperty().get().holdsUnsavedText()).orElse(false);
            banner.brokenBy(b, unsaved);
        }, () -> banner.failed(text.get("checkout.gone")));
    }

    private CheckoutLostException lostException(BrokenCheckout broken) {
        if (broken == null) {
            return new CheckoutLostException(text.get("checkout.gone"), Optional.empty());
        }
        String why = broken.takeover() ? text.get("checkout.takeoverReason") : broken.reason();
        return new CheckoutLostException(text.format("checkout.lostSave", broken.brokenBy(), broken.brokenOnHost(), why),
                Optional.of(broken));
    }

    private static String messageOf(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
