package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** copydesk revisions, diff and notes: what they print, in text and JSON, and what they refuse. */
class RevisionsCommandsTest {
    private final InMemoryEditionRepository repo = new InMemoryEditionRepository();
    private String id;

    @BeforeEach
    void threeRevisionsByTwoPeople() {
        repo.insertEdition(SampleEdition.create());
        Article story = repo.loadEdition(SampleEdition.EDITION_ID).orElseThrow().articles().get(0);
        id = story.id();
        repo.actAs(new Person("王晓明", Role.REPORTER));
        Article v1 = repo.saveArticle(story.withHeadlines("", "江澜大桥今日合龙", "")
                .withBody(List.of(new Block.Paragraph("今天天气很好，大桥合龙。"), new Block.Paragraph("市民𠀋前来观看。"))));
        repo.actAs(new Person("李华", Role.EDITOR));
        repo.saveArticle(v1.withHeadlines("", "江澜大桥昨日合龙", "")
                .withBody(List.of(new Block.Paragraph("今天天气不好，大桥仍然合龙。"), new Block.Paragraph("市民😀前来观看。"))));
    }

    @Test
    void revisionsListsVersionAuthorCharactersAndStatusNewestFirst() throws Exception {
        CommandRunner.Result text = CommandRunner.run(repo, "revisions", id);
        assertThat(text.exitCode()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(0)).contains("version", "author");
        assertThat(lines.get(1)).startsWith("2  李华  ").contains("(current)");
        assertThat(lines.get(2)).startsWith("1  王晓明  ").doesNotContain("current");

        JsonNode json = new ObjectMapper().readTree(CommandRunner.run(repo, "revisions", id, "--json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("author").asText()).isEqualTo("李华");
        assertThat(json.get(0).get("zi").asInt()).isEqualTo(org.copydesk.typeset.TextLength.of(
                repo.article(id).orElseThrow().body()).zi()).isGreaterThan(20);
        assertThat(json.get(0).get("current").asBoolean()).isTrue();
        assertThat(json.get(1).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void diffByDefaultShowsTheLastChangeCharacterByCharacterWithThePartItIsIn() {
        CommandRunner.Result result = CommandRunner.run(repo, "diff", id, "--color", "never");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("revision 1 (王晓明) -> revision 2 (李华)")
                .contains("@@ headline @@", "江澜大桥[-今-]{+昨+}日合龙")
                .contains("@@ paragraph 1 @@", "天气[-很-]{+不+}好，大桥{+仍然+}合龙")
                .contains("@@ paragraph 2 @@", "市民[-𠀋-]{+😀+}前来")
                .doesNotContain("\u001B[");
    }

    @Test
    void diffColoursOnlyWhenAskedOrOnATerminalAndComparesAnyTwoRevisions() throws Exception {
        assertThat(CommandRunner.run(repo, "diff", id, "--color", "always").out()).contains("\u001B[31;9m[-");
        JsonNode json = new ObjectMapper().readTree(CommandRunner.run(repo, "diff", id, "2", "1", "--json").out());
        assertThat(json.get("from").asLong()).isEqualTo(2);
        assertThat(json.get("to").asLong()).isEqualTo(1);
        assertThat(json.get("hunks").get(0).get("inline").asText()).isEqualTo("江澜大桥[-昨-]{+今+}日合龙");
        StringBuilder after = new StringBuilder();
        json.get("ops").forEach(op -> {
            if (!op.get("kind").asText().equals("delete")) {
                after.append(op.get("text").asText());
            }
        });
        assertThat(after.toString()).contains("今天天气很好，大桥合龙。\n市民𠀋前来观看。");
    }

    @Test
    void diffRefusesOneRevisionOrOneThatDoesNotExist() {
        assertThat(CommandRunner.run(repo, "diff", id, "1").exitCode()).isEqualTo(2);
        CommandRunner.Result missing = CommandRunner.run(repo, "diff", id, "1", "9");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no revision 9");
    }

    @Test
    void notesAreAddedOnCharactersResolvedReopenedAndListed() throws Exception {
        repo.actAs(new Person("张总编", Role.SIGNER));
        CommandRunner.Result added = CommandRunner.run(repo, "notes", id, "--add", "--paragraph", "2", "--from", "3",
                "--to", "3", "--text", "这个字换掉了？");
        assertThat(added.exitCode()).as(added.err()).isZero();
        String shortId = added.out().strip().split(" ")[1];

        JsonNode listed = new ObjectMapper().readTree(CommandRunner.run(repo, "notes", id, "--json").out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("quoted").asText()).isEqualTo("😀");
        assertThat(listed.get(0).get("start").asInt()).isEqualTo(2);
        assertThat(listed.get(0).get("end").asInt()).isEqualTo(4);
        assertThat(listed.get(0).get("author").asText()).isEqualTo("张总编");

        assertThat(CommandRunner.run(repo, "notes", id, "--resolve", shortId).out()).contains("resolved");
        assertThat(CommandRunner.run(repo, "notes", id).out())
                .contains("paragraph 2, characters 3-3 \"😀\"", "张总编", "resolved", "这个字换掉了？");
        CommandRunner.Result reopened = CommandRunner.run(repo, "notes", id, "--reopen", shortId);
        assertThat(reopened.out()).contains("open again");
        assertThat(repo.notes(id).get(0).resolved()).isFalse();
    }

    @Test
    void aNoteOutsideTheParagraphIsRefusedAndNothingIsSaved() {
        CommandRunner.Result refused = CommandRunner.run(repo, "notes", id, "--add", "--paragraph", "1", "--from", "3",
                "--to", "99", "--text", "?");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("paragraph 1", "14 characters");
        assertThat(repo.notes(id)).isEmpty();
    }
}
