package org.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LayoutProblem;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PhotoFit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code copydesk layout --edition ID --page N [--json]}: the composed page, as the renderers get it. */
@Command(name = "layout", mixinStandardHelpOptions = true,
        description = "Compose one page of an edition and print its frames, lines, jump lines and copyfit.")
final class LayoutCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(LayoutCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--edition", paramLabel = "ID", defaultValue = "latest", description = "edition id, or latest (default)")
    String edition;

    @Option(names = "--page", paramLabel = "N", required = true, description = "page number (版次)")
    int page;

    @Option(names = "--json", description = "print the layout as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EditionContent content = root.editionContent(edition);
        if (content.page(page).isEmpty()) {
            throw new IllegalArgumentException(WORDS.format("layout.noPage", content.edition().id(), page,
                    content.pages().stream().map(p -> String.valueOf(p.number())).collect(Collectors.joining(", "))));
        }
        PageLayout layout = root.services().composer().compose(content, page);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(layout) : toText(layout));
        out.flush();
        return layout.problems().isEmpty() ? 0 : 1;
    }

    private static String toText(PageLayout layout) {
        StringBuilder sb = new StringBuilder();
        sb.append(WORDS.format("layout.heading", layout.pageNumber(), TerminalText.visible(layout.spec().name()))).append('\n');
        for (LayoutFrame frame : layout.frames()) {
            sb.append(WORDS.format("layout.frame", frame.kind().name(), TerminalText.visible(frame.contentId()), frame.part(),
                    frame.bounds().x(), frame.bounds().y(), frame.bounds().width(), frame.bounds().height(),
                    frame.lines().size())).append('\n');
            frame.lines().stream().filter(l -> l.role() != LineRole.BODY)
                    .forEach(l -> sb.append("  ").append(l.role()).append(' ').append(TerminalText.visible(l.text())).append('\n'));
        }
        for (Copyfit fit : layout.copyfits()) {
            sb.append(WORDS.format("layout.copyfit", TerminalText.visible(fit.articleId()), fit.charactersSet(),
                    fit.linesUsed(), fit.summaryZh())).append('\n');
        }
        for (LayoutProblem p : layout.problems()) {
            sb.append(p.kind()).append(' ').append(TerminalText.visible(p.contentId())).append(": ")
                    .append(TerminalText.visible(p.detail())).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static String toJson(PageLayout layout) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("pageId", layout.pageId());
        root.put("page", layout.pageNumber());
        root.put("spec", layout.spec().name());
        ArrayNode frames = root.putArray("frames");
        ArrayNode jumps = root.putArray("jumpLines");
        for (LayoutFrame frame : layout.frames()) {
            ObjectNode f = frames.addObject();
            f.put("kind", frame.kind().name());
            f.put(switch (frame.kind()) {
                case STORY -> "story";
                case PHOTO -> "photo";
                case AD -> "ad";
                case BANNER -> "banner";
                case INDEX -> "index";
            }, frame.contentId());
            f.put("part", frame.part());
            ObjectNode rect = f.putObject("rect");
            rect.put("x", round(frame.bounds().x()));
            rect.put("y", round(frame.bounds().y()));
            rect.put("width", round(frame.bounds().width()));
            rect.put("height", round(frame.bounds().height()));
            frame.image().map(PhotoFit::box).ifPresent(img -> {
                ObjectNode i = f.putObject("image");
                i.put("x", round(img.x()));
                i.put("y", round(img.y()));
                i.put("width", round(img.width()));
                i.put("height", round(img.height()));
            });
            ArrayNode lines = f.putArray("lines");
            for (LayoutLine line : frame.lines()) {
                ObjectNode l = lines.addObject();
                l.put("role", line.role().name());
                l.put("text", line.text());
                l.put("x", round(line.x()));
                l.put("y", round(line.baseline()));
                l.put("width", round(line.inkRight() - line.x()));
                l.put("justified", line.justified());
                if (line.role() == LineRole.JUMP_LINE) {
                    ObjectNode j = jumps.addObject();
                    j.put("story", frame.contentId());
                    j.put("part", frame.part());
                    j.put("text", line.text());
                }
            }
        }
        ArrayNode copyfits = root.putArray("copyfits");
        for (Copyfit fit : layout.copyfits()) {
            ObjectNode c = copyfits.addObject();
            c.put("story", fit.articleId());
            c.put("characters", fit.charactersSet());
            c.put("codePoints", fit.codePointsSet());
            c.put("lines", fit.linesUsed());
            c.put("linesFree", fit.linesFree());
            c.put("freeChars", fit.freeChars());
            c.put("oversetChars", fit.oversetChars());
            c.put("overflowingPart", fit.overflowingPart());
            c.put("summary", fit.summaryZh());
        }
        ArrayNode problems = root.putArray("problems");
        for (LayoutProblem p : layout.problems()) {
            ObjectNode o = problems.addObject();
            o.put("kind", p.kind().name());
            o.put("contentId", p.contentId());
            o.put("detail", p.detail());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
