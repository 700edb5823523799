package org.copydesk.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the embedded database is backed up while edits are saved, and how many backups are
 * kept in the {@code backups} folder beside it. A backup is also made on close when anything was
 * written since the last one.
 *
 * @param interval the least time between two backups made while working
 * @param keep     how many backups to keep; older ones are removed after each new one
 */
public record BackupPolicy(Duration interval, int keep) {
    /** Every 10 minutes while saving, the last 5 kept. */
    public static final BackupPolicy DEFAULT = new BackupPolicy(Duration.ofMinutes(10), 5);

    public BackupPolicy {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || keep < 1) {
            throw new IllegalArgumentException("a backup policy needs a non-negative interval and keeps at least one");
        }
    }
}
