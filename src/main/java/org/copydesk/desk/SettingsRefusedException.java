package org.copydesk.desk;

/**
 * The paper's settings or a house style refused before anything was stored: the message names the
 * value (or the file and the field) and what is wrong with it, in the user's language.
 */
public final class SettingsRefusedException extends RuntimeException {
    SettingsRefusedException(String message) {
        super(message);
    }

    SettingsRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
