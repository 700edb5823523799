package org.copydesk.typeset;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.sample.SampleEdition;

/**
 * Prints {@link TypographyAudit}'s findings per page for the sample edition and the generated
 * broadsheet: the before/after figures of docs/decisions/0028. Run with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.copydesk.typeset.TypographyReport [-v]}.
 */
public final class TypographyReport {
    private TypographyReport() {
    }

    public static void main(String[] args) {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        report("sample edition", SampleEdition.create(), verbose);
        report("generated broadsheet", SampleEditions.fullBroadsheet(), verbose);
    }

    static void report(String name, EditionContent content, boolean verbose) {
        var composer = NewspaperComposer.withBundledFonts();
        Map<TypographyAudit.Kind, Integer> totals = new EnumMap<>(TypographyAudit.Kind.class);
        int spread = 0;
        int lines = 0;
        for (Page page : content.pages()) {
            PageLayout layout = composer.compose(content, page.number());
            List<TypographyAudit.Finding> findings = TypographyAudit.audit(layout);
            for (var f : findings) {
                totals.merge(f.kind(), 1, Integer::sum);
                if (verbose) {
                    System.out.println("  " + f);
                }
            }
            for (LayoutLine line : layout.allLines()) {
                lines++;
                if (TypographyAudit.widestHanGap(line) > TypographyAudit.SPREAD_EM) {
                    spread++;
                }
            }
        }
        System.out.println(name + ": " + content.pages().size() + " pages, " + lines + " lines, spread > 0.15 em: "
                + spread + ", findings " + totals);
    }
}
