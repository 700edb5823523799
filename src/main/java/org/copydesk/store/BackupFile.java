package org.copydesk.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup zip and the time its data is from (the moment the backup was taken).
 *
 * @param file the zip
 * @param time when the backup was taken: from the rolling backup's name, else the file's time
 */
public record BackupFile(Path file, Instant time) {
}
