package org.copydesk.render.pdf;

/** What the PDF is for: the press, or the archive. */
public enum PdfProfile {
    /** PDF/X-4 style: fonts embedded, output intent, trim and bleed boxes; photos to CMYK when a press profile is given. */
    PRINT,
    /** PDF/A-2b: XMP metadata with PDF/A identification and an sRGB output intent. */
    ARCHIVE
}
