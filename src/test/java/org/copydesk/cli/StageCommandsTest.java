package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.ProofRound;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk people}, {@code rules}, {@code status} and {@code proof} with {@code --user}: a desk
 * of reporter, editor and signer passing a story along, each refused what is not theirs.
 */
class StageCommandsTest {
    @TempDir
    Path dir;

    private Database database;
    private String story;
    private Locale before;

    @BeforeEach
    void open() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        var sample = SampleEdition.create();
        database.repository().insertEdition(sample);
        story = sample.articles().get(0).id();
        database.repository().saveArticle(database.repository().article(story).orElseThrow().withStatus(ArticleStatus.DRAFT));
    }

    @AfterEach
    void close() {
        database.close();
        Locale.setDefault(before);
    }

    @Test
    void aDeskOfThreePassesAStoryAlongAndEachIsRefusedWhatIsNotTheirs() {
        assertThat(run("people", "add", "王主编", "--role", "admin").exitCode()).isZero();
        assertThat(run("--user", "王主编", "people", "add", "李记者", "--role", "记者").exitCode()).isZero();
        assertThat(run("--user", "王主编", "people", "add", "张编辑", "--role", "editor").exitCode()).isZero();
        assertThat(run("--user", "王主编", "people", "add", "陈总编", "--role", "signer").exitCode()).isZero();
        assertThat(run("--user", "王主编", "people", "list").out())
                .isEqualTo("王主编\tadmin\n李记者\treporter\n张编辑\teditor\n陈总编\tsigner\n");

        var refused = run("--user", "李记者", "status", story, "spiked");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("李记者 (reporter) may not move").contains("that move is for editor or admin");

        assertThat(run("--user", "李记者", "status", story, "submitted").out()).endsWith("draft → submitted, by 李记者\n");
        assertThat(run("--user", "张编辑", "status", story, "编辑中").exitCode()).isZero();
        assertThat(run("--user", "张编辑", "status", story, "for-review").exitCode()).isZero();
        assertThat(run("--user", "张编辑", "status", story, "signed-off").exitCode()).isEqualTo(1);
        assertThat(run("--user", "陈总编", "status", story, "已签发").exitCode()).isZero();

        var history = run("--user", "张编辑", "status", story);
        assertThat(history.out().lines().skip(1).map(l -> l.replaceFirst("^\\s*\\S+ \\S+\\s+", "")).toList())
                .containsExactly("李记者: draft → submitted", "张编辑: submitted → editing",
                        "张编辑: editing → for-review", "陈总编: for-review → signed-off");
        assertThat(database.repository().article(story).orElseThrow().status()).isEqualTo(ArticleStatus.SIGNED_OFF);
    }

    @Test
    void theHistoryPrintsAsJson() throws Exception {
        assertThat(run("status", story, "submitted").exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run("status", story, "--json").out());
        assertThat(json.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(json.get("moves").get(0).get("from").asText()).isEqualTo("DRAFT");
        assertThat(json.get("moves").get(0).get("person").asText()).isNotBlank();
    }

    @Test
    void anUnknownUserIsRefusedBeforeAnythingRuns() {
        run("people", "add", "王主编", "--role", "admin");
        var unknown = run("--user", "无名", "list");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("无名 is not one of this desk's people (known: 王主编)");
        var anonymous = run("status", story, "submitted");
        assertThat(anonymous.err()).contains("--user NAME or COPYDESK_USER");
        assertThat(database.repository().article(story).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void onlyAnAdminChangesPeopleAndRules() {
        run("people", "add", "王主编", "--role", "admin");
        run("--user", "王主编", "people", "add", "张编辑", "--role", "editor");
        var notAdmin = run("--user", "张编辑", "rules", "allow", "editor", "for-review", "signed-off");
        assertThat(notAdmin.exitCode()).isEqualTo(1);
        assertThat(notAdmin.err()).contains("only an admin may change the stage rules; 张编辑 is editor");
        assertThat(run("--user", "张编辑", "people", "set-role", "张编辑", "admin").exitCode()).isEqualTo(1);

        assertThat(run("--user", "王主编", "rules", "allow", "editor", "for-review", "signed-off").exitCode()).isZero();
        assertThat(run("--user", "张编辑", "rules", "show").out()).contains("editor\tfor-review → signed-off\n")
                .endsWith("admin (管理员)\tevery move\n");
        assertThat(run("--user", "王主编", "rules", "deny", "editor", "for-review", "signed-off").exitCode()).isZero();
        assertThat(run("--user", "王主编", "rules", "show").out()).doesNotContain("editor\tfor-review → signed-off");
        assertThat(run("--user", "王主编", "rules", "allow", "editor", "draft", "clean").exitCode()).isEqualTo(2);
    }

    @Test
    void proofRoundsMoveUnderTheRulesAndShowWithTheirHistory() {
        run("people", "add", "王主编", "--role", "admin");
        run("--user", "王主编", "people", "add", "李记者", "--role", "reporter");
        run("--user", "王主编", "people", "add", "张编辑", "--role", "editor");

        assertThat(run("--user", "李记者", "proof", "--edition", "latest", "--page", "1", "second").exitCode()).isEqualTo(1);
        assertThat(run("--user", "张编辑", "proof", "--edition", "latest", "--page", "1", "二校").out())
                .isEqualTo("page 1: first → second, by 张编辑\n");
        var shown = run("--user", "李记者", "proof", "--edition", "latest", "--page", "1");
        assertThat(shown.out()).startsWith("page 1: second\n").contains("张编辑: first → second");
        assertThat(database.repository().loadEdition(database.repository().latestEdition().orElseThrow().id())
                .orElseThrow().pages().get(0).proofRound()).isEqualTo(ProofRound.SECOND);
        assertThat(run("--user", "张编辑", "proof", "--edition", "latest", "--page", "1", "校样").exitCode()).isEqualTo(2);
    }

    @Test
    void aPagesHistoryNamesWhoChangedItsMakeUpAndWhoMovedItsProof() {
        run("people", "add", "王主编", "--role", "admin");
        run("--user", "王主编", "people", "add", "张编辑", "--role", "editor");
        run("--user", "王主编", "people", "add", "陈编辑", "--role", "editor");

        assertThat(run("--user", "陈编辑", "page", "name", "--edition", "latest", "--page", "2", "--name", "时政").exitCode()).isZero();
        assertThat(run("--user", "张编辑", "proof", "--edition", "latest", "--page", "2", "second").exitCode()).isZero();
        assertThat(run("--user", "张编辑", "page", "move", "--edition", "latest", "--page", "2", "--to", "3").exitCode()).isZero();
        // Naming a page what it is already called changes nothing, and records nothing.
        assertThat(run("--user", "王主编", "page", "name", "--edition", "latest", "--page", "3", "--name", "时政").exitCode()).isZero();

        String shown = run("--user", "王主编", "proof", "--edition", "latest", "--page", "3").out();
        assertThat(shown.lines().skip(1).map(line -> line.replaceFirst("^\\s+\\S+ \\S+\\s+", "")).toList()).containsExactly(
                "陈编辑: make-up changed (page 2)",
                "张编辑: first → second",
                "张编辑: page renumbered (page 3)");
        var edition = database.repository().latestEdition().orElseThrow().id();
        assertThat(database.repository().pageChanges(edition)).extracting(org.copydesk.model.PageChange::person)
                .containsOnly("陈编辑", "张编辑");
    }

    private CommandRunner.Result run(String... args) {
        return CommandRunner.run(database.repository(), args);
    }
}
