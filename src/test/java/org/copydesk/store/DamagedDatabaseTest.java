package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A damaged embedded database is refused before it is written to, kept aside untouched, and
 * replaced by its newest backup, with what was saved after that backup read back where it can be.
 */
class DamagedDatabaseTest {
    @TempDir
    Path dir;

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    private Path file() {
        return dir.resolve("copydesk.mv.db");
    }

    /** The ways a database file is found damaged. */
    enum Damage {
        /** The file lost its last 64 KiB (a failing disk, a copy cut short). */
        TRUNCATED_TAIL {
            @Override
            void apply(Path file) throws IOException {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(f.length() - 65_536);
                }
            }
        },
        /** The file is there with 0 bytes (H2 would make it a new, empty database). */
        EMPTY {
            @Override
            void apply(Path file) throws IOException {
                Files.write(file, new byte[0]);
            }
        },
        /** The file is gone while the commit marker says work was saved to it. */
        MISSING {
            @Override
            void apply(Path file) throws IOException {
                Files.delete(file);
            }
        },
        /** The start of the file (both store headers) overwritten with garbage. */
        GARBAGE_HEADER {
            @Override
            void apply(Path file) throws IOException {
                byte[] garbage = new byte[12_288];
                new Random(15).nextBytes(garbage);
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.write(garbage);
                }
            }
        };

        abstract void apply(Path file) throws IOException;
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void aDamagedFileIsRefusedKeptAsideUntouchedAndRestoredFromItsBackup(Damage damage) throws IOException {
        EditionContent content = TestEditions.edition("e1").withLongStory(3_000).build();
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(content);
            Article lead = db.repository().article("e1-lead").orElseThrow();
            for (int i = 0; i < 20; i++) {
                lead = db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("第" + i + "稿。".repeat(400)))));
            }
            db.repository().saveArticle(db.repository().article("e1-lead").orElseThrow().withBody(content.article("e1-lead")
                    .orElseThrow().body()));
        }
        assertThat(DatabaseRestore.backups(location())).as("the first write's and the closing backup").isNotEmpty();
        damage.apply(file());
        Optional<byte[]> damaged = Files.exists(file()) ? Optional.of(Files.readAllBytes(file())) : Optional.empty();

        assertThatThrownBy(() -> Database.open(location())).isInstanceOf(DatabaseDamagedException.class)
                .hasMessageStartingWith("the database " + file() + " is damaged: ")
                .hasMessageEndingWith("; it was left unchanged: restore the newest backup");
        assertThat(Files.exists(file()) ? Optional.of(Files.readAllBytes(file())) : Optional.<byte[]>empty())
                .as("the refused open left the file as it was").usingRecursiveComparison().isEqualTo(damaged);
        assertThat(dir.resolve("copydesk.lock")).doesNotExist();

        RestoreReport report = DatabaseRestore.restoreLatest(location());

        assertThat(report.backup()).isEqualTo(DatabaseRestore.backups(location()).get(0));
        assertThat(report.damagedKeptAs().map(DamagedDatabaseTest::bytes)).usingRecursiveComparison().isEqualTo(damaged);
        report.damagedKeptAs().ifPresent(kept -> assertThat(kept.getFileName().toString())
                .matches("copydesk-damaged-\\d{8}T\\d{6}Z\\.mv\\.db"));
        try (Database db = Database.open(location())) {
            Article lead = db.repository().article("e1-lead").orElseThrow();
            assertThat(lead.body()).isEqualTo(content.article("e1-lead").orElseThrow().body());
            assertThat(db.repository().loadEdition("e1").orElseThrow().articles()).hasSize(2);
        }
    }

    @Test
    void aSilentRollbackToAnOlderStateIsRefusedAndTheRevisionsSavedSinceTheBackupAreRecovered() throws IOException {
        EditionContent content = TestEditions.edition("e1").build();
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(content);
        }
        List<BackupFile> first = DatabaseRestore.backups(location());
        assertThat(first).hasSize(1);
        Path older;
        try (Database db = Database.open(location())) {
            Article lead = db.repository().article("e1-lead").orElseThrow();
            lead = db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("第二稿。"))));
            db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("第三稿。"))));
        }
        older = Files.copy(file(), dir.resolve("older-copy.bin"));
        try (Database db = Database.open(location())) {
            Article lead = db.repository().article("e1-lead").orElseThrow();
            db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("第四稿，已丢失。"))));
        }
        // As if the app was killed each time before its closing backup, and H2 then fell back to an
        // older state of the file: only the first backup exists, and the file misses the last save.
        for (BackupFile b : DatabaseRestore.backups(location())) {
            if (!first.contains(b)) {
                Files.delete(b.file());
            }
        }
        Files.move(older, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // A killed session records no size at close, so only the counter can tell.
        Path marker = dir.resolve("copydesk.commit");
        Files.write(marker, Files.readAllLines(marker).stream().filter(l -> !l.startsWith("closed-size")).toList());

        assertThatThrownBy(() -> Database.open(location())).isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("it holds an older state than the one last saved (3 of 4 changes;");

        RestoreReport report = DatabaseRestore.restoreLatest(location());

        assertThat(report.backup()).isEqualTo(first.get(0));
        assertThat(report.revisionsRecovered()).isEqualTo(2);
        assertThat(report.articlesRecovered()).isEqualTo(1);
        assertThat(report.recovery()).isEqualTo("read directly");
        try (Database db = Database.open(location())) {
            Article lead = db.repository().article("e1-lead").orElseThrow();
            assertThat(lead.plainText()).isEqualTo("第三稿。");
            assertThat(db.repository().revisions("e1-lead")).extracting(ArticleRevision::version)
                    .containsExactlyInAnyOrder(lead.version(), lead.version() - 1, lead.version() - 2);
            Article saved = db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("恢复后继续写。"))));
            assertThat(saved.version()).isEqualTo(lead.version() + 1);
        }
        assertThat(DatabaseRestore.backups(location()).get(0).time()).as("closing after the recovered work backs it up")
                .isAfter(report.backup().time());
        try (Database db = Database.open(location())) {
            assertThat(db.repository().article("e1-lead").orElseThrow().plainText()).isEqualTo("恢复后继续写。");
        }
    }

    @Test
    void anEditionMadeSinceTheBackupIsRecoveredWithItsAdSlotsArtwork() throws IOException {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        List<BackupFile> first = DatabaseRestore.backups(location());
        EditionContent withAd = TestEditions.edition("e2").build();
        org.copydesk.model.Page front = withAd.page(1).orElseThrow();
        var placements = new java.util.ArrayList<>(front.placements());
        org.copydesk.model.AdArtwork artwork = org.copydesk.model.TinyPdf.artwork("银行广告.pdf");
        placements.add(new org.copydesk.model.AdPlacement("江澜银行", new org.copydesk.model.GridRect(0, 60, 4, 10),
                "江澜银行", Optional.of(artwork)));
        withAd = new EditionContent(withAd.edition(), withAd.pages().stream()
                .map(p -> p == front ? front.withPlacements(placements) : p).toList(), withAd.articles(), withAd.photos());
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(withAd);
        }
        Path older = Files.copy(file(), dir.resolve("older-copy.bin"));
        try (Database db = Database.open(location())) {
            Article lead = db.repository().article("e1-lead").orElseThrow();
            db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("丢失的一稿。"))));
        }
        for (BackupFile b : DatabaseRestore.backups(location())) {
            if (!first.contains(b)) {
                Files.delete(b.file());
            }
        }
        Files.move(older, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path marker = dir.resolve("copydesk.commit");
        Files.write(marker, Files.readAllLines(marker).stream().filter(l -> !l.startsWith("closed-size")).toList());

        DatabaseRestore.restoreLatest(location());

        try (Database db = Database.open(location())) {
            assertThat(db.repository().loadEdition("e2").orElseThrow()).isEqualTo(withAd);
        }
    }

    @Test
    void aFileWithBothHeadersDestroyedGoesThroughH2sRecoveryToolAndTheRestoreSaysWhatCameBack() throws IOException {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        List<BackupFile> first = DatabaseRestore.backups(location());
        try (Database db = Database.open(location())) {
            Article lead = db.repository().article("e1-lead").orElseThrow();
            lead = db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("第二稿。"))));
            db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("第三稿，备份之后写的。"))));
        }
        // Killed before the closing backup: only the first backup exists.
        for (BackupFile b : DatabaseRestore.backups(location())) {
            if (!first.contains(b)) {
                Files.delete(b.file());
            }
        }
        Damage.GARBAGE_HEADER.apply(file());

        RestoreReport report = DatabaseRestore.restoreLatest(location());

        // Direct reading fails without a header, so the recovery tool runs; it cannot find the chunks
        // either, and the report says so rather than claiming work it did not bring back.
        assertThat(report.recovery()).isEqualTo("H2's recovery tool found no stories in it");
        assertThat(report.revisionsRecovered()).isZero();
        try (Database db = Database.open(location())) {
            assertThat(db.repository().article("e1-lead").orElseThrow().plainText())
                    .isEqualTo(TestEditions.edition("e1").build().article("e1-lead").orElseThrow().plainText());
        }
    }

    @Test
    void theCommitMarkerCountsWritesNotReads() throws InterruptedException, IOException {
        Path side = dir.resolve("copydesk.commit");
        try (Database db = Database.open(location())) {
            assertThat(CommitMarker.readSideFile(side)).as("a new database").hasValue(0);
            db.repository().insertEdition(TestEditions.edition("e1").build());
            awaitSideFile(side, 1);
            db.repository().editions();
            db.repository().loadEdition("e1");
            Article lead = db.repository().article("e1-lead").orElseThrow();
            db.repository().saveArticle(lead.withBody(List.of(new Block.Paragraph("改一稿。"))));
            awaitSideFile(side, 2);
            assertThatThrownBy(() -> db.repository().saveArticle(lead)).isInstanceOf(StaleArticleException.class);
            db.repository().saveArticle(db.repository().article("e1-lead").orElseThrow()
                    .withBody(List.of(new Block.Paragraph("改二稿。"))));
            awaitSideFile(side, 3);
        }
        assertThat(CommitMarker.readSideFile(side)).as("the reads and the refused save counted nothing").hasValue(3);
        assertThat(CommitMarker.readClosedSize(side)).hasValue(Files.size(file()));
        try (Database db = Database.open(location())) {
            assertThat(CommitMarker.readClosedSize(side)).as("open again: the size may change").isEmpty();
            assertThat(db.repository().editions()).hasSize(1);
        }
    }

    /** The side file is written in the background, right after the commit. */
    private static void awaitSideFile(Path side, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (CommitMarker.readSideFile(side).orElse(-1) < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(CommitMarker.readSideFile(side)).hasValue(expected);
    }

    @Test
    void restoringNeedsABackupThatOpens() throws IOException {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        for (BackupFile b : DatabaseRestore.backups(location())) {
            Files.writeString(b.file(), "not a zip any more");
        }
        Files.write(file(), new byte[0]);

        assertThatThrownBy(() -> DatabaseRestore.restoreLatest(location())).isInstanceOf(StoreException.class)
                .hasMessage("there is no backup of " + file() + " that opens in " + dir.resolve("backups"));
        assertThat(Files.size(file())).as("nothing was moved").isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("copydesk.damaged");
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
