package org.copydesk.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a paragraph in a Word style becomes in a story: one of the headline stack's lines, a body
 * block, a photo caption, or nothing. {@link #code()} is the stable name the store and the CLI use.
 */
public enum WordStyleRole {
    /** 引题 above the headline. */
    KICKER("kicker"),
    /** 主题. */
    HEADLINE("headline"),
    /** 副题 under the headline. */
    SUBTITLE("subtitle"),
    /** 小标题 in the body. */
    SUBHEAD("subhead"),
    /** 正文: an ordinary paragraph (the first may become the lead). */
    BODY("body"),
    /** 署名 at the end of the story. */
    BYLINE("byline"),
    /** 图片说明: the draft caption of the picture it sits next to. */
    CAPTION("caption"),
    /** Not story text (a running header typed into the body, a table of contents). */
    IGNORE("ignore");

    private final String code;

    WordStyleRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The role with this code, any case; empty for an unknown one. */
    public static Optional<WordStyleRole> ofCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (WordStyleRole role : values()) {
            if (role.code.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
