package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The line breaks of the sample front page as text, kept in src/test/resources so a change to
 * breaking shows up in review as a diff. After an intended change, regenerate with
 * {@code mvn -o -q test -Dtest=GoldenLayoutTest -Dgolden.update=true} and review the diff.
 */
class GoldenLayoutTest {
    private static final Path GOLDEN = Path.of("src/test/resources/typeset/golden-page1.txt");
    private static final Path ACTUAL = Path.of("target/golden-page1.actual.txt");

    @Test
    void frontPageBreaksAsReviewed() throws IOException {
        NewspaperComposer composer = new NewspaperComposer(TypesetFixtures.FONTS);
        var content = SampleEditions.fullBroadsheet();
        String actual = render(composer.compose(content, 1)) + render(composer.compose(content, 2));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Files.createDirectories(ACTUAL.getParent());
            Files.writeString(ACTUAL, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("line breaks differ from %s; actual written to %s", GOLDEN, ACTUAL).isEqualTo(expected);
    }

    /** One line per set line: role, J when justified, x and baseline, then the text. */
    static String render(PageLayout layout) {
        StringBuilder sb = new StringBuilder();
        sb.append("# page ").append(layout.pageNumber()).append('\n');
        layout.extras().forEach(l -> line(sb, l));
        for (LayoutFrame frame : layout.frames()) {
            sb.append(String.format(Locale.ROOT, "## %s %s part %d%n", frame.kind(), frame.contentId(), frame.part()));
            frame.lines().forEach(l -> line(sb, l));
        }
        layout.copyfits().forEach(c -> sb.append(String.format(Locale.ROOT, "copyfit %s: %d 字 %d 行 %s%n",
                c.articleId(), c.charactersSet(), c.linesUsed(), c.summaryZh())));
        return sb.toString();
    }

    private static void line(StringBuilder sb, LayoutLine l) {
        sb.append(String.format(Locale.ROOT, "%-13s %s %7.2f %7.2f  %s%n", l.role(), l.justified() ? "J" : "-", l.x(),
                l.baseline(), l.text()));
    }
}
