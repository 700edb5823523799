package org.copydesk.preflight;

import java.util.EnumSet;
import java.util.Set;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;

/**
 * What a newspaper asks of a caption, checked the same way as the caption is typed and by preflight:
 * a news caption is a sentence (it ends with 。！？ or …… , a closing quote or bracket after one) and
 * names who took or supplied the picture; a portrait caption is the person's title and name and
 * needs neither.
 */
public final class CaptionRules {
    /** What a caption lacks. */
    public enum Problem {
        /** No text at all. */
        NO_TEXT,
        /** A news caption that does not end as a sentence: it reads as cut off in print. */
        NO_FULL_STOP,
        /** A news caption with neither photographer nor agency credit. */
        NO_CREDIT
    }

    private static final String SENTENCE_END = "。！？…";
    private static final String CLOSING = "”’）」』》〉";

    private CaptionRules() {
    }

    public static Set<Problem> problems(Caption caption) {
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        String text = caption.text().strip();
        if (text.isEmpty()) {
            problems.add(Problem.NO_TEXT);
        }
        if (caption.kind() == CaptionKind.NEWS) {
            if (!text.isEmpty() && !endsAsSentence(text)) {
                problems.add(Problem.NO_FULL_STOP);
            }
            if (caption.photographer().isEmpty() && caption.credit().isEmpty()) {
                problems.add(Problem.NO_CREDIT);
            }
        }
        return problems;
    }

    /** Whether the text ends with sentence-final punctuation, looking past closing quotes and brackets. */
    static boolean endsAsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0;
    }
}
