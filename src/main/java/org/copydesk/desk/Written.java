package org.copydesk.desk;

import java.nio.file.Path;
import java.util.List;

/**
 * What one export target wrote.
 *
 * @param target the target
 * @param files  the files written, in page order where there are several
 * @param pages  how many pages they hold
 */
public record Written(ExportTarget target, List<Path> files, int pages) {
    public Written {
        files = List.copyOf(files);
    }
}
