package org.copydesk.desk;

import java.util.List;
import org.copydesk.i18n.Words;

/**
 * A story import refused before anything was saved: each problem names its file. The message
 * counts them; the front end shows the problems one per line under it.
 */
public final class ImportRefusedException extends RuntimeException {
    private static final Words WORDS = Words.ofPackage(ImportRefusedException.class);

    private final List<String> problems;

    ImportRefusedException(List<String> problems, int files) {
        super(WORDS.format("import.refused", problems.size(), files));
        this.problems = List.copyOf(problems);
    }

    /** One line per refused file: the file and what is wrong with it. */
    public List<String> problems() {
        return problems;
    }
}
