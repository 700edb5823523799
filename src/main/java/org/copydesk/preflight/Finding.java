package org.copydesk.preflight;

import java.util.Objects;

/**
 * One thing preflight found.
 *
 * @param severity   error or warning
 * @param check      which check found it
 * @param pageNumber the page (版次) it is on, or 0 when it concerns the edition as a whole
 * @param contentId  the article, photo or page concerned
 * @param message    what is wrong, for the desk
 */
public record Finding(Severity severity, Check check, int pageNumber, String contentId, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        contentId = contentId == null ? "" : contentId;
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for the terminal: severity, page, check, what and where. */
    public String describe() {
        String where = pageNumber > 0 ? "第" + pageNumber + "版" : "edition";
        return String.format("%-7s %-6s %-16s %s (%s)", severity, where, check, message, contentId);
    }
}
