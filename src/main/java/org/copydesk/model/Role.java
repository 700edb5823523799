package org.copydesk.model;

/** What a person does on the desk, which decides which stage moves and sign-offs they may make. */
public enum Role {
    /** 记者: writes stories and captions */
    REPORTER,
    /** 编辑: edits copy and makes up pages */
    EDITOR,
    /** 签发人: signs pages off for print (值班总编) */
    SIGNER,
    /** 管理员: keeps the people, the rules and the paper's settings */
    ADMIN
}
