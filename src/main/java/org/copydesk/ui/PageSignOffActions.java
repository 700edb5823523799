package org.copydesk.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.copydesk.desk.PageSignOffState;
import org.copydesk.desk.PageSignOffs;
import org.copydesk.model.EditionContent;
import org.copydesk.preflight.Finding;

/**
 * Page > Sign off page (签发), Withdraw sign-off… and Changed after sign-off PDF…, and the sign-off
 * badges of the navigator and the flatplan. Each page's standing is worked out with preflight, in
 * the background after every change, so a change that alters a signed page shows as withdrawn
 * (签发已撤销) within the preflight's delay, and its withdrawal is recorded then, as the writer's.
 */
final class PageSignOffActions {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final UiServices services;
    private final BackgroundWork work;
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final StatusBar status;
    private final ReadOnlyObjectWrapper<Map<String, PageSignOffState>> states = new ReadOnlyObjectWrapper<>(Map.of());
    private Runnable recheck = () -> { };

    PageSignOffActions(UiServices services, BackgroundWork work, UiText text, Window owner, EditionWorkspace workspace,
                       StatusBar status) {
        this.services = Objects.requireNonNull(services);
        this.work = Objects.requireNonNull(work);
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.status = Objects.requireNonNull(status);
    }

    /** Each page's standing by page id, as last worked out (FX thread). */
    ReadOnlyObjectProperty<Map<String, PageSignOffState>> statesProperty() {
        return states.getReadOnlyProperty();
    }

    /** Shows the badges in the navigator and the flatplan, and asks {@code recheck} for preflight after a sign-off. */
    void showIn(EditionNavigator navigator, FlatplanView flatplan, Runnable recheck) {
        this.recheck = Objects.requireNonNull(recheck);
        Consumer<Map<String, PageSignOffState>> show = now -> {
            navigator.showSignOffs(now);
            flatplan.showSignOffs(now);
        };
        states.addListener((obs, old, now) -> show.accept(now));
        show.accept(states.get());
    }

    /**
     * Preflight of {@code content} with every page's sign-off checked; on the way, each page's standing
     * is worked out (recording a withdrawal first noticed here) and handed to the badges. Runs off the FX thread.
     */
    List<Finding> check(EditionContent content) {
        publish(services.desk().signOffs().states(services.repository(), content));
        return services.desk().check().run(services.repository(), content, text.locale());
    }

    private void publish(List<PageSignOffState> list) {
        Map<String, PageSignOffState> byPage = new LinkedHashMap<>();
        list.forEach(s -> byPage.put(s.pageId(), s));
        Map<String, PageSignOffState> copy = Map.copyOf(byPage);
        if (Platform.isFxApplicationThread()) {
            states.set(copy);
        } else {
            Platform.runLater(() -> states.set(copy));
        }
    }

    /** Page > Sign off page (签发): the page on screen, as it composes now, as the person at the desk. */
    void sign() {
        withPage((editionId, page) -> {
            if (!PageSignOffs.maySign(services.repository().person())) {
                var person = services.repository().person();
                Alerts.error(owner, text, text.get("signOff.title"), text.format("signOff.notAllowed", person.name(),
                        text.get("role." + person.role().name())));
                return;
            }
            run(text.format("signOff.signing", page), () -> {
                var signed = services.desk().signOffs().sign(services.repository(), editionId, page);
                publish(services.desk().signOffs().states(services.repository(), editionId));
                return signed;
            }, signed -> {
                status.showActivity(text.format("signOff.signed", page, signed.signedBy(), shortHash(signed.layoutHash())), null);
                recheck.run();
            });
        });
    }

    /** Page > Withdraw sign-off…: asks why, then withdraws the page's sign-off. */
    void withdraw() {
        withPage((editionId, page) -> Alerts.ask(owner, text, text.get("signOff.withdrawTitle"),
                text.format("signOff.withdrawReason", page), "").ifPresent(reason -> withdraw(editionId, page, reason)));
    }

    /** Withdraws the sign-off of {@code page} with {@code reason} (what the dialog does once answered). */
    void withdraw(String editionId, int page, String reason) {
        run(text.format("signOff.withdrawing", page), () -> {
            var withdrawn = services.desk().signOffs().withdraw(services.repository(), editionId, page, reason);
            publish(services.desk().signOffs().states(services.repository(), editionId));
            return withdrawn;
        }, withdrawn -> {
            status.showActivity(text.format("signOff.withdrawn", page), null);
            recheck.run();
        });
    }

    /** Page > Changed after sign-off PDF…: asks where, then writes the page with its changed lines marked. */
    void changedPdf() {
        withPage((editionId, page) -> {
            var chooser = new FileChooser();
            chooser.setTitle(text.get("signOff.pdfTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            chooser.setInitialFileName(text.format("signOff.pdfFile", page));
            var file = chooser.showSaveDialog(owner);
            if (file != null) {
                writeChangedPdf(editionId, page, file.toPath());
            }
        });
    }

    /** Writes the changed-after-sign-off PDF of {@code page} to {@code target} (what the file dialog does once answered). */
    void writeChangedPdf(String editionId, int page, Path target) {
        run(text.format("signOff.writingPdf", target.getFileName()), () -> services.desk().signOffs()
                .writeChangedPdf(services.repository(), editionId, page, target, text.locale()), changed ->
                status.showActivity(text.format("signOff.pdfWritten", target.getFileName(),
                        changed.diff().count(org.copydesk.typeset.SnapshotDiff.LineChange.CHANGED),
                        changed.diff().count(org.copydesk.typeset.SnapshotDiff.LineChange.MOVED)), null));
    }

    /** The badge a page shows: ✓ with who signed when, ⚠ when withdrawn, nothing when never signed. */
    static String badge(UiText text, PageSignOffState state) {
        if (state == null) {
            return "";
        }
        return switch (state.standing()) {
            case NOT_SIGNED -> "";
            case SIGNED -> text.format("signOff.badgeSigned", state.signOff().get().signedBy(),
                    TIME.format(state.signOff().get().signedAt()));
            case WITHDRAWN -> text.get(state.changedAfterSignOff() || state.signOff().get().withdrawnForChange()
                    ? "signOff.badgeChanged" : "signOff.badgeWithdrawn");
        };
    }

    private static String shortHash(String hash) {
        int colon = hash.indexOf(':');
        return hash.substring(colon + 1, Math.min(hash.length(), colon + 13));
    }

    private interface PageWork {
        void run(String editionId, int page);
    }

    private void withPage(PageWork action) {
        var content = workspace.content();
        int page = workspace.shownPageProperty().get();
        if (content.isEmpty() || content.get().page(page).isEmpty()) {
            status.showActivity(text.get("signOff.noPage"), null);
            return;
        }
        action.run(content.get().edition().id(), page);
    }

    private <T> void run(String message, java.util.concurrent.Callable<T> job, Consumer<T> done) {
        status.showActivity(message, new ReadOnlyDoubleWrapper(-1).getReadOnlyProperty());
        work.run(job, done, error -> {
            status.showActivity("", null);
            Alerts.error(owner, text, text.format("task.failed", message),
                    error.getMessage() == null ? error.toString() : error.getMessage());
        });
    }
}
