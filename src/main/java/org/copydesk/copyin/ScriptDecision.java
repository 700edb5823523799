package org.copydesk.copyin;

import java.util.List;
import java.util.Optional;

/**
 * A character the conversion had to choose for, for the editor to review: at {@code offset} (in the
 * original text) {@code original} became {@code chosen}, one of {@code alternatives}; {@code word}
 * is the house-table word that decided it, empty when ICU4J's context rules did.
 */
public record ScriptDecision(int offset, String original, String chosen, List<String> alternatives,
                             Optional<String> word, String context) {
    public ScriptDecision {
        alternatives = List.copyOf(alternatives);
    }

    /** The other characters it could have been. */
    public List<String> others() {
        return alternatives.stream().filter(a -> !a.equals(chosen)).toList();
    }
}
