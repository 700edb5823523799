package org.copydesk.render.pdf;

/** The export was cancelled between pages; nothing was written. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("export cancelled; no file was written");
    }
}
