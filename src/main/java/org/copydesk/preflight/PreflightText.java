package org.copydesk.preflight;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.copydesk.i18n.Language;

/**
 * The words of preflight, from {@code org/copydesk/preflight/messages*.properties}: Chinese for any
 * Chinese locale, English otherwise. {@code -Dcopydesk.locale=zh_CN|en} overrides the system
 * language, as it does for the desktop window, so the window and its findings agree.
 */
public final class PreflightText {
    static final String BUNDLE = "org.copydesk.preflight.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private PreflightText(Locale locale) {
        this.locale = locale;
        // No fallback to the default locale: English asked for on a Chinese system must stay English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language of this machine, or of the {@code copydesk.locale} override. */
    public static PreflightText forSystem() {
        return forLocale(chooseLocale(System.getProperty(Language.OVERRIDE_PROPERTY), Locale.getDefault()));
    }

    /** Simplified Chinese for any Chinese {@code locale}, English for every other. */
    public static PreflightText forLocale(Locale locale) {
        return new PreflightText(chooseLocale(null, Objects.requireNonNull(locale, "locale")));
    }

    static Locale chooseLocale(String override, Locale system) {
        return Language.choose(override, system);
    }

    public Locale locale() {
        return locale;
    }

    /** The message in this language; nested messages are rendered first, lists joined with the list separator. */
    public String render(Message message) {
        Object[] arguments = message.arguments().stream().map(this::renderArgument).toArray();
        return new MessageFormat(pattern(message.key()), locale).format(arguments);
    }

    private Object renderArgument(Object argument) {
        if (argument instanceof Message nested) {
            return render(nested);
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(item -> render((Message) item)).collect(Collectors.joining(pattern("list.separator")));
        }
        return argument;
    }

    /** A finding built from {@code message}, its text rendered in this language. */
    Finding finding(Severity severity, Check check, int pageNumber, String contentId, Message message) {
        return new Finding(severity, check, pageNumber, contentId, message.key(), message.arguments(), render(message));
    }

    /** One line for the terminal: severity, page, check, what and where. */
    public String describe(Finding finding) {
        String where = finding.pageNumber() > 0 ? render(Message.of("where.page", finding.pageNumber()))
                : render(Message.of("where.edition"));
        return String.format("%-7s %-6s %-16s %s (%s)", finding.severity(), where, finding.check(), finding.message(),
                finding.contentId());
    }

    /** How many errors and warnings there are. */
    public String summary(List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        return render(Message.of("summary", errors, findings.size() - errors));
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message " + key + " is missing from " + BUNDLE + " for " + locale, e);
        }
    }
}
