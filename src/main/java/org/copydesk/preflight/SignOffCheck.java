package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.StoryPlacement;

/**
 * Stories on a page that were not signed off (签发): still a draft, with the desk editor, or
 * spiked. On the screen that is work in progress (a warning); on pages going to press it is an
 * error, since what prints must have been approved. Reported once per story, on the page where it
 * opens.
 */
final class SignOffCheck {
    private final PreflightRules rules;
    private final PreflightText text;

    SignOffCheck(PreflightRules rules, PreflightText text) {
        this.rules = rules;
        this.text = text;
    }

    List<Finding> check(EditionContent content) {
        List<Finding> findings = new ArrayList<>();
        openingPages(content).forEach((articleId, page) -> content.article(articleId)
                .filter(article -> article.status() != ArticleStatus.SIGNED_OFF)
                .ifPresent(article -> findings.add(text.finding(rules.signOffSeverity(), Check.NOT_SIGNED_OFF, page,
                        article.id(), Message.of("not-signed-off", Message.of("status." + article.status().name()),
                                Preflight.storyName(article))))));
        return findings;
    }

    /** Each placed story's page with its lowest part (its opening frame, when the jumps are right). */
    static Map<String, Integer> openingPages(EditionContent content) {
        Map<String, Integer> lowestPart = new LinkedHashMap<>();
        Map<String, Integer> page = new LinkedHashMap<>();
        for (Page p : content.pages()) {
            for (var placement : p.placements()) {
                if (placement instanceof StoryPlacement story
                        && story.part() < lowestPart.getOrDefault(story.articleId(), Integer.MAX_VALUE)) {
                    lowestPart.put(story.articleId(), story.part());
                    page.put(story.articleId(), p.number());
                }
            }
        }
        return page;
    }

}
