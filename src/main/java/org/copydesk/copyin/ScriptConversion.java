package org.copydesk.copyin;

import java.util.List;

/**
 * A text converted to another script: the new text, the replacements that make it from the old one
 * (so an editor can apply them as one step), and every ambiguous character decided on the way.
 */
public record ScriptConversion(String text, List<TextEdit> edits, List<ScriptDecision> decisions) {
    public ScriptConversion {
        edits = List.copyOf(edits);
        decisions = List.copyOf(decisions);
    }

    public boolean changesNothing() {
        return edits.isEmpty();
    }
}
