package org.copydesk.ui;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.copydesk.model.Edition;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.render.pdf.PdfProfile;

/** What File > Export PDF… was asked for: the profile and the file to write. */
record ExportChoice(PdfProfile profile, Path target) {
    ExportChoice {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(target, "target");
    }

    PdfOptions options() {
        return profile == PdfProfile.PRINT ? PdfOptions.print() : PdfOptions.archive();
    }

    /** Print files go to the press; archive files sit beside them, so their names differ. */
    static String suggestedFileName(Edition edition, PdfProfile profile) {
        String base = edition.name() + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(edition.publicationDate());
        return profile == PdfProfile.PRINT ? base + ".pdf" : base + "-archive.pdf";
    }
}
