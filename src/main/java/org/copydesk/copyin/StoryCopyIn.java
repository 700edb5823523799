package org.copydesk.copyin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.copydesk.model.Article;
import org.copydesk.model.Block;

/**
 * The copy-in tools applied to a whole story: every field a reader sees (引题, 主题, 副题, the
 * reporter line, the dateline and each body block), each text on its own so that no change ever
 * spans two fields or paragraphs.
 */
public final class StoryCopyIn {
    private final PunctuationFixer fixer;
    private final ScriptConverter converter;
    private final ScriptDetector detector;

    public StoryCopyIn(PunctuationFixer fixer, ScriptConverter converter, ScriptDetector detector) {
        this.fixer = fixer;
        this.converter = converter;
        this.detector = detector;
    }

    public static StoryCopyIn standard() {
        return new StoryCopyIn(new PunctuationFixer(), ScriptConverter.standard(), ScriptDetector.standard());
    }

    /** A piece of a story's text and where it is. */
    public record Passage(StoryPlace place, String text) {
    }

    /** A proposed punctuation change and where it is. */
    public record PlacedChange(StoryPlace place, PunctuationChange change) {
    }

    /** An ambiguous character decided by a conversion, and where it is. */
    public record PlacedDecision(StoryPlace place, ScriptDecision decision) {
    }

    /** A story converted to another script, with its review list. */
    public record StoryConversion(Article article, List<PlacedDecision> decisions) {
        public StoryConversion {
            decisions = List.copyOf(decisions);
        }
    }

    public PunctuationFixer fixer() {
        return fixer;
    }

    public ScriptConverter converter() {
        return converter;
    }

    /** Every text of the story, fields first, then the body in reading order. */
    public static List<Passage> passages(Article a) {
        var out = new ArrayList<Passage>();
        out.add(new Passage(StoryPlace.of(StoryPlace.Field.KICKER), a.kicker()));
        out.add(new Passage(StoryPlace.of(StoryPlace.Field.HEADLINE), a.headline()));
        out.add(new Passage(StoryPlace.of(StoryPlace.Field.SUBTITLE), a.subtitle()));
        out.add(new Passage(StoryPlace.of(StoryPlace.Field.BYLINE), a.byline()));
        for (int i = 0; i < a.body().size(); i++) {
            var place = new StoryPlace(StoryPlace.Field.BODY, i + 1);
            if (a.body().get(i) instanceof Block.Lead lead) {
                out.add(new Passage(new StoryPlace(StoryPlace.Field.DATELINE, i + 1), lead.dateline()));
                out.add(new Passage(place, lead.body()));
            } else {
                out.add(new Passage(place, a.body().get(i).text()));
            }
        }
        return out.stream().filter(p -> !p.text().isEmpty()).toList();
    }

    /** The story with {@code change} applied to each of its texts. */
    public static Article map(Article a, UnaryOperator<String> change) {
        List<Block> body = a.body().stream().map(block -> mapBlock(block, change)).toList();
        return a.withHeadlines(change.apply(a.kicker()), change.apply(a.headline()), change.apply(a.subtitle()))
                .withByline(change.apply(a.byline())).withBody(body);
    }

    private static Block mapBlock(Block block, UnaryOperator<String> change) {
        if (block instanceof Block.Lead lead) {
            return new Block.Lead(change.apply(lead.dateline()), change.apply(lead.body()));
        } else if (block instanceof Block.Subhead s) {
            return new Block.Subhead(change.apply(s.text()));
        } else if (block instanceof Block.EndByline e) {
            return new Block.EndByline(change.apply(e.text()));
        }
        return new Block.Paragraph(change.apply(block.text()));
    }

    /** Every punctuation change proposed anywhere in the story. */
    public List<PlacedChange> punctuation(Article a) {
        var out = new ArrayList<PlacedChange>();
        for (Passage p : passages(a)) {
            fixer.propose(p.text()).forEach(c -> out.add(new PlacedChange(p.place(), c)));
        }
        return out;
    }

    /** The story with every proposed punctuation change made. */
    public Article fixPunctuation(Article a) {
        return map(a, fixer::fix);
    }

    /** The script the story's text leans to. */
    public ScriptDetection detect(Article a) {
        var all = new StringBuilder();
        passages(a).forEach(p -> all.append(p.text()).append('\n'));
        return detector.detect(all.toString());
    }

    /** The story converted into {@code to}, with every ambiguous character it decided. */
    public StoryConversion convert(Article a, Script to) {
        var decisions = new ArrayList<PlacedDecision>();
        for (Passage p : passages(a)) {
            converter.convert(p.text(), to).decisions().forEach(d -> decisions.add(new PlacedDecision(p.place(), d)));
        }
        return new StoryConversion(map(a, text -> converter.convert(text, to).text()), decisions);
    }
}
