package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;
import org.copydesk.model.Person;
import org.copydesk.model.Role;
import org.copydesk.store.CheckoutStore;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's check-out service: one session per service, named as the repository's person. */
class CheckoutServiceTest {
    private static final Checkout.Subject STORY = Checkout.Subject.story("story-1");

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void twoSessionsAreTwoHoldersEvenForOnePersonAndTheCheckoutIsNamedAfterThem() {
        database.repository().actAs(new Person("张三", Role.REPORTER));
        var window = new CheckoutService();
        var secondWindow = new CheckoutService();

        var first = window.take(database.repository(), STORY);
        var second = secondWindow.take(database.repository(), STORY);

        assertThat(first).isInstanceOfSatisfying(CheckoutStore.Taking.Granted.class, g -> {
            assertThat(g.checkout().holder().name()).isEqualTo("张三");
            assertThat(g.checkout().holder().pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(window.isMine(g.checkout())).isTrue();
            assertThat(secondWindow.isMine(g.checkout())).isFalse();
        });
        assertThat(second).isInstanceOf(CheckoutStore.Taking.Refused.class);
        assertThat(window.releaseAll(database.repository())).isEqualTo(1);
        assertThat(secondWindow.take(database.repository(), STORY)).isInstanceOf(CheckoutStore.Taking.Granted.class);
    }

    @Test
    void aCheckoutPastTheLeaseIsStaleAndTakenOverWithTheTakeoverRecorded() throws Exception {
        var crashed = new CheckoutService(Duration.ofMillis(1));
        var colleague = new CheckoutService(Duration.ofMillis(1));
        crashed.take(database.repository(), STORY);
        Thread.sleep(20); // past a 1 ms lease on the database's clock

        Checkout held = colleague.holderOf(database.repository(), STORY).orElseThrow();
        assertThat(colleague.isStale(database.repository(), held)).isTrue();
        var taken = colleague.take(database.repository(), STORY);

        assertThat(taken).isInstanceOfSatisfying(CheckoutStore.Taking.Granted.class,
                g -> assertThat(g.tookOver()).map(BrokenCheckout::takeover).contains(true));
        assertThat(crashed.renew(database.repository(), STORY)).isInstanceOfSatisfying(CheckoutStore.Renewal.Lost.class,
                lost -> assertThat(lost.broken()).isPresent());
    }

    @Test
    void breakingNeedsAReasonOfAtMostAThousandCharactersAndSomeoneHoldingIt() {
        var holder = new CheckoutService();
        var editor = new CheckoutService();
        holder.take(database.repository(), STORY);

        assertThatThrownBy(() -> editor.breakCheckout(database.repository(), STORY.id(), "  "))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("story-1");
        assertThatThrownBy(() -> editor.breakCheckout(database.repository(), STORY.id(), "原".repeat(1001)))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("1000");
        assertThatThrownBy(() -> editor.breakCheckout(database.repository(), "story-2", "原因"))
                .isInstanceOf(OperationRefusedException.class).hasMessageContaining("story-2");
        assertThat(holder.holderOf(database.repository(), STORY)).isPresent();

        BrokenCheckout broken = editor.breakCheckout(database.repository(), STORY.id(), "  改版  ");

        assertThat(broken.reason()).isEqualTo("改版");
        assertThat(broken.takeover()).isFalse();
        assertThat(editor.list(database.repository())).isEmpty();
    }
}
