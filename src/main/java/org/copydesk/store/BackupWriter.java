package org.copydesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Online backup of the embedded database with H2's {@code BACKUP TO} (a consistent copy while the
 * database stays open). The zip is written under a temporary name, proven by opening the copy and
 * reading its editions, and only then moved over the target: a failed backup never replaces a good one.
 */
final class BackupWriter {
    private static final Words WORDS = Words.ofPackage(BackupWriter.class);

    private BackupWriter() {
    }

    static void write(Transactor transactor, Path zip, String description) {
        Path target = zip.toAbsolutePath().normalize();
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(temp);
            transactor.inTransaction(WORDS.format("do.backUp", target), c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'");
                }
                return null;
            });
            verify(temp, target);
            moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new StoreException(WORDS.format("backup.writeFailed", target, description, FileErrorText.reason(e)), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Left behind only if the disk refuses deletes; the next backup overwrites it.
            }
        }
    }

    /** Opens the copy in a scratch folder and reads it; throws when it is not a usable database. */
    static void verify(Path backup, Path target) throws IOException {
        Path scratch = Files.createTempDirectory("copydesk-backup-check");
        try {
            Path copy = scratch.resolve("check.mv.db");
            boolean found = false;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    // Only the data file matters; the entry name is never used as a path.
                    if (!entry.isDirectory() && entry.getName().endsWith(DatabaseLocation.H2_FILE_SUFFIX)) {
                        copyEntry(in, copy);
                        found = true;
                        break;
                    }
                }
            }
            if (!found) {
                throw new StoreException(WORDS.format("backup.noDataFile", target));
            }
            String url = "jdbc:h2:file:" + scratch.resolve("check").toString().replace('\\', '/')
                    + ";ACCESS_MODE_DATA=r";
            try (Connection c = DriverManager.getConnection(url, "sa", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM editions")) {
                rs.next();
            } catch (SQLException e) {
                throw new StoreException(WORDS.format("backup.unopenable", target, SqlErrors.shortMessage(e)), e);
            }
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void copyEntry(InputStream in, Path copy) throws IOException {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
