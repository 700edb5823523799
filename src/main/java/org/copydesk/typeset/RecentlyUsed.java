package org.copydesk.typeset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The composer's caches that need no more than forgetting the least recently used entry. */
final class RecentlyUsed {
    private RecentlyUsed() {
    }

    /**
     * A thread-safe map that forgets its least recently used entry beyond {@code most}. Several
     * calls in a row hold it by synchronizing on the map itself.
     */
    static <K, V> Map<K, V> map(int most) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > most;
            }
        });
    }
}
