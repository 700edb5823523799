package org.copydesk.desk;

import java.util.List;
import org.copydesk.i18n.Words;
import org.copydesk.preflight.Finding;

/** A print export refused because preflight found errors and the user did not force it. */
public final class PreflightRefusedException extends RuntimeException {
    private static final Words WORDS = Words.ofPackage(PreflightRefusedException.class);

    private final transient List<Finding> findings;

    PreflightRefusedException(String summary, List<Finding> findings) {
        super(WORDS.format("export.refused", summary));
        this.findings = List.copyOf(findings);
    }

    /** Everything preflight found. */
    public List<Finding> findings() {
        return findings;
    }
}
