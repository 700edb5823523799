package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;

/**
 * Ad slots (广告) whose artwork has not arrived. On the screen that is the normal state of a page
 * being made up (a warning); on pages going to press it is an error, since the advertiser paid for
 * their ad, not for a grey box with their name in it.
 */
final class AdSlotCheck {
    private final PreflightRules rules;
    private final PreflightText text;

    AdSlotCheck(PreflightRules rules, PreflightText text) {
        this.rules = rules;
        this.text = text;
    }

    List<Finding> check(EditionContent content) {
        List<Finding> findings = new ArrayList<>();
        for (Page page : content.pages()) {
            for (var placement : page.placements()) {
                if (placement instanceof AdPlacement ad && ad.artwork().isEmpty()) {
                    var r = ad.frame();
                    findings.add(text.finding(rules.pressSeverity(), Check.EMPTY_AD_SLOT, page.number(), ad.adId(),
                            Message.of("empty-ad-slot", ad.advertiser(), r.columnSpan(), r.rowSpan())));
                }
            }
        }
        return findings;
    }
}
