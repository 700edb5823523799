package org.copydesk.cli;

import java.util.Locale;
import org.copydesk.model.PageSpec;
import picocli.CommandLine;

/** {@code --spec broadsheet|tabloid}: the page presets by the names the CLI and the page list print. */
final class PageSpecNames implements CommandLine.ITypeConverter<PageSpec> {

    @Override
    public PageSpec convert(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "broadsheet" -> PageSpec.broadsheet();
            case "tabloid" -> PageSpec.tabloid();
            default -> throw new CommandLine.TypeConversionException(
                    org.copydesk.i18n.Words.ofPackage(PageSpecNames.class).format("spec.unknown", name));
        };
    }
}
