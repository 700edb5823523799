package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.desk.CheckoutService;
import org.copydesk.model.Checkout;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.CheckoutStore;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk locks}: listing who has what checked out, and breaking a check-out with a reason. */
class LocksCommandTest {
    @TempDir
    Path dir;

    private Database database;
    private String storyId;
    private String headline;
    /** Another Copydesk session: the window of the reporter who has the story open. */
    private final CheckoutService reporter = new CheckoutService();

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of()));
        var sample = SampleEdition.create();
        database.repository().insertEdition(sample);
        storyId = sample.articles().get(0).id();
        headline = sample.articles().get(0).headline();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void withNothingCheckedOutItSaysSo() {
        CommandRunner.Result result = CommandRunner.run(database.repository(), "locks");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("Nothing is checked out." + System.lineSeparator());
    }

    @Test
    void aCheckedOutStoryIsListedWithItsHeadlineHolderAndMachineAsTextAndJson() throws Exception {
        database.repository().actAs(new Person("张三", Role.REPORTER));
        reporter.take(database.repository(), Checkout.Subject.story(storyId));

        CommandRunner.Result text = CommandRunner.run(database.repository(), "locks");
        CommandRunner.Result json = CommandRunner.run(database.repository(), "locks", "--json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains(storyId).contains("story " + headline).contains("张三 (")
                .contains("pid " + ProcessHandle.current().pid()).doesNotContain("STALE")
                .contains("copydesk locks --break ID --reason TEXT");
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("id").asText()).isEqualTo(storyId);
        assertThat(rows.get(0).get("kind").asText()).isEqualTo("story");
        assertThat(rows.get(0).get("holder").asText()).isEqualTo("张三");
        assertThat(rows.get(0).get("stale").asBoolean()).isFalse();
    }

    @Test
    void breakingACheckoutRecordsTheReasonAndItsHolderIsToldOnTheNextHeartbeat() {
        database.repository().actAs(new Person("张三", Role.REPORTER));
        reporter.take(database.repository(), Checkout.Subject.story(storyId));
        database.repository().actAs(new Person("值班主任", Role.EDITOR));

        CommandRunner.Result result = CommandRunner.run(database.repository(), "locks", "--break", storyId,
                "--reason", "截稿前要改标题");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("broke the check-out of " + storyId + " held by 张三 (")
                .contains("reason: 截稿前要改标题");
        assertThat(CommandRunner.run(database.repository(), "locks").out()).startsWith("Nothing is checked out.");
        database.repository().actAs(new Person("张三", Role.REPORTER));
        assertThat(reporter.renew(database.repository(), Checkout.Subject.story(storyId)))
                .isInstanceOfSatisfying(CheckoutStore.Renewal.Lost.class, lost -> assertThat(lost.broken())
                        .hasValueSatisfying(b -> {
                            assertThat(b.brokenBy()).isEqualTo("值班主任");
                            assertThat(b.reason()).isEqualTo("截稿前要改标题");
                        }));
    }

    @Test
    void breakingNeedsAReasonAndANameThatIsCheckedOut() {
        reporter.take(database.repository(), Checkout.Subject.story(storyId));

        CommandRunner.Result noReason = CommandRunner.run(database.repository(), "locks", "--break", storyId);
        CommandRunner.Result unknown = CommandRunner.run(database.repository(), "locks", "--break", "no-such-story",
                "--reason", "test");
        CommandRunner.Result reasonAlone = CommandRunner.run(database.repository(), "locks", "--reason", "x");

        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--break needs --reason TEXT");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("copydesk locks: No one has no-such-story checked out");
        assertThat(reasonAlone.exitCode()).isEqualTo(2);
        assertThat(database.repository().checkouts().all()).hasSize(1);
    }
}
