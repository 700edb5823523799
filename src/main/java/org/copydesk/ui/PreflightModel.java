package org.copydesk.ui;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;
import org.copydesk.preflight.Finding;

/**
 * The preflight findings of the open edition, kept current: a check runs in the background when
 * the edition opens, a short pause after saves, and on demand. One check runs at a time; a request
 * made while one runs is served by one more check afterwards, of the edition as it is then, so the
 * list never shows an older edition than the last request saw. Holds no controls; UI thread only.
 */
public final class PreflightModel {
    /** Saves come in bursts while someone types; checking once they settle is enough. */
    public static final Duration AFTER_SAVE_DELAY = Duration.ofSeconds(2);

    /** Where the findings stand, for the status bar and the panel's header. */
    public sealed interface Status {
        /** No check has finished yet. */
        record NotChecked() implements Status {
        }

        record Checking() implements Status {
        }

        record Checked(long errors, long warnings) implements Status {
        }

        record Failed(String message) implements Status {
        }
    }

    /** Where a finding is shown: the page to open (0: stay) and what to select there. */
    public record Jump(int pageNumber, Selection selection) {
        public Jump {
            Objects.requireNonNull(selection, "selection");
        }
    }

    private final Function<EditionContent, List<Finding>> check;
    private final BackgroundWork work;
    private final DelayScheduler scheduler;
    private final Supplier<Optional<EditionContent>> content;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(new Status.NotChecked());
    private Runnable cancelTimer = () -> { };
    private boolean running;
    private boolean again;

    /**
     * @param check   the preflight of an edition (runs on the background thread)
     * @param content the edition as on screen, unsaved edits included, when one is open
     */
    public PreflightModel(Function<EditionContent, List<Finding>> check, BackgroundWork work,
                          DelayScheduler scheduler, Supplier<Optional<EditionContent>> content) {
        this.check = Objects.requireNonNull(check);
        this.work = Objects.requireNonNull(work);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.content = Objects.requireNonNull(content);
    }

    /** The findings of the last finished check, errors first. */
    public ObservableList<Finding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Checks now (opening an edition, the menu command); a pending delayed check is dropped. */
    public void checkNow() {
        cancelTimer.run();
        cancelTimer = () -> { };
        if (running) {
            again = true;
            return;
        }
        Optional<EditionContent> edition = content.get();
        if (edition.isEmpty()) {
            return;
        }
        running = true;
        status.set(new Status.Checking());
        EditionContent checked = edition.get();
        work.run(() -> check.apply(checked), this::finished, this::failed);
    }

    /** Checks after {@link #AFTER_SAVE_DELAY}, counted from the latest call. */
    public void checkSoon() {
        cancelTimer.run();
        cancelTimer = scheduler.schedule(AFTER_SAVE_DELAY, this::checkNow);
    }

    private void finished(List<Finding> found) {
        running = false;
        findings.setAll(found);
        long errors = found.stream().filter(Finding::isError).count();
        status.set(new Status.Checked(errors, found.size() - errors));
        runAgainIfAsked();
    }

    private void failed(Throwable error) {
        running = false;
        status.set(new Status.Failed(error.getMessage() == null ? error.toString() : error.getMessage()));
        runAgainIfAsked();
    }

    private void runAgainIfAsked() {
        if (again) {
            again = false;
            checkNow();
        }
    }

    /**
     * Where to show a finding: its own page when it names one, else the page where its story or
     * photo opens; the story or photo it concerns is selected (a page-wide finding selects nothing).
     */
    public static Jump jumpFor(Finding finding, EditionContent content) {
        String id = finding.contentId();
        Selection selection = content.article(id).<Selection>map(a -> new Selection.Story(id))
                .or(() -> content.photo(id).map(p -> new Selection.Picture(id)))
                .orElse(new Selection.Nothing());
        boolean pageExists = content.page(finding.pageNumber()).isPresent();
        int page = pageExists ? finding.pageNumber() : openingPage(content, id);
        return new Jump(page, selection);
    }

    private static int openingPage(EditionContent content, String contentId) {
        return content.pages().stream()
                .filter(p -> p.id().equals(contentId) || p.placements().stream().anyMatch(pl ->
                        pl.contentId().equals(contentId) && (!(pl instanceof StoryPlacement s) || s.part() == 0)))
                .mapToInt(Page::number)
                .findFirst().orElse(0);
    }
}
