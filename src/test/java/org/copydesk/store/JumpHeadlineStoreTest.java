package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.PaperSettings;
import org.copydesk.sample.SampleEdition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story's 转版标题 and the paper's ears in a real database (schema V14), saved and read back. */
class JumpHeadlineStoreTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of()));
        database.repository().insertEdition(SampleEdition.create());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aJumpHeadlineIsSavedAsARevisionAndComesBackAfterReopening() {
        Article story = database.repository().loadEdition(SampleEdition.EDITION_ID).orElseThrow().articles().get(0);
        database.repository().saveArticle(story.withJumpHeadline("二桥通车"));
        database.close();
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of()));
        Article reloaded = database.repository().loadEdition(SampleEdition.EDITION_ID).orElseThrow()
                .article(story.id()).orElseThrow();
        assertThat(reloaded.jumpHeadline()).isEqualTo("二桥通车");
        assertThat(reloaded.headline()).isEqualTo(story.headline());
        assertThat(database.repository().revisions(story.id()).get(0).article().jumpHeadline()).isEqualTo("二桥通车");
    }

    @Test
    void earsAreKeptWithThePapersSettings() {
        PaperSettings settings = SampleEdition.paperSettings();
        database.repository().savePaperSettings(settings);
        assertThat(database.repository().paperSettings()).isEqualTo(settings);
        assertThat(database.repository().paperSettings().leftEar().title()).isEqualTo("今日天气");
    }
}
