package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditorNote;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;

/** Notes keep to their text when the story changes: in place, found again, or detached but kept. */
class NoteAnchorsTest {
    private static final EditorNote ON_BRIDGE = new EditorNote("n1", "a", 1, 2, 4, "大桥", "哪座桥？", "李华",
            Instant.parse("2026-12-03T07:00:00Z"), false, false);

    private static List<Block> body(String... paragraphs) {
        return java.util.Arrays.stream(paragraphs).<Block>map(Block.Paragraph::new).toList();
    }

    @Test
    void aNoteWhoseTextIsStillThereStaysAsItIs() {
        assertThat(NoteAnchors.anchor(ON_BRIDGE, body("导语。", "江澜大桥合龙。"))).isSameAs(ON_BRIDGE);
    }

    @Test
    void textTypedBeforeTheRangeMovesItAlongTheParagraph() {
        EditorNote moved = NoteAnchors.anchor(ON_BRIDGE, body("导语。", "昨天，江澜大桥合龙。"));
        assertThat(moved.paragraph()).isEqualTo(1);
        assertThat(moved.start()).isEqualTo(5);
        assertThat(moved.end()).isEqualTo(7);
        assertThat(moved.detached()).isFalse();
    }

    @Test
    void aParagraphInsertedAboveMovesItToTheNextParagraphAndTheNearestMatchWins() {
        EditorNote moved = NoteAnchors.anchor(ON_BRIDGE, body("大桥一", "新的一段。", "江澜大桥合龙。", "大桥二"));
        assertThat(moved.paragraph()).isEqualTo(2);
        assertThat(moved.start()).isEqualTo(2);
    }

    @Test
    void aNoteWhoseTextIsGoneIsDetachedKeptAndComesBackWhenTheTextDoes() {
        EditorNote detached = NoteAnchors.anchor(ON_BRIDGE, body("导语。", "隧道通车。"));
        assertThat(detached.detached()).isTrue();
        assertThat(detached.text()).isEqualTo("哪座桥？");
        assertThat(NoteAnchors.anchor(detached, body("导语。", "江澜大桥合龙。")).detached()).isFalse();
    }

    @Test
    void aRangeThatWouldSplitASurrogatePairDoesNotFitAndIsFoundAgainWhole() {
        EditorNote astral = new EditorNote("n2", "a", 0, 1, 3, "𠀋", "生僻字", "李华", Instant.EPOCH, false, false);
        EditorNote moved = NoteAnchors.anchor(astral, body("x一𠀋"));
        assertThat(moved.start()).isEqualTo(2);
        assertThat(moved.end()).isEqualTo(4);
    }

    @Test
    void readingNotesSavesWhereTheyWentSoEveryReaderSeesTheSame() {
        var repo = new InMemoryEditionRepository();
        repo.insertEdition(SampleEdition.create());
        Desk desk = Desk.lazily(() -> {
            throw new AssertionError("no composer needed");
        });
        Article story = repo.loadEdition(SampleEdition.EDITION_ID).orElseThrow().articles().get(0);
        story = repo.saveArticle(story.withBody(List.of(new Block.Paragraph("江澜大桥合龙。"), new Block.Paragraph("通车在即。"))));
        EditorNote note = desk.notes().add(repo, story.id(), 0, 2, 4, "哪座桥？");
        EditorNote gone = desk.notes().add(repo, story.id(), 1, 0, 2, "何时？");

        repo.saveArticle(story.withBody(List.of(new Block.Paragraph("今日，江澜大桥合龙。"), new Block.Paragraph("已经开放。"))));
        List<EditorNote> read = desk.notes().load(repo, story.id());

        assertThat(read).extracting(EditorNote::id).containsExactly(note.id(), gone.id());
        assertThat(read.get(0).start()).isEqualTo(5);
        assertThat(read.get(1).detached()).isTrue();
        assertThat(repo.notes(story.id())).isEqualTo(read);
    }

    @Test
    void aNoteMustHaveTextAndARangeOnWholeCharactersOfTheParagraph() {
        var repo = new InMemoryEditionRepository();
        repo.insertEdition(SampleEdition.create());
        Desk desk = Desk.lazily(() -> null);
        Article story = repo.loadEdition(SampleEdition.EDITION_ID).orElseThrow().articles().get(0);
        story = repo.saveArticle(story.withBody(List.of(new Block.Paragraph("𠀋字"))));
        String id = story.id();
        assertThatThrownBy(() -> desk.notes().add(repo, id, 0, 0, 1, "半个字")).isInstanceOf(OperationRefusedException.class);
        assertThatThrownBy(() -> desk.notes().add(repo, id, 0, 0, 2, "  ")).isInstanceOf(OperationRefusedException.class);
        assertThatThrownBy(() -> desk.notes().add(repo, id, 3, 0, 0, "没有这一段")).isInstanceOf(OperationRefusedException.class);
        assertThat(repo.notes(id)).isEmpty();
    }
}
