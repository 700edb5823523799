package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.WordStyleRole;
import org.copydesk.model.WordStyles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word style table (migration V8) in a real database, and stories saved with their photos. */
class WordStylesStoreTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
    }

    /** A fresh embedded database; the PostgreSQL subclass runs the same tests there. */
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    void prepareEmptyDatabase() throws Exception {
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aNewDatabaseReadsWordFilesWithTheBuiltInTable() {
        assertThat(database.repository().wordStyles()).isEqualTo(WordStyles.defaults());
    }

    @Test
    void anEditedTableComesBackInItsOrderAfterReopeningAndEmptyMeansTheDefaults() {
        WordStyles edited = WordStyles.defaults().with("报社主标题", WordStyleRole.HEADLINE)
                .with("heading 2", WordStyleRole.IGNORE).without("Caption");
        database.repository().saveWordStyles(edited);
        database.close();
        database = Database.open(location());

        WordStyles back = database.repository().wordStyles();
        assertThat(back).isEqualTo(edited);
        assertThat(List.copyOf(back.entries().keySet())).isEqualTo(List.copyOf(edited.entries().keySet()));
        assertThat(back.roleOf("Heading2")).contains(WordStyleRole.IGNORE);
        assertThat(back.roleOf("caption")).isEmpty();

        database.repository().saveWordStyles(new WordStyles(Map.of()));
        assertThat(database.repository().wordStyles()).isEqualTo(WordStyles.defaults());
    }

    @Test
    void storiesAndTheirPhotosAreSavedTogetherOrNotAtAll() {
        database.repository().insertEdition(TestEditions.edition("e1").build());
        Article story = new Article("w1", "e1", "", "湿地公园迎来候鸟", "", "", List.of(new Block.Paragraph("候鸟来了。")),
                ArticleStatus.DRAFT, 0, 0, TestEditions.CREATED, TestEditions.CREATED);

        database.repository().saveArticlesWithPhotos(List.of(story), List.of(TestEditions.photo("w1-photo", "e1")));
        var content = database.repository().loadEdition("e1").orElseThrow();
        assertThat(content.articles()).extracting(Article::id).contains("w1");
        assertThat(content.photos()).extracting(p -> p.id()).contains("w1-photo");

        // A photo for an edition that is gone: the story with it is not saved either.
        Article second = new Article("w2", "e1", "", "第二篇", "", "", List.of(new Block.Paragraph("正文。")),
                ArticleStatus.DRAFT, 0, 0, TestEditions.CREATED, TestEditions.CREATED);
        assertThatThrownBy(() -> database.repository().saveArticlesWithPhotos(List.of(second),
                List.of(TestEditions.photo("w2-photo", "no-such-edition")))).isInstanceOf(StoreException.class);
        assertThat(database.repository().article("w2")).isEmpty();
    }
}
