package org.copydesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.search.ArchiveSamples.edition;
import static org.copydesk.search.ArchiveSamples.story;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprints the desk compares before every search are kept in memory and stay true to the index. */
class ArchiveIndexFingerprintsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void fingerprintsFollowCommitsAndMatchWhatTheFolderHolds(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("search-index");
        try (ArchiveIndex index = ArchiveIndex.inFolder(folder)) {
            index.put(one("e1"), "f1");
            index.put(one("e2"), "f2");
            assertThat(index.fingerprints()).as("nothing committed yet").isEmpty();
            index.commit();
            assertThat(index.fingerprints()).isEqualTo(Map.of("e1", "f1", "e2", "f2"));

            index.put(one("e1"), "f1b");
            index.remove("e2");
            index.put(one("e3"), "f3");
            assertThat(index.fingerprints()).as("before the commit").isEqualTo(Map.of("e1", "f1", "e2", "f2"));
            index.commit();
            assertThat(index.fingerprints()).isEqualTo(Map.of("e1", "f1b", "e3", "f3"));
        }
        try (ArchiveIndex reopened = ArchiveIndex.inFolder(folder)) {
            assertThat(reopened.fingerprints()).isEqualTo(Map.of("e1", "f1b", "e3", "f3"));
            assertThat(reopened.search(SearchRequest.of("菜价"))).extracting(SearchHit::editionId)
                    .containsExactlyInAnyOrder("e1", "e3");
        }
    }

    private static EditionContent one(String id) {
        return edition(id, DAY, 1, List.of(story(id + "-s", id, "菜价平稳", "", ArticleStatus.SIGNED_OFF, "蔬菜供应充足。")),
                List.of(), false);
    }
}
