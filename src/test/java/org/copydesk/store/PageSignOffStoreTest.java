package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.EditionContent;
import org.copydesk.model.PageSignOff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page sign-offs (migration V13) in a real database: kept, the newest counts, withdrawn once, gone with their edition. */
class PageSignOffStoreTest {
    private static final Instant SIGNED = Instant.parse("2026-12-03T07:12:30.123456789Z");
    private static final String LAYOUT = "{\"v\":1,\"lines\":[{\"f\":\"a#0\",\"t\":\"澜江二桥今晨通车\"}],\"frames\":[]}";

    @TempDir
    Path dir;

    private Database database;
    private EditionContent edition;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
        edition = TestEditions.edition("e1").build();
        database.repository().insertEdition(edition);
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

    private PageSignOff signOff(String id, int page, Instant at, String hash) {
        return PageSignOff.signed(id, edition.page(page).orElseThrow(), "王总编", at, hash, LAYOUT);
    }

    @Test
    void aSignOffComesBackWhole() {
        PageSignOff stored = database.repository().insertPageSignOff(signOff("s1", 1, SIGNED, "sha256:aa"));
        database.close();
        database = Database.open(location());

        Map<String, PageSignOff> found = database.repository().pageSignOffs("e1");
        assertThat(found).containsOnlyKeys("e1-p1");
        assertThat(found.get("e1-p1")).isEqualTo(stored);
        assertThat(stored.signedAt()).isEqualTo(Instant.parse("2026-12-03T07:12:30.123456Z"));
        assertThat(stored.signedLayout()).isEqualTo(LAYOUT);
        assertThat(stored.withdrawn()).isFalse();
    }

    @Test
    void signingAgainMakesTheNewestCountAndKeepsTheOlder() {
        database.repository().insertPageSignOff(signOff("s1", 1, SIGNED, "sha256:aa"));
        database.repository().insertPageSignOff(signOff("s2", 1, SIGNED.plusSeconds(60), "sha256:bb"));
        database.repository().insertPageSignOff(signOff("s3", 2, SIGNED, "sha256:cc"));

        Map<String, PageSignOff> found = database.repository().pageSignOffs("e1");
        assertThat(found.get("e1-p1").id()).isEqualTo("s2");
        assertThat(found.get("e1-p2").id()).isEqualTo("s3");
    }

    @Test
    void aWithdrawalIsRecordedOnceAndTheFirstOneStands() {
        database.repository().insertPageSignOff(signOff("s1", 1, SIGNED, "sha256:aa"));
        Instant first = Instant.parse("2026-12-03T07:17:30.123456Z");

        assertThat(database.repository().withdrawPageSignOff("s1", first, Optional.of("李编辑"), "changed after sign-off")).isTrue();
        assertThat(database.repository().withdrawPageSignOff("s1", first.plusSeconds(5), Optional.of("赵编辑"), "again")).isFalse();

        PageSignOff withdrawn = database.repository().pageSignOffs("e1").get("e1-p1");
        assertThat(withdrawn.withdrawnAt()).contains(first);
        assertThat(withdrawn.withdrawnBy()).contains("李编辑");
        assertThat(withdrawn.withdrawnReason()).isEqualTo("changed after sign-off");
    }

    @Test
    void aWithdrawalByNobodyKnownKeepsNoName() {
        database.repository().insertPageSignOff(signOff("s1", 1, SIGNED, "sha256:aa"));
        database.repository().withdrawPageSignOff("s1", SIGNED.plusSeconds(1), Optional.empty(), "版面改动");
        assertThat(database.repository().pageSignOffs("e1").get("e1-p1").withdrawnBy()).isEmpty();
    }

    @Test
    void theSignOffsGoWithTheirEdition() {
        database.repository().insertPageSignOff(signOff("s1", 1, SIGNED, "sha256:aa"));
        database.repository().deleteEdition("e1");
        assertThat(database.repository().pageSignOffs("e1")).isEmpty();
    }
}
