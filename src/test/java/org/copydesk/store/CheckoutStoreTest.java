package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check-outs in a real database: one holder at a time, stale ones taken over and recorded, breaks
 * recorded and reported to the holder, and exactly one winner when many ask at once. The PostgreSQL
 * subclass runs the same tests there, where the askers are truly concurrent connections.
 */
class CheckoutStoreTest {
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Checkout.Subject STORY = Checkout.Subject.story("story-1");
    private static final Checkout.Holder ANN = new Checkout.Holder("张三", "desk-1", 101, "token-ann");
    private static final Checkout.Holder BEN = new Checkout.Holder("李四", "desk-2", 202, "token-ben");

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
    }

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

    private CheckoutStore store() {
        return database.repository().checkouts();
    }

    @Test
    void aSecondHolderIsRefusedAndToldWhoHasItWhileTheFirstMayTakeItAgain() {
        var first = store().take(STORY, ANN, LEASE);
        var second = store().take(STORY, BEN, LEASE);
        var again = store().take(STORY, ANN, LEASE);

        assertThat(first).isInstanceOf(CheckoutStore.Taking.Granted.class);
        assertThat(second).isInstanceOfSatisfying(CheckoutStore.Taking.Refused.class,
                r -> assertThat(r.heldBy().holder()).isEqualTo(ANN));
        assertThat(again).isInstanceOf(CheckoutStore.Taking.Granted.class);
        assertThat(store().all()).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo(STORY);
            assertThat(c.holder()).isEqualTo(ANN);
            assertThat(c.heartbeat()).isAfterOrEqualTo(c.since());
        });
    }

    @Test
    void aReleasedCheckoutCanBeTakenByTheNextAndReleaseByANonHolderChangesNothing() {
        store().take(STORY, ANN, LEASE);
        assertThat(store().release(STORY, BEN)).isFalse();
        assertThat(store().find(STORY)).map(Checkout::holder).contains(ANN);

        assertThat(store().release(STORY, ANN)).isTrue();
        assertThat(store().take(STORY, BEN, LEASE)).isInstanceOf(CheckoutStore.Taking.Granted.class);
        assertThat(store().renew(STORY, ANN)).isEqualTo(new CheckoutStore.Renewal.Lost(Optional.empty()));
    }

    @Test
    void aStaleCheckoutIsTakenOverAndItsHolderFindsOutWhoTookItOnTheNextHeartbeat() throws Exception {
        store().take(STORY, ANN, LEASE);
        age(STORY, Duration.ofMinutes(3));

        var taken = store().take(STORY, BEN, LEASE);

        assertThat(taken).isInstanceOfSatisfying(CheckoutStore.Taking.Granted.class, g -> {
            assertThat(g.checkout().holder()).isEqualTo(BEN);
            assertThat(g.tookOver()).hasValueSatisfying(b -> {
                assertThat(b.lost().holder()).isEqualTo(ANN);
                assertThat(b.takeover()).isTrue();
                assertThat(b.brokenBy()).isEqualTo("李四");
            });
        });
        assertThat(store().renew(STORY, ANN)).isInstanceOfSatisfying(CheckoutStore.Renewal.Lost.class,
                lost -> assertThat(lost.broken()).hasValueSatisfying(b -> {
                    assertThat(b.brokenBy()).isEqualTo("李四");
                    assertThat(b.brokenOnHost()).isEqualTo("desk-2");
                    assertThat(b.takeover()).isTrue();
                }));
    }

    @Test
    void aFreshCheckoutIsNotTakenOverEvenWithAShortLeaseOnTheAskersSide() throws Exception {
        store().take(STORY, ANN, LEASE);
        age(STORY, Duration.ofSeconds(30));

        assertThat(store().take(STORY, BEN, LEASE)).isInstanceOf(CheckoutStore.Taking.Refused.class);
        assertThat(store().take(STORY, BEN, Duration.ofSeconds(10))).isInstanceOf(CheckoutStore.Taking.Granted.class);
    }

    @Test
    void aBrokenCheckoutIsRecordedWithWhoWhyAndWhenAndTheHolderIsToldOnItsNextHeartbeat() {
        store().take(STORY, ANN, LEASE);
        Instant before = store().now();

        Optional<BrokenCheckout> broken = store().breakCheckout(STORY, "王五", "desk-3", "排版要改标题");

        assertThat(broken).hasValueSatisfying(b -> {
            assertThat(b.lost().holder()).isEqualTo(ANN);
            assertThat(b.reason()).isEqualTo("排版要改标题");
            assertThat(b.takeover()).isFalse();
        });
        assertThat(store().find(STORY)).isEmpty();
        assertThat(store().renew(STORY, ANN)).isInstanceOfSatisfying(CheckoutStore.Renewal.Lost.class,
                lost -> assertThat(lost.broken()).hasValueSatisfying(b -> {
                    assertThat(b.brokenBy()).isEqualTo("王五");
                    assertThat(b.reason()).isEqualTo("排版要改标题");
                    assertThat(b.brokenAt()).isAfterOrEqualTo(before);
                }));
        assertThat(store().breaksSince(before)).extracting(BrokenCheckout::reason).containsExactly("排版要改标题");
        assertThat(store().breakCheckout(STORY, "王五", "desk-3", "again")).isEmpty();
    }

    @Test
    void releaseAllGivesUpOnlyThatHoldersCheckouts() {
        var page = Checkout.Subject.page("page-1");
        store().take(STORY, ANN, LEASE);
        store().take(page, ANN, LEASE);
        store().take(Checkout.Subject.story("story-2"), BEN, LEASE);

        assertThat(store().releaseAll(ANN)).isEqualTo(2);
        assertThat(store().all()).extracting(Checkout::holder).containsExactly(BEN);
    }

    @Test
    void ofTwelveThreadsAskingAtOnceEachOnItsOwnConnectionExactlyOneGetsEachSubject() throws Exception {
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // One connection per asker, as twelve Copydesks have: the database, not a Java lock, decides.
        List<Connection> connections = new ArrayList<>();
        List<CheckoutStore> stores = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Connection c = new UrlDataSource(location().jdbcUrl()).getConnection();
            connections.add(c);
            stores.add(new JdbcCheckoutStore(new Transactor(c, "asker " + t)));
        }
        try {
            for (int round = 0; round < 20; round++) {
                var subject = Checkout.Subject.story("race-" + round);
                var start = new CountDownLatch(1);
                List<Future<CheckoutStore.Taking>> results = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    var holder = new Checkout.Holder("编辑" + t, "desk", t, "token-" + t);
                    CheckoutStore mine = stores.get(t);
                    Callable<CheckoutStore.Taking> ask = () -> {
                        start.await();
                        return mine.take(subject, holder, LEASE);
                    };
                    results.add(pool.submit(ask));
                }
                start.countDown();
                List<Checkout> granted = new ArrayList<>();
                for (var result : results) {
                    if (result.get(30, TimeUnit.SECONDS) instanceof CheckoutStore.Taking.Granted g) {
                        granted.add(g.checkout());
                    }
                }
                assertThat(granted).as("round " + round).hasSize(1);
                assertThat(store().find(subject)).map(Checkout::holder).contains(granted.get(0).holder());
            }
        } finally {
            pool.shutdownNow();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** Moves the check-out's heartbeat {@code by} into the past, as a holder that stopped beating would. */
    private void age(Checkout.Subject subject, Duration by) throws Exception {
        Checkout c = store().find(subject).orElseThrow();
        database.transactor().inTransaction("age", connection -> {
            setHeartbeat(connection, subject, c.heartbeat().minus(by));
            return null;
        });
    }

    private static void setHeartbeat(Connection c, Checkout.Subject subject, Instant at) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE checkouts SET heartbeat_at = ? WHERE subject_kind = ? AND subject_id = ?")) {
            s.setObject(1, at.atOffset(ZoneOffset.UTC));
            s.setString(2, subject.kind().name());
            s.setString(3, subject.id());
            s.executeUpdate();
        }
    }
}
