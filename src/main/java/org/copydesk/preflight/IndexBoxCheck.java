package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.EditionContent;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.IndexReference;
import org.copydesk.model.Page;

/**
 * 导读 lines that cannot name the page their story is on: the story is on no page of the edition, on
 * the box's own page, or gone from the edition. The line still prints, without a page, so this is a
 * warning: the desk either places the story or takes the line out of the box.
 */
final class IndexBoxCheck {
    private final PreflightText text;

    IndexBoxCheck(PreflightText text) {
        this.text = text;
    }

    List<Finding> check(EditionContent content) {
        List<Finding> findings = new ArrayList<>();
        for (Page page : content.pages()) {
            for (var placement : page.placements()) {
                if (placement instanceof IndexBoxPlacement box) {
                    for (IndexEntry entry : box.entries()) {
                        IndexReference ref = IndexReference.of(content, page.number(), entry);
                        String key = switch (ref.status()) {
                            case ON_PAGE -> null;
                            case SAME_PAGE -> "index-entry.same-page";
                            case NOT_PLACED -> "index-entry.not-placed";
                            case NO_STORY -> "index-entry.no-story";
                        };
                        if (key != null) {
                            String story = ref.story().map(Preflight::storyName).orElse(entry.articleId());
                            findings.add(text.finding(Severity.WARNING, Check.INDEX_ENTRY, page.number(), entry.articleId(),
                                    Message.of(key, box.title(), story)));
                        }
                    }
                }
            }
        }
        return findings;
    }
}
