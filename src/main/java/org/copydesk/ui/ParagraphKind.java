package org.copydesk.ui;

import java.util.Collection;
import java.util.List;

/**
 * The style of one paragraph of the body area; each paragraph is one {@link org.copydesk.model.Block}.
 * The style class is what the area carries and the CSS colours.
 */
public enum ParagraphKind {
    /** the first paragraph, opening with its run-in dateline */
    LEAD("lead", "editor.style.lead"),
    /** plain body paragraph */
    BODY("body", "editor.style.body"),
    /** 小标题 */
    SUBHEAD("subhead", "editor.style.subhead"),
    /** 署名 at the end */
    END_BYLINE("end-byline", "editor.style.endByline");

    private final String styleClass;
    private final String messageKey;

    ParagraphKind(String styleClass, String messageKey) {
        this.styleClass = styleClass;
        this.messageKey = messageKey;
    }

    public String styleClass() {
        return styleClass;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> styleClasses() {
        return List.of(styleClass);
    }

    /** The kind an area paragraph's style classes name; unknown or none is body. */
    public static ParagraphKind ofStyleClasses(Collection<String> classes) {
        for (ParagraphKind kind : values()) {
            if (classes.contains(kind.styleClass)) {
                return kind;
            }
        }
        return BODY;
    }
}
