package org.copydesk.sample;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Stable ids for the sample: name-based UUIDs, so {@code copydesk sample} recreates the same
 * edition, pages, articles and photos every time and links to them keep working.
 */
final class SampleIds {
    private SampleIds() {
    }

    static String of(String kind, String name) {
        return UUID.nameUUIDFromBytes(("copydesk-sample/" + kind + "/" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
