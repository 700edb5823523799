package org.copydesk.model;

/** The 避头尾 strictness of clreq: basic is the newsroom default. */
public enum LineBreakRules { BASIC, STRICT, LOOSE }
