package org.copydesk.exchange;

import java.util.regex.Pattern;

/**
 * The photographer's name out of a by-line as Chinese desks write it: {@code 张三/摄},
 * {@code 摄影：张三}, {@code 记者 张三 摄}, {@code 本报记者 张三 摄}. The caption stores the name
 * alone and prints {@code /摄} itself, so the words around it would be printed twice.
 */
public final class BylineName {
    private static final Pattern SHOT_BY_PREFIX = Pattern.compile("^摄影(?:记者)?\\s*[：:]?\\s*");
    private static final Pattern SHOT_SUFFIX = Pattern.compile("\\s*[/／]?\\s*摄(?:影)?\\s*$");
    /** A reporter's title before the name: 记者, 本报记者, 新华社记者, 通讯员, 特约摄影记者. */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^\\S{0,8}?(?:记者|通讯员)\\s*");

    private BylineName() {
    }

    /** The name alone; the by-line unchanged (stripped) when it has none of these forms. */
    public static String of(String byline) {
        if (byline == null) {
            return "";
        }
        String name = byline.strip();
        name = SHOT_BY_PREFIX.matcher(name).replaceFirst("");
        name = SHOT_SUFFIX.matcher(name).replaceFirst("");
        name = TITLE_PREFIX.matcher(name).replaceFirst("");
        name = name.strip();
        // Never reduce a by-line to nothing: 摄影 alone stays what the file said.
        return name.isEmpty() ? byline.strip() : name;
    }
}
