package org.copydesk.model;

/** A news photo's caption ends with the credit; a portrait caption is the person's title and name. */
public enum CaptionKind { NEWS, PORTRAIT }
