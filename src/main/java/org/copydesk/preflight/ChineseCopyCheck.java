package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.copyin.PunctuationChange;
import org.copydesk.copyin.Script;
import org.copydesk.copyin.ScriptDetection;
import org.copydesk.copyin.StoryCopyIn;
import org.copydesk.copyin.StoryPlace;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;

/**
 * Copy that is not yet Chinese newspaper copy: ASCII punctuation inside Chinese text (set as narrow
 * Latin glyphs, it breaks the character grid), and a story written mostly in the other script than
 * the paper's. Both are warnings, one per story, on the page where it opens (0 when unplaced);
 * spiked stories are not checked.
 */
final class ChineseCopyCheck {
    /**
     * The script the paper prints. Copydesk has no setting for it yet: the papers it serves print
     * Simplified (decision 0015).
     */
    static final Script PAPER_SCRIPT = Script.SIMPLIFIED;

    private final PreflightText text;
    private final StoryCopyIn copyIn = StoryCopyIn.standard();

    ChineseCopyCheck(PreflightText text) {
        this.text = text;
    }

    List<Finding> check(EditionContent content) {
        Map<String, Integer> pages = SignOffCheck.openingPages(content);
        List<Finding> findings = new ArrayList<>();
        for (Article article : content.articles()) {
            if (article.status() == ArticleStatus.SPIKED) {
                continue;
            }
            int page = pages.getOrDefault(article.id(), 0);
            List<StoryCopyIn.PlacedChange> changes = copyIn.punctuation(article);
            if (!changes.isEmpty()) {
                StoryCopyIn.PlacedChange first = changes.get(0);
                PunctuationChange change = first.change();
                findings.add(text.finding(Severity.WARNING, Check.ASCII_PUNCTUATION, page, article.id(),
                        Message.of("ascii-punctuation", Preflight.storyName(article), changes.size(),
                                place(first.place()), change.context().strip())));
            }
            ScriptDetection detection = copyIn.detect(article);
            if (detection.mostlyOtherThan(PAPER_SCRIPT)) {
                Script story = PAPER_SCRIPT.other();
                int telling = story == Script.TRADITIONAL ? detection.traditionalOnly() : detection.simplifiedOnly();
                int against = story == Script.TRADITIONAL ? detection.simplifiedOnly() : detection.traditionalOnly();
                findings.add(text.finding(Severity.WARNING, Check.OTHER_SCRIPT, page, article.id(),
                        Message.of("other-script", Preflight.storyName(article), Message.of("script." + story.name()),
                                telling, against, Message.of("script." + PAPER_SCRIPT.name()))));
            }
        }
        return findings;
    }

    private static Message place(StoryPlace place) {
        return Message.of("place." + place.field().name(), place.paragraph());
    }
}
