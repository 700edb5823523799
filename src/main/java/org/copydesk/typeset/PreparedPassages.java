package org.copydesk.typeset;

import java.util.Map;
import java.util.function.Supplier;
import org.copydesk.model.LineBreakRules;

/**
 * Passages prepared for line fitting (advances, character classes, break opportunities), kept
 * between compositions by passage and line-break rules. A keystroke changes one paragraph, yet
 * the story is set again from its first paragraph, twice when its 主题 can be set two ways: every
 * other paragraph would be prepared again exactly as before. {@link PreparedPassage} is not
 * changed after it is made, so one can serve every composition. Holds the most recently used
 * few hundred; safe to share between threads (the window composes on the FX thread, preflight and
 * exports on others).
 */
final class PreparedPassages {
    /** A broadsheet edition's stories have a few hundred paragraphs; enough for the pages in use. */
    static final int KEPT = 512;

    private record Key(Passage passage, LineBreakRules rules) {
    }

    /** Synchronized on itself for a look-up and a count together. */
    private final Map<Key, PreparedPassage> kept = RecentlyUsed.map(KEPT);
    private long made;

    /** The prepared passage, made with {@code make} only when it is not kept. */
    PreparedPassage get(Passage passage, LineBreakRules rules, Supplier<PreparedPassage> make) {
        var key = new Key(passage, rules);
        synchronized (kept) {
            PreparedPassage found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        // Prepared outside the lock: two threads may prepare the same passage once each, harmlessly.
        PreparedPassage prepared = make.get();
        synchronized (kept) {
            made++;
            kept.put(key, prepared);
        }
        return prepared;
    }

    /** How many passages were prepared (not found kept) so far: for tests. */
    long made() {
        synchronized (kept) {
            return made;
        }
    }

    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
