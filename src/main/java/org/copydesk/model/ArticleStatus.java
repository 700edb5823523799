package org.copydesk.model;

/**
 * Where a story stands on a Chinese desk: 草稿 → 待编 → 编辑中 → 待审 → 已签发, or 撤稿. The names are
 * what the database stores, so existing names never change; who may move a story between which two
 * stages is the paper's {@link StageRules}.
 */
public enum ArticleStatus implements Stage {
    /** 草稿: being written by its reporter */
    DRAFT,
    /** 待编: handed in, waiting for a desk editor */
    SUBMITTED,
    /** 编辑中: a desk editor is working on it */
    EDITING,
    /** 待审: edited, waiting for the signer (值班总编) */
    FOR_REVIEW,
    /** 签发: approved for print */
    SIGNED_OFF,
    /** 撤稿: killed; kept for the record */
    SPIKED;

    @Override
    public Kind kind() {
        return Kind.STORY;
    }

    /**
     * The stage a desk word names, in either language and any case: {@code draft}, {@code for-review},
     * {@code signed_off}, 草稿, 待编, 编辑中, 待审, 签发/已签发, 撤稿 …; empty for any other word.
     */
    public static java.util.Optional<ArticleStatus> fromWord(String word) {
        String w = word.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return java.util.Optional.ofNullable(switch (w) {
            case "DRAFT", "草稿" -> DRAFT;
            case "SUBMITTED", "待编", "交稿" -> SUBMITTED;
            case "EDITING", "编辑中" -> EDITING;
            case "FOR_REVIEW", "REVIEW", "待审" -> FOR_REVIEW;
            case "SIGNED_OFF", "SIGNEDOFF", "已签发", "签发" -> SIGNED_OFF;
            case "SPIKED", "撤稿", "已撤稿" -> SPIKED;
            default -> null;
        });
    }

    /** The word the command line prints: {@code draft}, {@code for-review}, {@code signed-off} … */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
