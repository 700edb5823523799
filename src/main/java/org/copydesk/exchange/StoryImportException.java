package org.copydesk.exchange;

/**
 * A story file that cannot be imported. The message names the file and the problem (with a line
 * and column or a byte offset where there is one) and is fit to show the user as it is.
 */
public class StoryImportException extends RuntimeException {
    public StoryImportException(String message) {
        super(message);
    }

    public StoryImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
