package org.copydesk.i18n;

import java.util.Locale;

/**
 * Copydesk speaks two languages: Simplified Chinese for any Chinese system and English for every
 * other. {@code -Dcopydesk.locale=zh_CN|en} overrides the system, for the window, the CLI and
 * every message alike.
 */
public final class Language {
    /** The system property that overrides the system language. */
    public static final String OVERRIDE_PROPERTY = "copydesk.locale";

    private Language() {
    }

    /** The language of this machine, or of the override; read on each call so a test may change it. */
    public static Locale chosen() {
        return choose(System.getProperty(OVERRIDE_PROPERTY), Locale.getDefault());
    }

    /** Simplified Chinese when {@code override} (or, without one, {@code system}) is Chinese; English otherwise. */
    public static Locale choose(String override, Locale system) {
        String wanted = override == null || override.isBlank() ? system.getLanguage() : override.strip();
        return wanted.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
