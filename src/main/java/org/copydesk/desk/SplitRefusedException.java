package org.copydesk.desk;

import java.util.List;
import org.copydesk.i18n.Words;

/**
 * Stories split from a page's text refused before anything was saved: each problem names the source,
 * the line the story starts on and what is missing. The message counts them.
 */
public final class SplitRefusedException extends RuntimeException {
    private static final Words WORDS = Words.ofPackage(SplitRefusedException.class);

    private final List<String> problems;

    SplitRefusedException(List<String> problems, int stories) {
        super(WORDS.format("split.refused", problems.size(), stories));
        this.problems = List.copyOf(problems);
    }

    /** One line per refused story. */
    public List<String> problems() {
        return problems;
    }
}
