package org.copydesk.model;

/** Where a story stands on the desk. */
public enum ArticleStatus {
    /** being written */
    DRAFT,
    /** with the desk editor */
    EDITING,
    /** 签发: approved for print */
    SIGNED_OFF,
    /** killed; kept for the record */
    SPIKED
}
