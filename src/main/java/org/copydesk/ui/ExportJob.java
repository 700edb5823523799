package org.copydesk.ui;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copydesk.desk.EditionExport;
import org.copydesk.model.EditionContent;
import org.copydesk.render.pdf.ExportCancelledException;
import org.copydesk.render.pdf.ExportProgress;

/**
 * One export from the window, cancellable between pages from any thread. The desk's export checks
 * {@link #isCancelled()} between pages and writes files only at the end, so a cancelled export
 * leaves whatever was at the target untouched.
 */
final class ExportJob implements ExportProgress {

    /** How the export ended. */
    sealed interface Outcome {
        record Written(ExportChoice choice, int pages) implements Outcome {
        }

        record Cancelled(ExportChoice choice) implements Outcome {
        }
    }

    private final EditionExport export;
    private final EditionContent content;
    private final ExportChoice choice;
    private volatile BackgroundWork.Progress progress = (done, total) -> { };
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Where an edition package's notes come from; read on the export's background thread. */
    private final java.util.function.Supplier<java.util.List<org.copydesk.model.EditorNote>> notes;

    ExportJob(EditionExport export, EditionContent content, ExportChoice choice) {
        this(export, content, choice, java.util.List::of);
    }

    ExportJob(EditionExport export, EditionContent content, ExportChoice choice,
              java.util.function.Supplier<java.util.List<org.copydesk.model.EditorNote>> notes) {
        this.export = Objects.requireNonNull(export);
        this.content = Objects.requireNonNull(content);
        this.choice = Objects.requireNonNull(choice);
        this.notes = Objects.requireNonNull(notes);
    }

    /**
     * Exports, telling {@code pages} after each page; runs on a background thread. Failures other
     * than cancelling are thrown.
     */
    Outcome run(BackgroundWork.Progress pages) {
        progress = Objects.requireNonNull(pages);
        if (isCancelled()) {
            return new Outcome.Cancelled(choice);
        }
        try {
            var carried = choice.target() instanceof org.copydesk.desk.ExportTarget.EditionPackage
                    ? notes.get() : java.util.List.<org.copydesk.model.EditorNote>of();
            return new Outcome.Written(choice, export.write(content, carried, choice.target(), choice.options(), this).pages());
        } catch (ExportCancelledException e) {
            return new Outcome.Cancelled(choice);
        }
    }

    /** Asks the export to stop before its next page. */
    void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void pageDone(int done, int total) {
        progress.report(done, total);
    }
}
