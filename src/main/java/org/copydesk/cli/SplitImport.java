package org.copydesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.desk.PageSplit;
import org.copydesk.desk.SplitRefusedException;
import org.copydesk.exchange.ProposedCaption;
import org.copydesk.exchange.ProposedLine;
import org.copydesk.exchange.ProposedStory;
import org.copydesk.exchange.SplitLabel;
import org.copydesk.exchange.SplitProposal;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.typeset.TextLength;

/**
 * {@code copydesk import --split FILE [--json] [--save] [--edition ID]}: splits a text holding many
 * stories into stories through the desk's {@link PageSplit}, prints the proposal (as text, or as
 * JSON) and, with {@code --save}, stores it. Without {@code --save} nothing is written.
 */
final class SplitImport {
    private static final Words WORDS = Words.ofPackage(SplitImport.class);

    private final CopydeskCommand root;
    private final PrintWriter out;
    private final PrintWriter err;

    SplitImport(CopydeskCommand root, PrintWriter out, PrintWriter err) {
        this.root = root;
        this.out = out;
        this.err = err;
    }

    int run(Path file, String edition, boolean json, boolean save) throws JsonProcessingException {
        PageSplit split = root.desk().pageSplit();
        SplitProposal proposal = split.readFile(file);
        List<Article> saved = List.of();
        PageSplit.Saved result = null;
        if (save) {
            String editionId = root.edition(edition).id();
            try {
                result = split.save(root.repository(), editionId, proposal);
                saved = result.articles();
            } catch (SplitRefusedException e) {
                e.problems().forEach(problem -> err.println(TerminalText.visible(problem)));
                throw e;
            }
        }
        if (json) {
            out.print(ListCommand.toJson(asJson(proposal, saved)));
        } else {
            printText(proposal);
            if (result != null) {
                printSaved(result);
            } else {
                out.println(WORDS.format("split.notSaved", proposal.stories().size(), proposal.furniture().size()));
            }
        }
        out.flush();
        return 0;
    }

    private void printText(SplitProposal proposal) {
        int n = 0;
        for (ProposedStory story : proposal.stories()) {
            out.println(WORDS.format("split.story", ++n, story.firstLine()));
            for (ProposedLine line : story.lines()) {
                if (line.label() == SplitLabel.CAPTION) {
                    continue;
                }
                out.println(WORDS.format("split.line", label(line.label()), TerminalText.visible(line.text())));
            }
            for (ProposedCaption caption : story.captions()) {
                out.println(WORDS.format("split.caption", label(SplitLabel.CAPTION), TerminalText.visible(caption.text()),
                        TerminalText.visible(credit(caption))));
            }
        }
        if (!proposal.furniture().isEmpty()) {
            out.println(WORDS.format("split.furniture"));
            proposal.furniture().forEach(line -> out.println(
                    WORDS.format("split.furnitureLine", line.lineNumber(), TerminalText.visible(line.text()))));
        }
    }

    private void printSaved(PageSplit.Saved saved) {
        for (Article article : saved.articles()) {
            out.println(WORDS.format("import.story", article.id(), TerminalText.visible(article.headline()),
                    TextLength.of(article.body()).zi()));
        }
        for (ProposedCaption caption : saved.captions()) {
            out.println(WORDS.format("split.captionNotSaved", caption.lineNumber(), TerminalText.visible(caption.text()),
                    TerminalText.visible(credit(caption))));
        }
        for (ProposedLine line : saved.jumpLines()) {
            out.println(WORDS.format("split.jumpNotSaved", line.lineNumber(), TerminalText.visible(line.text())));
        }
    }

    private static String credit(ProposedCaption caption) {
        if (!caption.photographer().isEmpty()) {
            return WORDS.format("split.photographer", caption.photographer());
        }
        return caption.credit().isEmpty() ? WORDS.format("split.noCredit") : caption.credit();
    }

    static String label(SplitLabel label) {
        String key = "split.label." + label.key(); // every label's word: SplitImportCommandTest asks for each
        return WORDS.format(key);
    }

    /** The proposal for machines: keys and kinds stay English whatever the language. */
    static Map<String, Object> asJson(SplitProposal proposal, List<Article> saved) {
        List<Map<String, Object>> stories = new ArrayList<>();
        List<ProposedStory> found = proposal.stories();
        for (int i = 0; i < found.size(); i++) {
            ProposedStory story = found.get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            if (i < saved.size()) {
                row.put("id", saved.get(i).id());
            }
            row.put("line", story.firstLine());
            row.put("kicker", story.kicker());
            row.put("headline", story.headline());
            row.put("subtitle", story.subtitle());
            row.put("reporterLine", story.reporterLine());
            row.put("paragraphs", story.paragraphs().stream().map(p -> {
                Map<String, Object> paragraph = new LinkedHashMap<>();
                paragraph.put("line", p.lineNumber());
                paragraph.put("kind", p.kind().key());
                paragraph.put("text", p.text());
                return paragraph;
            }).toList());
            row.put("captions", story.captions().stream().map(c -> {
                Map<String, Object> caption = new LinkedHashMap<>();
                caption.put("line", c.lineNumber());
                caption.put("text", c.text());
                caption.put("photographer", c.photographer());
                caption.put("credit", c.credit());
                caption.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                caption.put("saved", false);
                return caption;
            }).toList());
            stories.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", proposal.sourceName());
        json.put("saved", !saved.isEmpty());
        json.put("stories", stories);
        json.put("furniture", proposal.furniture().stream().map(l -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", l.lineNumber());
            line.put("text", l.text());
            return line;
        }).toList());
        return json;
    }
}
