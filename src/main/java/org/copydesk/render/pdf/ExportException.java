package org.copydesk.render.pdf;

/** An export failed; the message names the file or page and the problem. Nothing was left half-written. */
public final class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
