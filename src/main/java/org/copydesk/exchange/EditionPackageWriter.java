package org.copydesk.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.render.pdf.AtomicFile;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.copydesk.typeset.PageComposer;

/**
 * Writes an edition package: {@code manifest.json}, one ninjs article per story, the photos with
 * their captions in their metadata, and a PDF/A page per page. The output depends only on the
 * edition (sorted entries, fixed zip times, PDF dates taken from the content), so exporting an
 * imported edition gives the same manifest again. Written atomically; refused when a photo's bytes
 * no longer match their stored digest.
 */
public final class EditionPackageWriter {
    private static final Words WORDS = Words.ofPackage(EditionPackageWriter.class);
    /** Zip entry times are fixed so equal content gives equal bytes. */
    private static final long ENTRY_TIME = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();

    private final PageComposer composer;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public EditionPackageWriter(PageComposer composer) {
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    public void write(EditionContent content, Path target, ExportProgress progress) {
        write(content, List.of(), target, progress);
    }

    /**
     * Writes the package with the editors' notes on its stories, each on its article's ninjs as
     * metadata ({@code edNote} and a description of Copydesk's type), never in a body.
     */
    public void write(EditionContent content, List<org.copydesk.model.EditorNote> notes, Path target,
                      ExportProgress progress) {
        refuseDamagedPhotos(content);
        Map<String, byte[]> files = new LinkedHashMap<>();
        ManifestCodec codec = new ManifestCodec(json);
        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", EditionPackageFormat.FORMAT);
        manifest.put("formatVersion", EditionPackageFormat.VERSION);
        ObjectNode edition = manifest.putObject("edition");
        edition.put("id", content.edition().id());
        edition.put("name", content.edition().name());
        edition.put("date", content.edition().publicationDate().toString());
        edition.put("issueNumber", content.edition().issueNumber());

        List<Photo> photos = content.photos().stream().sorted(Comparator.comparing(Photo::id)).toList();
        Map<String, String> photoFiles = new LinkedHashMap<>();
        ArrayNode photoList = manifest.putArray("photos");
        int photoIndex = 1;
        for (Photo photo : photos) {
            String file = String.format(Locale.ROOT, "%sp%03d%s", EditionPackageFormat.PHOTOS, photoIndex++,
                    EditionPackageFormat.extension(photo.mediaType()));
            photoFiles.put(photo.id(), file);
            files.put(file, PhotoMetadataWriter.write(photo.bytes(), photo.mediaType(), photo.caption(), photo.details(),
                    photo.fileName()));
            ObjectNode p = photoList.addObject();
            p.put("id", photo.id());
            p.put("file", file);
            p.put("fileName", photo.fileName());
            p.put("mediaType", photo.mediaType());
            p.put("widthPx", photo.widthPx());
            p.put("heightPx", photo.heightPx());
            p.set("caption", codec.caption(photo.caption()));
            // Written only when they say something, so a package of upright, detail-less photos is as before.
            if (photo.orientation() != Photo.UPRIGHT) {
                p.put("orientation", photo.orientation());
            }
            if (!photo.details().saysNothing()) {
                p.set("details", codec.details(photo.details()));
            }
        }

        NinjsArticle ninjs = new NinjsArticle(json);
        ArrayNode articleList = manifest.putArray("articles");
        int articleIndex = 1;
        for (Article article : content.articles().stream().sorted(Comparator.comparing(Article::id)).toList()) {
            String file = String.format(Locale.ROOT, "%sa%03d.json", EditionPackageFormat.ARTICLES, articleIndex++);
            List<Photo> illustrating = photosOf(content, article.id(), photos);
            List<org.copydesk.model.EditorNote> notesOf = notes.stream().filter(n -> n.articleId().equals(article.id()))
                    .sorted(Comparator.comparing(org.copydesk.model.EditorNote::created)
                            .thenComparing(org.copydesk.model.EditorNote::id)).toList();
            files.put(file, bytes(ninjs.write(article, illustrating, photoFiles, notesOf)));
            articleList.addObject().put("id", article.id()).put("file", file);
        }

        PdfExporter pdf = new PdfExporter(composer);
        PdfOptions pageOptions = PdfOptions.archive().withCreationTime(contentTime(content));
        ArrayNode pageList = manifest.putArray("pages");
        int adIndex = 1;
        List<byte[]> pagePdfs = pdf.pagePdfs(content, pageOptions, progress);
        for (int i = 0; i < content.pages().size(); i++) {
            Page page = content.pages().get(i);
            String file = EditionPackageFormat.PAGES + PdfExporter.pageFileName(page.number());
            files.put(file, pagePdfs.get(i));
            ObjectNode p = pageList.addObject();
            p.put("id", page.id());
            p.put("number", page.number());
            p.put("section", page.section());
            p.set("spec", codec.spec(page.spec()));
            ArrayNode placements = p.putArray("placements");
            for (Placement placement : page.placements()) {
                ObjectNode entry = codec.placement(placement);
                if (placement instanceof AdPlacement ad && ad.artwork().isPresent()) {
                    // The advertiser's PDF travels as delivered, so the receiving desk prints the same ad.
                    String artwork = String.format(Locale.ROOT, "%sad%03d.pdf", EditionPackageFormat.ADS, adIndex++);
                    files.put(artwork, ad.artwork().get().pdf());
                    entry.put("artwork", artwork);
                    entry.put("artworkFileName", ad.artwork().get().fileName());
                }
                placements.add(entry);
            }
            p.put("pdf", file);
        }

        ObjectNode checksums = manifest.putObject("sha256");
        new TreeMap<>(files).forEach((name, data) -> checksums.put(name, EditionPackageFormat.sha256(data)));
        byte[] manifestBytes = bytes(manifest);
        progress.checkCancelled();
        try {
            AtomicFile.write(target, out -> {
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                put(zip, EditionPackageFormat.MANIFEST, manifestBytes);
                for (var file : files.entrySet()) {
                    put(zip, file.getKey(), file.getValue());
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw new PackageException(WORDS.format("package.notWritten", target, FileErrorText.reason(e)), e);
        }
    }

    /**
     * The package's checksums vouch for the photos to the desk that receives them; bytes that no
     * longer match the digest stored with them must not be hashed afresh and passed on as good.
     */
    private static void refuseDamagedPhotos(EditionContent content) {
        for (Photo photo : content.photos()) {
            if (!photo.bytesMatchDigest()) {
                throw new PackageException(WORDS.format("package.damagedPhoto", photo.fileName(), photo.id()));
            }
        }
    }

    /** Photos placed with this article on any page, in the order they appear. */
    private static List<Photo> photosOf(EditionContent content, String articleId, List<Photo> photos) {
        List<String> ids = content.pages().stream().flatMap(p -> p.placements().stream())
                .filter(PhotoPlacement.class::isInstance).map(PhotoPlacement.class::cast)
                .filter(p -> p.articleId().equals(articleId)).map(PhotoPlacement::photoId).distinct().toList();
        return ids.stream().flatMap(id -> photos.stream().filter(p -> p.id().equals(id))).toList();
    }

    /** The time the content was last changed: the page PDFs' creation date, reproducible after import. */
    static Instant contentTime(EditionContent content) {
        return content.articles().stream().map(Article::updated).max(Comparator.naturalOrder())
                .orElse(content.edition().publicationDate().atStartOfDay().toInstant(ZoneOffset.ofHours(8)));
    }

    private byte[] bytes(ObjectNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new PackageException(WORDS.format("package.jsonNotWritten", e.getMessage()), e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
