package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.copydesk.i18n.InLanguage;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database's refusals reach the user in their language: each failure is provoked for real and
 * read once with {@code copydesk.locale=zh_CN} (Chinese, still naming the file or story) and once
 * with {@code en} (the English the other tests and the user guide know).
 */
class StoreMessagesLanguageTest {
    @TempDir
    Path dir;

    private DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    private Path file() {
        return dir.resolve("copydesk.mv.db");
    }

    @Test
    void aSecondOpenNamesTheCopydeskHoldingTheLock() {
        try (Database first = Database.open(location())) {
            String chinese = failureIn("zh_CN", () -> Database.open(location()));
            String english = failureIn("en", () -> Database.open(location()));

            assertChinese(chinese, file().toString(), Long.toString(ProcessHandle.current().pid()));
            assertThat(chinese).contains("已被另一个 Copydesk 打开");
            assertThat(english).startsWith("the database " + file() + " is already open by another Copydesk (pid "
                    + ProcessHandle.current().pid() + " on host ");
        }
    }

    @Test
    void aLockFileLeftByAnEndedProcessIsCalledStale() throws Exception {
        Process holder = startHolder();
        try {
            long ended = endedProcessId();
            Files.writeString(dir.resolve("copydesk.lock"),
                    "pid=" + ended + "\nhost=" + AppLock.thisProcess().host() + "\n");

            String chinese = failureIn("zh_CN", () -> Database.open(location()));
            String english = failureIn("en", () -> Database.open(location()));

            assertChinese(chinese, file().toString(), Long.toString(ended));
            assertThat(chinese).contains("锁文件已过期");
            assertThat(english).isEqualTo("the database " + file() + " is already open by another program; close it"
                    + " there first (its lock file is stale: it names pid " + ended + ", which is no longer running)");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void anEmptyDatabaseFileAndARestoreWithoutABackupAreSaidInWords() throws IOException {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
        }
        Files.write(file(), new byte[0]);

        String chinese = failureIn("zh_CN", () -> Database.open(location()));
        String english = failureIn("en", () -> Database.open(location()));
        assertChinese(chinese, file().toString());
        assertThat(chinese).contains("已损坏").contains("0 字节");
        assertThat(english).isEqualTo("the database " + file() + " is damaged: the database file is empty (0 bytes);"
                + " it was left unchanged: restore the newest backup");

        for (BackupFile backup : DatabaseRestore.backups(location())) {
            Files.delete(backup.file());
        }
        String noBackup = failureIn("zh_CN", () -> DatabaseRestore.restoreLatest(location()));
        assertChinese(noBackup, file().toString(), dir.resolve("backups").toString());
        assertThat(noBackup).contains("没有能打开的");
        assertThat(failureIn("en", () -> DatabaseRestore.restoreLatest(location())))
                .isEqualTo("there is no backup of " + file() + " that opens in " + dir.resolve("backups"));
    }

    @Test
    void aStaleSaveNamesTheStory() {
        try (Database db = Database.open(location())) {
            db.repository().insertEdition(TestEditions.edition("e1").build());
            Article loaded = db.repository().article("e1-lead").orElseThrow();
            db.repository().saveArticle(loaded.withBody(List.of(new Block.Paragraph("别人先存了。"))));
            Article stale = loaded.withBody(List.of(new Block.Paragraph("我的旧稿。")));

            String chinese = failureIn("zh_CN", () -> db.repository().saveArticle(stale));
            String english = failureIn("en", () -> db.repository().saveArticle(stale));

            assertChinese(chinese, "e1-lead");
            assertThat(chinese).contains("已在别处被修改");
            assertThat(english).isEqualTo("article e1-lead was changed elsewhere (version " + (loaded.version() + 1)
                    + ", this copy is version " + loaded.version() + "); nothing was overwritten");
        }
    }

    @Test
    void aFullDiskWhileWritingTheLockFileIsSaidInWordsWithTheSystemTextLast() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full, which fails every write with ENOSPC");
        IOException diskFull = (IOException) catchThrowable(() -> Files.write(full, new byte[4096]));
        assertThat(diskFull).hasMessageContaining("No space left on device");
        Path lock = dir.resolve("copydesk.lock");

        String chinese = InLanguage.get("zh_CN", () -> AppLock.writeFailure(lock, diskFull).getMessage());
        String english = InLanguage.get("en", () -> AppLock.writeFailure(lock, diskFull).getMessage());

        assertChinese(chinese, lock.toString());
        assertThat(chinese).contains("磁盘已满").endsWith("（" + diskFull.getMessage() + "）");
        assertThat(english).isEqualTo("could not write the lock file " + lock + ": the disk of the database folder is"
                + " full; free some space there and try again (" + diskFull.getMessage() + ")");
    }

    /** The message of the {@link StoreException} {@code action} throws with {@code copydesk.locale=language}. */
    private static String failureIn(String language, ThrowingCallable action) {
        Throwable thrown = InLanguage.get(language, () -> catchThrowable(action));
        assertThat(thrown).isInstanceOf(StoreException.class);
        return thrown.getMessage();
    }


    /** Chinese words (Han characters), naming each of {@code names} as it is. */
    private static void assertChinese(String message, String... names) {
        assertThat(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as("Chinese words in: " + message).isTrue();
        assertThat(message).contains(names).doesNotContain("\n");
    }

    /** Starts {@link HoldDatabaseOpen} on {@link #dir} and waits until it has the database open. */
    private Process startHolder() throws IOException {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the holder process reports it opened the database").startsWith("OPEN ");
        return holder;
    }

    /** The id of a process of this machine that has ended. */
    private static long endedProcessId() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(ended.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(ended.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        return ended.pid();
    }
}
