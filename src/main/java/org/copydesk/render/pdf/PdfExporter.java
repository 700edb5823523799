package org.copydesk.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports an edition to PDF: one file for the whole edition, one per page, and PNG previews. Pages
 * are composed by the same {@link PageComposer} the preview uses and drawn exactly as laid out.
 * Every file is written under a temporary name and moved into place, so a failed or cancelled
 * export leaves nothing behind. Cancellation is checked between pages.
 */
public final class PdfExporter {
    private static final Words WORDS = Words.ofPackage(PdfExporter.class);
    private static final Logger LOG = LoggerFactory.getLogger(PdfExporter.class);
    /** The preview resolutions {@link #exportPreviews} accepts, in dpi. */
    public static final int MIN_PREVIEW_DPI = 10;
    public static final int MAX_PREVIEW_DPI = 600;
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private final PageComposer composer;

    public PdfExporter(PageComposer composer) {
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    /** Writes the whole edition, page after page, to one PDF at {@code target}. */
    public void exportEdition(EditionContent content, Path target, PdfOptions options, ExportProgress progress) {
        byte[] pdf = editionPdf(content, options, progress);
        writeFile(target, out -> out.write(pdf));
    }

    /**
     * Writes one PDF per page into {@code folder} (named by {@link #pageFileName(int)}); returns the
     * files. All or nothing: the pages are moved into place only when every one was written.
     */
    public List<Path> exportPages(EditionContent content, Path folder, PdfOptions options, ExportProgress progress) {
        List<byte[]> pdfs = pagePdfs(content, options, progress);
        try (AtomicFileSet files = AtomicFileSet.in(folder)) {
            for (int i = 0; i < pdfs.size(); i++) {
                byte[] pdf = pdfs.get(i);
                write(files, folder, pageFileName(content.pages().get(i).number()), out -> out.write(pdf));
            }
            return files.commit();
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.pagesNotWritten", folder, FileErrorText.reason(e)), e);
        }
    }

    /** The whole edition as PDF bytes. */
    public byte[] editionPdf(EditionContent content, PdfOptions options, ExportProgress progress) {
        List<PageLayout> layouts = composeAll(content, progress);
        String title = editionTitle(content.edition(), layouts);
        try (FontSource fonts = new FontSource()) {
            return render(content, layouts, title, options, progress, fonts);
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.fontsNotReleased", e.getMessage()), e);
        }
    }

    /** One composed page as PDF bytes. */
    public byte[] pagePdf(EditionContent content, PageLayout layout, PdfOptions options) {
        try (FontSource fonts = new FontSource()) {
            return render(content, List.of(layout), pageTitle(content.edition(), layout.pageNumber()), options,
                    ExportProgress.NONE, fonts);
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.fontsNotReleased", e.getMessage()), e);
        }
    }

    /** One PDF per page, in page order; the font files are parsed once for all of them. */
    public List<byte[]> pagePdfs(EditionContent content, PdfOptions options, ExportProgress progress) {
        List<PageLayout> layouts = composeAll(content, progress);
        List<byte[]> pdfs = new ArrayList<>();
        try (FontSource fonts = new FontSource()) {
            for (PageLayout layout : layouts) {
                progress.checkCancelled();
                pdfs.add(render(content, List.of(layout), pageTitle(content.edition(), layout.pageNumber()), options,
                        ExportProgress.NONE, fonts));
                progress.pageDone(pdfs.size(), layouts.size());
            }
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.fontsNotReleased", e.getMessage()), e);
        }
        return List.copyOf(pdfs);
    }

    /** Writes a PNG preview of every page at {@code dpi} into {@code folder}; returns the files. */
    public List<Path> exportPreviews(EditionContent content, Path folder, int dpi, ExportProgress progress) {
        if (dpi < MIN_PREVIEW_DPI || dpi > MAX_PREVIEW_DPI) {
            throw new IllegalArgumentException(WORDS.format("options.previewDpi", dpi, MIN_PREVIEW_DPI, MAX_PREVIEW_DPI));
        }
        List<PageLayout> layouts = composeAll(content, progress);
        // Photos are embedded at twice the preview's resolution at most: a 14000-pixel photo is decoded keeping every
        // n-th pixel instead of whole, once here and again when the page is drawn.
        PdfOptions screen = new PdfOptions(PdfProfile.ARCHIVE, 0, false, 2 * dpi, java.util.Optional.empty(), java.util.Optional.empty());
        byte[] pdf;
        try (FontSource fonts = new FontSource()) {
            pdf = render(content, layouts, editionTitle(content.edition(), layouts), screen, ExportProgress.NONE, fonts);
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.fontsNotReleased", e.getMessage()), e);
        }
        try (PDDocument document = Loader.loadPDF(pdf); AtomicFileSet files = AtomicFileSet.in(folder)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < layouts.size(); i++) {
                progress.checkCancelled();
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                String name = String.format(Locale.ROOT, "page-%02d.png", layouts.get(i).pageNumber());
                write(files, folder, name, out -> ImageIO.write(image, "png", out));
                progress.pageDone(i + 1, layouts.size());
            }
            return files.commit();
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.previewsNotWritten", folder, FileErrorText.reason(e)), e);
        }
    }

    /** Writes one file of a set; the message names the file that failed. */
    private static void write(AtomicFileSet files, Path folder, String name, AtomicFile.Content content) throws IOException {
        try {
            files.write(name, content);
        } catch (IOException e) {
            throw new IOException(WORDS.format("export.fileFailed", name, FileErrorText.reason(e)), e);
        }
    }

    public static String pageFileName(int pageNumber) {
        return String.format(Locale.ROOT, "page-%02d.pdf", pageNumber);
    }

    /** Title of one page's PDF: paper, date, 第N版. */
    public static String pageTitle(Edition edition, int pageNumber) {
        return edition.name() + " " + TITLE_DATE.format(edition.publicationDate()) + " 第" + pageNumber + "版";
    }

    static String editionTitle(Edition edition, List<PageLayout> layouts) {
        String base = edition.name() + " " + TITLE_DATE.format(edition.publicationDate());
        if (layouts.size() == 1) {
            return base + " 第" + layouts.get(0).pageNumber() + "版";
        }
        if (layouts.isEmpty()) {
            return base;
        }
        return base + " 第" + layouts.get(0).pageNumber() + "—" + layouts.get(layouts.size() - 1).pageNumber() + "版";
    }

    private List<PageLayout> composeAll(EditionContent content, ExportProgress progress) {
        List<PageLayout> layouts = new ArrayList<>();
        for (var page : content.pages()) {
            progress.checkCancelled();
            layouts.add(composer.compose(content, page.number()));
        }
        return layouts;
    }

    private byte[] render(EditionContent content, List<PageLayout> layouts, String title, PdfOptions options,
                          ExportProgress progress, FontSource fontSource) {
        long start = System.nanoTime();
        CmykConverter cmyk = options.convertsToCmyk()
                ? CmykConverter.load(options.pressProfile().orElseThrow()) : CmykConverter.none();
        try (PDDocument document = new PDDocument(); PdfAdArtwork ads = new PdfAdArtwork(document)) {
            PdfFonts fonts = new PdfFonts(document, fontSource);
            // In the file header itself: PDDocument.setVersion would put it in the catalog behind a %PDF-1.4 header.
            document.getDocument().setVersion(options.profile() == PdfProfile.PRINT ? 1.6f : 1.7f);
            PdfPageRenderer renderer = new PdfPageRenderer(document, fonts, new PdfImages(document, options, cmyk), options, ads);
            int done = 0;
            for (PageLayout layout : layouts) {
                progress.checkCancelled();
                try {
                    renderer.render(layout, content);
                } catch (IOException e) {
                    throw new ExportException(WORDS.format("export.pageFailed", layout.pageNumber(), e.getMessage()), e);
                }
                progress.pageDone(++done, layouts.size());
            }
            Instant created = options.creationTime().orElseGet(Instant::now);
            PdfMetadata.apply(document, title, content.edition().name(), created, options, cmyk);
            // The first save makes PDFBox subset the fonts; then the text maps can be corrected.
            document.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
            fonts.replaceToUnicodeMaps();
            // The first save left the writer's object count at its last number: the second would number every
            // object after it and leave 1..n unused. Counting from 0 again gives the file the numbers 1..n.
            document.getDocument().setHighestXRefObjectNumber(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            // A classic xref table, not PDFBox's object and xref streams: its xref stream leaves itself out of its
            // own /Index, so /Size is one more than qpdf --check accepts (exit 3, "succeeded with warnings").
            // Content streams, fonts and images stay compressed; the sample edition grows by 0.24% (6 KB of 2.5 MB).
            document.save(out, CompressParameters.NO_COMPRESSION);
            LOG.debug("rendered '{}' ({} pages, {} bytes) in {} ms", title, layouts.size(), out.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.pdfFailed", title, FileErrorText.reason(e)), e);
        }
    }

    private static void writeFile(Path target, AtomicFile.Content content) {
        try {
            AtomicFile.write(target, content);
        } catch (IOException e) {
            throw new ExportException(WORDS.format("export.fileNotWritten", target, FileErrorText.reason(e)), e);
        }
    }
}
