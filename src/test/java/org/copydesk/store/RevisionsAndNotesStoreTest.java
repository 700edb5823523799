package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.EditorNote;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 11 in a real database: who saved each revision, and editors' notes on a story's text. */
class RevisionsAndNotesStoreTest {
    private static final Instant WRITTEN = Instant.parse("2026-12-03T07:10:11.123456Z");

    @TempDir
    Path dir;

    private Database database;
    private EditionRepository repo;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
        repo = database.repository();
        repo.insertEdition(TestEditions.edition("e1").build());
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
    void everyRevisionNamesWhoSavedItRestoresIncluded() {
        repo.actAs(new Person("王晓明", Role.REPORTER));
        Article first = repo.saveArticle(repo.article("e1-brief").orElseThrow().withHeadlines("", "新公交线开通", ""));
        repo.actAs(new Person("李华", Role.EDITOR));
        Article second = repo.saveArticle(first.withHeadlines("", "新公交线今日开通😀", ""));
        repo.actAs(new Person("张总编", Role.SIGNER));
        repo.restoreRevision("e1-brief", first.version(), second.version());

        assertThat(repo.revisions("e1-brief")).extracting(ArticleRevision::version, r -> r.author().orElse("?"))
                .startsWith(org.assertj.core.groups.Tuple.tuple(second.version() + 1, "张总编"),
                        org.assertj.core.groups.Tuple.tuple(second.version(), "李华"),
                        org.assertj.core.groups.Tuple.tuple(first.version(), "王晓明"));
    }

    @Test
    void aRevisionSavedBeforeAuthorsWereRecordedHasNoAuthor() throws Exception {
        repo.saveArticle(repo.article("e1-brief").orElseThrow().withHeadlines("", "新公交线开通", ""));
        // Schema 11 added the column: rows written before it hold NULL there.
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE article_revisions SET author = NULL WHERE article_id = 'e1-brief' AND version = 1");
        }

        List<ArticleRevision> revisions = repo.revisions("e1-brief");
        assertThat(revisions.get(revisions.size() - 1).author()).isEmpty();
        assertThat(revisions.get(0).author()).contains(Person.local().name());
    }

    @Test
    void notesComeBackAsWrittenAndResolvingKeepsAuthorAndTime() {
        EditorNote note = note("n1", "e1-lead", 0, "𠀋字", "核实：这个字能印吗？");
        repo.saveNotes(List.of(note));
        assertThat(repo.notes("e1-lead")).containsExactly(note);

        EditorNote resolved = new EditorNote("n1", "e1-lead", 0, 0, 0, "", "已核实", "someone else", Instant.EPOCH, true, true);
        repo.saveNotes(List.of(resolved));

        EditorNote stored = repo.notes("e1-lead").get(0);
        assertThat(stored.author()).isEqualTo("编辑 李华");
        assertThat(stored.created()).isEqualTo(WRITTEN);
        assertThat(stored.resolved()).isTrue();
        assertThat(stored.detached()).isTrue();
        assertThat(stored.text()).isEqualTo("已核实");
    }

    @Test
    void theNotesOfAnEditionAreEveryStorysAndGoWithItsStories() {
        repo.saveNotes(List.of(note("n1", "e1-lead", 0, "大桥", "标题再短些"), note("n2", "e1-brief", 0, "首日", "哪一天？")));
        assertThat(repo.notesOfEdition("e1")).extracting(EditorNote::id).containsExactlyInAnyOrder("n1", "n2");

        repo.deleteEdition("e1");

        assertThat(repo.notes("e1-lead")).isEmpty();
    }

    @Test
    void aNoteOnAStoryThatIsGoneIsRefusedAndNoneOfItsBatchIsSaved() {
        assertThatThrownBy(() -> repo.saveNotes(List.of(note("n1", "e1-lead", 0, "大桥", "好"),
                note("n2", "no-such-story", 0, "x", "?")))).isInstanceOf(StoreException.class)
                .hasMessageContaining("no-such-story");
        assertThat(repo.notes("e1-lead")).isEmpty();
    }

    @Test
    void anEditionInsertedWithNotesKeepsThemAndARefusedOneKeepsNeither() {
        var content = TestEditions.edition("e2").build();
        repo.insertEdition(content, List.of(note("n9", "e2-lead", 2, "3,240米", "数字核对")));
        assertThat(repo.notes("e2-lead")).extracting(EditorNote::quoted).containsExactly("3,240米");

        var other = TestEditions.edition("e3").build();
        assertThatThrownBy(() -> repo.insertEdition(other, List.of(note("n10", "not-in-e3", 0, "x", "?"))))
                .isInstanceOf(StoreException.class);
        assertThat(repo.loadEdition("e3")).isEmpty();
    }

    private static EditorNote note(String id, String articleId, int paragraph, String quoted, String text) {
        return new EditorNote(id, articleId, paragraph, 0, quoted.length(), quoted, text, "编辑 李华", WRITTEN, false, false);
    }

    private Connection connection() throws Exception {
        // The same URL in the same process: H2 shares the open database rather than locking us out.
        return new UrlDataSource(location().jdbcUrl()).getConnection();
    }
}
