package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.typeset.NewspaperComposer;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk signoff}: sign, list, see the withdrawal a change makes, the changed PDF, withdraw by hand, roles. */
class SignoffCommandTest {
    private static final PageComposer COMPOSER = new NewspaperComposer(FontCatalogue.bundled());

    @TempDir
    Path dir;

    private Database database;
    /** Who runs the next command ({@code --user}): the desk's people are in the database. */
    private String user = "王总编";

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        database.repository().insertEdition(SampleEdition.create());
        database.repository().addPerson(new Person("王总编", Role.SIGNER));
        database.repository().addPerson(new Person("李明", Role.REPORTER));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private CommandRunner.Result run(String... args) {
        String[] withUser = new String[args.length + 2];
        withUser[0] = "--user";
        withUser[1] = user;
        System.arraycopy(args, 0, withUser, 2, args.length);
        return CommandRunner.run(database.repository(), COMPOSER, withUser);
    }

    private JsonNode pages() throws Exception {
        CommandRunner.Result list = run("signoff", "--edition", "latest", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        return new ObjectMapper().readTree(list.out()).get("pages");
    }

    @Test
    void signingPrintsTheDigestAndAChangeToThePageWithdrawsItVisibly() throws Exception {
        CommandRunner.Result signed = run("signoff", "--edition", "latest", "--page", "1");
        assertThat(signed.exitCode()).as(signed.err()).isZero();
        String hash = signed.out().strip();
        assertThat(hash).matches("sha256:[0-9a-f]{64}");
        assertThat(run("signoff", "--edition", "latest", "--page", "2").exitCode()).isZero();

        JsonNode before = pages();
        assertThat(before.get(0).get("state").asText()).isEqualTo("signed");
        assertThat(before.get(0).get("signedBy").asText()).isEqualTo("王总编");
        assertThat(before.get(0).get("signedHash").asText()).isEqualTo(hash);
        assertThat(before.get(0).get("current").asBoolean()).isTrue();
        assertThat(before.get(2).get("state").asText()).isEqualTo("not-signed");

        // A headline on page 1 changes: page 1's sign-off goes, page 2's stays.
        assertThat(run("replace", "--edition", "latest", "首批越冬候鸟飞抵白鹭洲湿地", "首批越冬候鸟飞抵白鹭湿地").exitCode()).isZero();
        JsonNode after = pages();
        assertThat(after.get(0).get("state").asText()).isEqualTo("withdrawn");
        assertThat(after.get(0).get("current").asBoolean()).isFalse();
        assertThat(after.get(0).get("withdrawnReason").asText()).isEqualTo("changed after sign-off");
        assertThat(after.get(0).get("currentHash").asText()).isNotEqualTo(hash);
        assertThat(after.get(1).get("state").asText()).isEqualTo("signed");
        assertThat(run("signoff", "--edition", "latest").out()).contains("page 1: 签发已撤销 / sign-off withdrawn")
                .contains("page 2: signed off by 王总编");

        Path pdf = dir.resolve("page-1-changed.pdf");
        CommandRunner.Result changed = run("signoff", "--edition", "latest", "--page", "1", "--changed-pdf", pdf.toString());
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("1 lines changed");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("王总编").contains("首批越冬候鸟飞抵白鹭湿地");
        }
    }

    @Test
    void withdrawingNeedsAReasonAndIsListedWithIt() throws Exception {
        assertThat(run("signoff", "--edition", "latest", "--page", "3").exitCode()).isZero();
        assertThat(run("signoff", "--edition", "latest", "--page", "3", "--withdraw").exitCode()).isEqualTo(2);

        CommandRunner.Result withdrawn = run("signoff", "--edition", "latest", "--page", "3", "--withdraw",
                "--reason", "头条换稿");
        assertThat(withdrawn.exitCode()).as(withdrawn.err()).isZero();
        JsonNode page3 = pages().get(2);
        assertThat(page3.get("state").asText()).isEqualTo("withdrawn");
        assertThat(page3.get("withdrawnBy").asText()).isEqualTo("王总编");
        assertThat(page3.get("withdrawnReason").asText()).isEqualTo("头条换稿");
        // The page itself did not change, so signing it again makes it current.
        assertThat(run("signoff", "--edition", "latest", "--page", "3").exitCode()).isZero();
        assertThat(pages().get(2).get("state").asText()).isEqualTo("signed");
    }

    @Test
    void aReporterMayNotSignAndMistakesAreNamed() throws Exception {
        user = "李明";
        CommandRunner.Result refused = run("signoff", "--edition", "latest", "--page", "1");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("李明").contains("signer");
        assertThat(pages().get(0).get("state").asText()).isEqualTo("not-signed");
        user = "王总编";
        assertThat(run("signoff", "--edition", "latest", "--page", "99").err()).contains("99").contains("8 pages");
        assertThat(run("signoff", "--edition", "latest", "--changed-pdf", "x.pdf").exitCode()).isEqualTo(2);
        assertThat(run("signoff", "--edition", "latest", "--page", "2", "--changed-pdf", dir.resolve("x.pdf").toString())
                .err()).contains("never signed off");
    }
}
