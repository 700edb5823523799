package org.copydesk.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.i18n.Words;
import org.copydesk.model.PageSpec;
import picocli.CommandLine;

/**
 * {@code --spec broadsheet|tabloid|WxH/C}: the page presets by the names the CLI and the page list
 * print, or a custom page W x H mm with C columns ({@link PageSpec#custom}).
 */
final class PageSpecNames implements CommandLine.ITypeConverter<PageSpec> {
    private static final Words WORDS = Words.ofPackage(PageSpecNames.class);
    /** A custom size: width x height in mm, then the number of columns, e.g. 320x470/7. */
    private static final Pattern CUSTOM = Pattern.compile("(\\d{3,4}(?:\\.\\d+)?)x(\\d{3,4}(?:\\.\\d+)?)(?:mm)?/(\\d{1,2})");

    @Override
    public PageSpec convert(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        Matcher custom = CUSTOM.matcher(wanted);
        if (custom.matches()) {
            try {
                return PageSpec.custom(Double.parseDouble(custom.group(1)), Double.parseDouble(custom.group(2)),
                        Integer.parseInt(custom.group(3)));
            } catch (IllegalArgumentException impossible) {
                throw new CommandLine.TypeConversionException(WORDS.format("spec.impossible", name));
            }
        }
        return switch (wanted) {
            case "broadsheet" -> PageSpec.broadsheet();
            case "tabloid" -> PageSpec.tabloid();
            default -> throw new CommandLine.TypeConversionException(WORDS.format("spec.unknown", name));
        };
    }
}
