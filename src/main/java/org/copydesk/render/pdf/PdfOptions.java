package org.copydesk.render.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.copydesk.i18n.Words;

/**
 * How to export.
 *
 * @param profile            print or archive
 * @param bleedMm            bleed around the trim box; the media box grows by this on each side
 * @param cropMarks          draw crop marks outside the bleed (the media box grows to hold them)
 * @param downsampleAbovePpi resample photos whose effective resolution at placed size exceeds this; 0 keeps every original
 * @param pressProfile       an ICC output profile of the press (CMYK); print profile only: photos are converted to it
 * @param creationTime       the creation date written into the metadata; empty means now. Fixed times
 *                           make the output reproducible byte for byte (edition packages use this).
 */
public record PdfOptions(PdfProfile profile, double bleedMm, boolean cropMarks, int downsampleAbovePpi,
                         Optional<Path> pressProfile, Optional<Instant> creationTime) {

    private static final Words WORDS = Words.ofPackage(PdfOptions.class);

    public PdfOptions {
        Objects.requireNonNull(profile, "profile");
        pressProfile = pressProfile == null ? Optional.empty() : pressProfile;
        creationTime = creationTime == null ? Optional.empty() : creationTime;
        // The command line's --bleed and --downsample reach these checks: the user's values, in the user's words.
        if (bleedMm < 0 || bleedMm > 20) {
            throw new IllegalArgumentException(WORDS.format("options.bleed", bleedMm));
        }
        if (downsampleAbovePpi < 0) {
            throw new IllegalArgumentException(WORDS.format("options.downsample", downsampleAbovePpi));
        }
    }

    /** For the press: 3 mm bleed, crop marks, originals kept. */
    public static PdfOptions print() {
        return new PdfOptions(PdfProfile.PRINT, 3, true, 0, Optional.empty(), Optional.empty());
    }

    /** For the archive: PDF/A-2b, no bleed, no marks, photos above 300 ppi resampled. */
    public static PdfOptions archive() {
        return new PdfOptions(PdfProfile.ARCHIVE, 0, false, 300, Optional.empty(), Optional.empty());
    }

    public PdfOptions withCropMarks(boolean marks) {
        return new PdfOptions(profile, bleedMm, marks, downsampleAbovePpi, pressProfile, creationTime);
    }

    public PdfOptions withBleedMm(double bleed) {
        return new PdfOptions(profile, bleed, cropMarks, downsampleAbovePpi, pressProfile, creationTime);
    }

    public PdfOptions withDownsampleAbovePpi(int ppi) {
        return new PdfOptions(profile, bleedMm, cropMarks, ppi, pressProfile, creationTime);
    }

    public PdfOptions withPressProfile(Path iccProfile) {
        return new PdfOptions(profile, bleedMm, cropMarks, downsampleAbovePpi, Optional.of(iccProfile), creationTime);
    }

    public PdfOptions withCreationTime(Instant when) {
        return new PdfOptions(profile, bleedMm, cropMarks, downsampleAbovePpi, pressProfile, Optional.of(when));
    }

    /** Photos are converted to the press's CMYK only for print with a press profile. */
    public boolean convertsToCmyk() {
        return profile == PdfProfile.PRINT && pressProfile.isPresent();
    }
}
