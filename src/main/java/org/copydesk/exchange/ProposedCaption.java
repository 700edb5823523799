package org.copydesk.exchange;

import org.copydesk.model.CaptionKind;

/**
 * A photo caption found in page text: the text, the photographer's name alone (the credit
 * {@code 王明/摄} read as 王明), an agency credit such as 新华社发, and whether it is a portrait's
 * title-and-name line.
 */
public record ProposedCaption(int lineNumber, String text, String photographer, String credit, CaptionKind kind) {
    public ProposedCaption {
        text = text == null ? "" : text;
        photographer = photographer == null ? "" : photographer;
        credit = credit == null ? "" : credit;
        kind = kind == null ? CaptionKind.NEWS : kind;
    }

    /** Whether the line is only a credit, whose caption text stood on the line before. */
    boolean creditOnly() {
        return text.isEmpty() && (!photographer.isEmpty() || !credit.isEmpty());
    }
}
