package org.copydesk.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PageSignOff;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PageSnapshot;

/**
 * Pages and their sign-off (签发): a page going to press must have been signed off as it composes
 * now. A page whose sign-off was withdrawn, or that changed after it was signed, shows on the screen
 * too (签发已撤销); a page never signed is only the press's concern, since every page is unsigned
 * while it is made up. Error or warning as {@link PreflightRules#signOffSeverity()} says.
 */
final class PageSignOffCheck {
    private final PreflightRules rules;
    private final PreflightText text;

    PageSignOffCheck(PreflightRules rules, PreflightText text) {
        this.rules = rules;
        this.text = text;
    }

    /**
     * @param signOffs the newest sign-off of each page, by page id
     */
    List<Finding> check(EditionContent content, List<PageLayout> layouts, Map<String, PageSignOff> signOffs) {
        List<Finding> findings = new ArrayList<>();
        for (PageLayout layout : layouts) {
            PageSignOff signOff = signOffs.get(layout.pageId());
            int page = layout.pageNumber();
            if (signOff == null) {
                if (rules.forPress()) {
                    findings.add(text.finding(rules.signOffSeverity(), Check.PAGE_NOT_SIGNED_OFF, page, layout.pageId(),
                            Message.of("page-not-signed-off", page)));
                }
            } else if (signOff.withdrawnForChange() || !signOff.layoutHash().equals(PageSnapshot.of(layout, content).digest())) {
                findings.add(text.finding(rules.signOffSeverity(), Check.SIGN_OFF_WITHDRAWN, page, layout.pageId(),
                        Message.of("sign-off-changed", page, signOff.signedBy())));
            } else if (signOff.withdrawn()) {
                findings.add(text.finding(rules.signOffSeverity(), Check.SIGN_OFF_WITHDRAWN, page, layout.pageId(),
                        Message.of("sign-off-withdrawn", page, signOff.withdrawnBy().orElse("?"), signOff.withdrawnReason())));
            }
        }
        return findings;
    }
}
