package org.copydesk.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of one package, from its {@code messages.properties} (English) and
 * {@code messages_zh_CN.properties} (Chinese), in the {@linkplain Language#chosen() chosen language}.
 * Patterns follow {@link MessageFormat}: {@code {0}} for an argument, {@code ''} for a quote.
 *
 * <p>A key missing from a bundle never throws: it is mostly asked for while reporting another
 * failure, and that report must not be lost. {@code BundleKeysTest} keeps the bundles complete.
 */
public final class Words {
    private final String bundleName;

    private Words(String bundleName) {
        this.bundleName = Objects.requireNonNull(bundleName, "bundleName");
    }

    /** The words in the bundle {@code bundleName}, e.g. {@code org.copydesk.store.messages}. */
    public static Words of(String bundleName) {
        return new Words(bundleName);
    }

    /** The words of the package {@code anyClass} belongs to, from its {@code messages} bundle. */
    public static Words ofPackage(Class<?> anyClass) {
        return new Words(anyClass.getPackageName() + ".messages");
    }

    public String bundleName() {
        return bundleName;
    }

    /** The message {@code key} with its arguments, in the chosen language. */
    public String format(String key, Object... arguments) {
        return format(Language.chosen(), key, arguments);
    }

    /** The message {@code key} with its arguments, in {@code locale}'s language. */
    public String format(Locale locale, String key, Object... arguments) {
        Locale language = Language.choose(null, locale);
        String pattern;
        try {
            // No fallback to the default locale: English asked for on a Chinese system must stay English.
            pattern = ResourceBundle.getBundle(bundleName, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
        }
        return new MessageFormat(pattern, language).format(arguments);
    }
}
