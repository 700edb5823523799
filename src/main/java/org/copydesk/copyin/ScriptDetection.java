package org.copydesk.copyin;

import java.util.Optional;

/**
 * What a text's characters say about its script: how many are written only in Simplified and how
 * many only in Traditional (characters the same in both, and the ambiguous ones, say nothing).
 */
public record ScriptDetection(int simplifiedOnly, int traditionalOnly) {
    /** Fewer telling characters than this say nothing: a name or a quoted title may be either. */
    static final int MINIMUM_EVIDENCE = 3;

    /** The script most of the telling characters are in, when they clearly lean one way. */
    public Optional<Script> mostly() {
        if (traditionalOnly >= MINIMUM_EVIDENCE && traditionalOnly > 2 * simplifiedOnly) {
            return Optional.of(Script.TRADITIONAL);
        }
        if (simplifiedOnly >= MINIMUM_EVIDENCE && simplifiedOnly > 2 * traditionalOnly) {
            return Optional.of(Script.SIMPLIFIED);
        }
        return Optional.empty();
    }

    /** Whether the text is mostly in the other script than {@code paper}'s. */
    public boolean mostlyOtherThan(Script paper) {
        return mostly().filter(s -> s != paper).isPresent();
    }
}
