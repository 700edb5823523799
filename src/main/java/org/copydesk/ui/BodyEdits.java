package org.copydesk.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.copydesk.copyin.TextEdit;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Replacements in the body area made as one edit: one RichTextFX multi-change, so one Ctrl+Z takes
 * all of them back, and the paragraph styles (lead, subhead ...) stay, since no edit spans a
 * paragraph break.
 */
final class BodyEdits {
    private BodyEdits() {
    }

    /** An edit of paragraph {@code paragraph}'s text, at an offset within that paragraph. */
    record InParagraph(int paragraph, TextEdit edit) {
    }

    /** Makes every edit in one undoable step; refuses (changing nothing) edits that no longer match. */
    static void apply(StyleClassedTextArea area, List<InParagraph> edits) {
        if (edits.isEmpty()) {
            return;
        }
        var absolute = new ArrayList<TextEdit>();
        for (InParagraph e : edits) {
            String paragraph = area.getParagraph(e.paragraph()).getText();
            if (!paragraph.startsWith(e.edit().from(), e.edit().offset())) {
                throw new IllegalStateException("the text changed since the edits were proposed");
            }
            int start = area.getAbsolutePosition(e.paragraph(), 0);
            absolute.add(new TextEdit(start + e.edit().offset(), e.edit().from(), e.edit().to()));
        }
        // From the end backwards: each replacement leaves the positions before it where they were.
        absolute.sort(Comparator.comparingInt(TextEdit::offset).reversed());
        var change = area.createMultiChange(absolute.size());
        for (TextEdit e : absolute) {
            change.replaceText(e.offset(), e.end(), e.to());
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
    }
}
