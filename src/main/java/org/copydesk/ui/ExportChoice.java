package org.copydesk.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.copydesk.desk.ExportTarget;
import org.copydesk.model.Edition;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.render.pdf.PdfProfile;

/**
 * What an export from the File menu was asked for: the profile and what to write (one PDF, page
 * PDFs, PNG previews or an edition package).
 */
record ExportChoice(PdfProfile profile, ExportTarget target) {
    ExportChoice {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(target, "target");
    }

    /** The whole edition as one PDF at {@code file}. */
    ExportChoice(PdfProfile profile, Path file) {
        this(profile, new ExportTarget.EditionPdf(file));
    }

    PdfOptions options() {
        return profile == PdfProfile.PRINT ? PdfOptions.print() : PdfOptions.archive();
    }

    /** Print files go to the press; archive files sit beside them, so their names differ. */
    static String suggestedFileName(Edition edition, PdfProfile profile) {
        String base = baseName(edition);
        return profile == PdfProfile.PRINT ? base + ".pdf" : base + "-archive.pdf";
    }

    /** The paper's name and date, as every file of one edition is named. */
    static String baseName(Edition edition) {
        return edition.name() + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(edition.publicationDate());
    }
}
