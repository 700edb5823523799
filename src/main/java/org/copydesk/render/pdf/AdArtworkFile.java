package org.copydesk.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.copydesk.i18n.Words;
import org.copydesk.model.AdArtwork;

/**
 * Reads an advertiser's PDF for an ad slot, refusing what the export could not place: a file that is
 * missing, too big, not a PDF PDFBox can open (encrypted files included), or a PDF without a page.
 * The file is kept as delivered; the export places its first page.
 */
public final class AdArtworkFile {
    private static final Words WORDS = Words.ofPackage(AdArtworkFile.class);

    /** Larger than any ad a newspaper page carries, small enough to keep in the database. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private AdArtworkFile() {
    }

    /** A file that cannot be an ad's artwork; the message names the file and the reason. */
    public static final class UnusableException extends RuntimeException {
        UnusableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static AdArtwork read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnusableException(WORDS.format("artwork.tooBig", file.toString(), size / (1024 * 1024),
                        MAX_BYTES / (1024 * 1024)), null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnusableException(WORDS.format("artwork.unreadable", file.toString(), String.valueOf(e.getMessage())), e);
        }
        return checked(new AdArtwork(name, bytes), file.toString());
    }

    /** {@code artwork} when PDFBox opens it and it has a page; refused naming {@code shownAs} otherwise. */
    public static AdArtwork checked(AdArtwork artwork, String shownAs) {
        try (PDDocument document = Loader.loadPDF(artwork.pdf())) {
            if (document.getNumberOfPages() < 1) {
                throw new UnusableException(WORDS.format("artwork.noPage", shownAs), null);
            }
            return artwork;
        } catch (IOException e) {
            throw new UnusableException(WORDS.format("artwork.notPdf", shownAs, String.valueOf(e.getMessage())), e);
        }
    }
}
