package org.copydesk.i18n;

import java.util.function.Supplier;

/** Runs test code with {@code copydesk.locale} set, then puts the old value back. */
public final class InLanguage {
    private InLanguage() {
    }

    /** What {@code work} returns while Copydesk speaks {@code language} ({@code zh_CN} or {@code en}). */
    public static <T> T get(String language, Supplier<T> work) {
        String previous = System.getProperty(Language.OVERRIDE_PROPERTY);
        System.setProperty(Language.OVERRIDE_PROPERTY, language);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                System.clearProperty(Language.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(Language.OVERRIDE_PROPERTY, previous);
            }
        }
    }
}
