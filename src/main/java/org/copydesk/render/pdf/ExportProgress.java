package org.copydesk.render.pdf;

/**
 * Told after each page of a long export; the GUI turns it into a progress bar with a cancel
 * button. Exports also stop when the exporting thread is interrupted.
 */
public interface ExportProgress {

    /** Reports nothing and never cancels. */
    ExportProgress NONE = (done, total) -> { };

    /** Called after each page: {@code done} of {@code total} pages are finished. */
    void pageDone(int done, int total);

    /** Checked between pages; {@code true} stops the export and leaves no file behind. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws when the user cancelled or the thread was interrupted. */
    default void checkCancelled() {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new ExportCancelledException();
        }
    }
}
