package org.copydesk.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param backup              the backup put in place; its time is what the restored data is from
 * @param damagedKeptAs       where the damaged file was moved (kept untouched); empty if it was missing
 * @param editionsRecovered   editions created after the backup and read back from the damaged file
 * @param articlesRecovered   articles brought up to a newer version (or back) from the damaged file
 * @param revisionsRecovered  article revisions saved after the backup and read back from the damaged file
 * @param recovery            how the damaged file was read, or why nothing could be read from it
 */
public record RestoreReport(BackupFile backup, Optional<Path> damagedKeptAs, int editionsRecovered,
                            int articlesRecovered, int revisionsRecovered, String recovery) {
}
