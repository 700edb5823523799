package org.copydesk.typeset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A cache of what was set, by what it was set from, that keeps the most recently used {@code most}
 * values and, of each thing (a story, by its id), only its newest {@code versionsEach} versions.
 *
 * <p>Why both: typing makes a new version of its story at every keystroke. A plain recently-used
 * cache kept the last few hundred versions of the typed story — each a whole set story, 167 lines
 * of glyph runs for the sample's lead — until other stories pushed them out: tens of megabytes that
 * lived long enough to be copied by every young collection and to start old-generation marking
 * while the user typed. No one asks for an old version again but undo, which takes one step back:
 * the newest two serve it. Thread-safe (the window composes on the FX thread, exports and
 * preflight on others).
 *
 * @param <K> what a value is set from
 * @param <V> the value as set
 */
final class RecentVersions<K, V> {
    private final int versionsEach;
    private final Function<K, Object> thing;
    private final Map<K, V> values;
    /** The keys in {@link #values} of each thing, oldest first. */
    private final Map<Object, Deque<K>> versions = new HashMap<>();

    /**
     * @param most         values kept in all
     * @param versionsEach versions kept of each thing
     * @param thing        what a key is a version of
     */
    RecentVersions(int most, int versionsEach, Function<K, Object> thing) {
        if (most < 1 || versionsEach < 1) {
            throw new IllegalArgumentException("keep at least one value and one version each");
        }
        this.versionsEach = versionsEach;
        this.thing = Objects.requireNonNull(thing);
        this.values = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                if (size() <= most) {
                    return false;
                }
                forgetVersion(eldest.getKey());
                return true;
            }
        };
    }

    /** The value set from {@code key}, or null when it is not kept. */
    synchronized V get(K key) {
        return values.get(key);
    }

    /** Keeps {@code value} as the newest version of its thing, forgetting that thing's oldest beyond the limit. */
    synchronized void put(K key, V value) {
        Deque<K> kept = versions.computeIfAbsent(thing.apply(key), t -> new ArrayDeque<>());
        kept.remove(key);
        kept.addLast(key);
        while (kept.size() > versionsEach) {
            values.remove(kept.removeFirst());
        }
        values.put(key, value);
    }

    synchronized int size() {
        return values.size();
    }

    synchronized void clear() {
        values.clear();
        versions.clear();
    }

    private void forgetVersion(K key) {
        Object of = thing.apply(key);
        Deque<K> kept = versions.get(of);
        if (kept != null) {
            kept.remove(key);
            if (kept.isEmpty()) {
                versions.remove(of);
            }
        }
    }
}
