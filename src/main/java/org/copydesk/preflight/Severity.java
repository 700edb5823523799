package org.copydesk.preflight;

/** Errors stop a print export (unless forced); warnings are for the desk to judge. */
public enum Severity { ERROR, WARNING }
