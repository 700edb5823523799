package org.copydesk.preflight;

import java.util.List;
import java.util.Objects;

/**
 * One thing preflight found.
 *
 * @param severity   error or warning
 * @param check      which check found it
 * @param pageNumber the page (版次) it is on, or 0 when it concerns the edition as a whole
 * @param contentId  the article, photo or page concerned
 * @param messageKey the key of its message in the preflight bundle (empty for a text given as is)
 * @param arguments  the message's arguments, in no language (see {@link Message})
 * @param message    what is wrong, for the desk, in the language preflight ran in
 */
public record Finding(Severity severity, Check check, int pageNumber, String contentId, String messageKey,
                      List<Object> arguments, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(check, "check");
        contentId = contentId == null ? "" : contentId;
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(message, "message");
    }

    /** A finding whose text is already written (a caller's own finding, or a test's): no key, no arguments. */
    public Finding(Severity severity, Check check, int pageNumber, String contentId, String message) {
        this(severity, check, pageNumber, contentId, "", List.of(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
