package org.copydesk.desk;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing an export writes. Each names where it goes; the print profile's preflight gate applies
 * to the targets that go to press.
 */
public sealed interface ExportTarget {

    /** The file or folder written. */
    Path path();

    /** Whether this target goes to press (PDFs), so preflight errors stop a print export of it unless forced. */
    default boolean goesToPress() {
        return this instanceof EditionPdf || this instanceof PagePdfs;
    }

    /** The whole edition as one PDF. */
    record EditionPdf(Path path) implements ExportTarget {
        public EditionPdf {
            Objects.requireNonNull(path, "path");
        }
    }

    /** One PDF per page, {@code page-01.pdf} ..., in a folder. */
    record PagePdfs(Path path) implements ExportTarget {
        public PagePdfs {
            Objects.requireNonNull(path, "path");
        }
    }

    /** A PNG preview of every page at {@code dpi}, in a folder. */
    record PagePngs(Path path, int dpi) implements ExportTarget {
        public PagePngs {
            Objects.requireNonNull(path, "path");
        }
    }

    /** An edition package (zip of ninjs articles, photos and page PDFs) another Copydesk can import. */
    record EditionPackage(Path path) implements ExportTarget {
        public EditionPackage {
            Objects.requireNonNull(path, "path");
        }
    }
}
