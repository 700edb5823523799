package org.copydesk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.i18n.Language;

/**
 * Every user-visible string, from {@code org/copydesk/ui/messages*.properties}. Chinese when the
 * system language is Chinese, English otherwise; {@code -Dcopydesk.locale=zh_CN|en} overrides.
 */
public final class UiText {
    static final String BUNDLE = "org.copydesk.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Parsed message patterns by key. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private UiText(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: asking for English on a Chinese system must give English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language this machine and the override ask for. */
    public static UiText forSystem() {
        return forLocale(chooseLocale(System.getProperty(Language.OVERRIDE_PROPERTY), Locale.getDefault()));
    }

    public static UiText forLocale(Locale locale) {
        return new UiText(locale);
    }

    static Locale chooseLocale(String override, Locale system) {
        return Language.choose(override, system);
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        Objects.requireNonNull(key);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " is missing from " + BUNDLE + " for " + locale, e);
        }
    }

    public String format(String key, Object... args) {
        // The status bar formats its counts on every keystroke: each pattern is parsed once. A
        // MessageFormat is not thread-safe, so a caller holds it while it formats.
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale));
        synchronized (format) {
            return format.format(args);
        }
    }
}
