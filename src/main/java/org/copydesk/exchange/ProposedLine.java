package org.copydesk.exchange;

import java.util.Objects;

/**
 * One line (a paragraph of the source) as the splitter proposes it.
 *
 * @param lineNumber the source line it starts on, from 1
 * @param text       the text, stripped of surrounding space
 * @param label      what it is
 * @param story      the story it belongs to, from 0; furniture keeps the story it stood in, so
 *                   re-labelling it as text puts it back there
 */
public record ProposedLine(int lineNumber, String text, SplitLabel label, int story) {
    public ProposedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        if (story < 0) {
            throw new IllegalArgumentException("story " + story);
        }
    }

    public ProposedLine withLabel(SplitLabel newLabel) {
        return new ProposedLine(lineNumber, text, newLabel, story);
    }

    public ProposedLine withStory(int newStory) {
        return new ProposedLine(lineNumber, text, label, newStory);
    }
}
