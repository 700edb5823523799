package org.copydesk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoDetails;
import org.copydesk.model.AdArtwork;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.render.pdf.AdArtworkFile;
import org.copydesk.render.pdf.PhotoDecoder;

/**
 * Reads an edition package and returns the edition it holds, after checking everything: the zip's
 * entry names and kinds, sizes and compression ratios, that the entries are exactly those the
 * manifest lists with matching SHA-256, the format version, every JSON field used, every photo
 * decoded whole (in bounded memory), and that placements point at content in the package. What
 * would not fit in memory is refused before it is read. Writes nothing; any problem is a
 * {@link PackageException} naming the entry.
 */
public final class EditionPackageReader {
    private static final Words WORDS = Words.ofPackage(EditionPackageReader.class);
    private final PackageLimits limits;
    private final ObjectMapper json;

    public EditionPackageReader() {
        this(PackageLimits.defaults());
    }

    public EditionPackageReader(PackageLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    public EditionContent read(Path packageFile) {
        return readWithNotes(packageFile).content();
    }

    /** An edition package's edition and the editors' notes its articles carry. */
    public record Contents(EditionContent content, List<org.copydesk.model.EditorNote> notes) {
        public Contents {
            notes = List.copyOf(notes);
        }
    }

    /** Reads the package as {@link #read} does, with the notes on its stories. */
    public Contents readWithNotes(Path packageFile) {
        try {
            return readChecked(packageFile);
        } catch (PackageException e) {
            throw new PackageException(WORDS.format("package.refused", packageFile.getFileName(), e.getMessage()), e);
        } catch (IOException e) {
            throw new PackageException(WORDS.format("package.unreadable", packageFile.getFileName(), FileErrorText.reason(e)), e);
        }
    }

    private Contents readChecked(Path packageFile) throws IOException {
        if (Files.isSymbolicLink(packageFile) || !Files.isRegularFile(packageFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new PackageException(WORDS.format("package.notAFile"));
        }
        List<ZipDirectory.Entry> entries = ZipDirectory.read(packageFile, limits.maxEntries());
        checkEntries(entries);
        checkHeldBytes(entries);
        PackageEntries data = readEntries(packageFile, entries);

        byte[] manifestBytes = data.bytes(EditionPackageFormat.MANIFEST);
        if (manifestBytes == null) {
            throw new PackageException(WORDS.format("package.noManifest", EditionPackageFormat.MANIFEST));
        }
        JsonNode manifest = parse(EditionPackageFormat.MANIFEST, manifestBytes);
        JsonFields m = new JsonFields(EditionPackageFormat.MANIFEST);
        checkFormat(manifest, m);
        checkChecksums(manifest, m, data);
        return content(manifest, m, data);
    }

    private void checkEntries(List<ZipDirectory.Entry> entries) {
        Set<String> names = new HashSet<>();
        Set<String> folded = new HashSet<>();
        for (ZipDirectory.Entry e : entries) {
            EntryNames.check(e.name());
            if (e.symlink()) {
                throw PackageException.entry(e.name(), WORDS.format("entry.symlink"));
            }
            if (e.encrypted()) {
                throw PackageException.entry(e.name(), WORDS.format("entry.encrypted"));
            }
            if (!names.add(e.name())) {
                throw PackageException.entry(e.name(), WORDS.format("entry.twice"));
            }
            if (!folded.add(e.name().toLowerCase(Locale.ROOT))) {
                throw PackageException.entry(e.name(), WORDS.format("entry.caseTwin"));
            }
            if (e.size() > limits.maxEntryBytes()) {
                throw PackageException.entry(e.name(), WORDS.format("entry.tooLarge", e.size(), limits.maxEntryBytes()));
            }
            if (e.size() > 1024 && e.size() > (long) limits.maxRatio() * Math.max(1, e.compressedSize())) {
                throw PackageException.entry(e.name(), WORDS.format("entry.zipBomb", e.size() / Math.max(1, e.compressedSize()),
                        limits.maxRatio()));
            }
        }
        long total = entries.stream().mapToLong(ZipDirectory.Entry::size).sum();
        if (total > limits.maxTotalBytes()) {
            throw new PackageException(WORDS.format("package.tooLarge", total, limits.maxTotalBytes()));
        }
    }

    /**
     * What becomes the edition is held in memory; refuse, before reading, a package whose photos and
     * stories would not fit, rather than run out of memory half-way.
     */
    private void checkHeldBytes(List<ZipDirectory.Entry> entries) {
        long held = entries.stream().filter(e -> !e.isDirectory() && PackageEntries.isHeld(e.name()))
                .mapToLong(ZipDirectory.Entry::size).sum();
        if (held > limits.maxHeldBytes()) {
            throw new PackageException(WORDS.format("package.tooMuchMemory", megabytes(held), megabytes(limits.maxHeldBytes()),
                    megabytes(Runtime.getRuntime().maxMemory())));
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /**
     * Reads every file entry once, never more bytes than its header declared (headers can lie),
     * keeping only what becomes the edition (see {@link PackageEntries}).
     */
    private PackageEntries readEntries(Path packageFile, List<ZipDirectory.Entry> entries) throws IOException {
        PackageEntries data = new PackageEntries();
        try (ZipFile zip = new ZipFile(packageFile.toFile())) {
            for (ZipDirectory.Entry e : entries) {
                if (e.isDirectory()) {
                    continue;
                }
                var entry = zip.getEntry(e.name());
                if (entry == null) {
                    throw PackageException.entry(e.name(), WORDS.format("entry.notInZip"));
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    data.read(e.name(), e.size(), in);
                } catch (ZipException ex) {
                    throw PackageException.entry(e.name(), WORDS.format("entry.damaged", ex.getMessage()));
                }
            }
        } catch (ZipException e) {
            throw new PackageException(WORDS.format("package.notAZip", e.getMessage()), e);
        }
        return data;
    }

    private JsonNode parse(String entry, byte[] bytes) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw PackageException.entry(entry, WORDS.format("entry.notAnObject"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw PackageException.entry(entry, WORDS.format("entry.notJson", e.getOriginalMessage()));
        } catch (IOException e) {
            throw PackageException.entry(entry, WORDS.format("entry.unreadable", e.getMessage()));
        }
    }

    private static void checkFormat(JsonNode manifest, JsonFields m) {
        if (!EditionPackageFormat.FORMAT.equals(manifest.path("format").asText())) {
            throw m.problem(WORDS.format("manifest.format", EditionPackageFormat.FORMAT));
        }
        int version = m.integer(manifest, "formatVersion", 1, Integer.MAX_VALUE);
        if (version > EditionPackageFormat.VERSION) {
            throw m.problem(WORDS.format("manifest.newerVersion", version, EditionPackageFormat.VERSION));
        }
    }

    /** The zip must hold exactly the manifest plus the files it lists, each with its checksum. */
    private static void checkChecksums(JsonNode manifest, JsonFields m, PackageEntries data) {
        JsonNode sums = m.object(manifest, "sha256");
        Set<String> listed = new TreeSet<>();
        for (Iterator<String> names = sums.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            listed.add(name);
            if (!data.contains(name)) {
                throw PackageException.entry(name, WORDS.format("entry.listedButMissing"));
            }
            String expected = m.text(sums, name);
            if (!data.sha256(name).equalsIgnoreCase(expected)) {
                throw PackageException.entry(name, WORDS.format("entry.checksum"));
            }
        }
        for (String name : data.names()) {
            if (!name.equals(EditionPackageFormat.MANIFEST) && !listed.contains(name)) {
                throw PackageException.entry(name, WORDS.format("entry.notListed"));
            }
        }
    }

    private Contents content(JsonNode manifest, JsonFields m, PackageEntries data) {
        JsonNode e = m.object(manifest, "edition");
        JsonFields em = m.within(WORDS.format("part.edition"));
        Edition edition = new Edition(em.text(e, "id"), em.text(e, "name"), em.date(e, "date"),
                em.integer(e, "issueNumber", 0, Integer.MAX_VALUE));
        ManifestCodec codec = new ManifestCodec(json);

        List<Photo> photos = new ArrayList<>();
        Map<String, Photo> photosById = new HashMap<>();
        for (JsonNode p : m.array(manifest, "photos")) {
            Photo photo = photo(p, m, codec, edition.id(), data);
            if (photosById.put(photo.id(), photo) != null) {
                throw m.problem(WORDS.format("manifest.photoTwice", photo.id()));
            }
            photos.add(photo);
        }

        NinjsArticle ninjs = new NinjsArticle(json);
        NinjsNotes ninjsNotes = new NinjsNotes(json);
        List<org.copydesk.model.EditorNote> notes = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Set<String> articleIds = new HashSet<>();
        for (JsonNode a : m.array(manifest, "articles")) {
            String file = listedFile(m, a, EditionPackageFormat.ARTICLES, data);
            JsonNode articleJson = parse(file, data.bytes(file));
            Article article = ninjs.read(articleJson, file, edition.id());
            notes.addAll(ninjsNotes.read(articleJson, new JsonFields(file), article.id()));
            if (!article.id().equals(m.text(a, "id"))) {
                throw PackageException.entry(file, WORDS.format("entry.otherArticle", article.id(), a.get("id")));
            }
            if (!articleIds.add(article.id())) {
                throw m.problem(WORDS.format("manifest.articleTwice", article.id()));
            }
            articles.add(article);
        }

        List<Page> pages = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode p : m.array(manifest, "pages")) {
            int number = m.integer(p, "number", 1, 999);
            if (!numbers.add(number)) {
                throw m.problem(WORDS.format("manifest.pageTwice", number));
            }
            String pdf = listedFile(m, p, EditionPackageFormat.PAGES, data, "pdf");
            byte[] head = data.head(pdf);
            if (!new String(head, 0, Math.min(5, head.length), java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw PackageException.entry(pdf, WORDS.format("entry.notPdf"));
            }
            List<Placement> placements = withArtwork(codec.placements(m.array(p, "placements"), m),
                    m.array(p, "placements"), m, data);
            for (Placement placement : placements) {
                // A 导读 box names stories, but a line whose story is missing is preflight's warning, not a broken package.
                boolean known = placement instanceof AdPlacement || placement instanceof BannerPlacement
                        || placement instanceof IndexBoxPlacement
                        || (placement instanceof StoryPlacement ? articleIds.contains(placement.contentId())
                        : photosById.containsKey(placement.contentId()));
                if (!known) {
                    throw m.problem(WORDS.format("manifest.placesUnknown", number, placement.contentId()));
                }
                if (placement instanceof PhotoPlacement photo && !photo.articleId().isEmpty() && !articleIds.contains(photo.articleId())) {
                    throw m.problem(WORDS.format("manifest.photoOfUnknownArticle", number, photo.articleId()));
                }
            }
            String section = m.within(WORDS.format("part.page", number)).optionalText(p, "section");
            pages.add(new Page(m.text(p, "id"), edition.id(), number, section,
                    codec.spec(m.object(p, "spec"), m), placements));
        }
        return new Contents(new EditionContent(edition, pages, articles, photos), notes);
    }

    /**
     * The ad placements of {@code placements} given the artwork their manifest entries name: an entry
     * of the ads folder, which must be a PDF with a page. A slot without an "artwork" field has none.
     */
    private static List<Placement> withArtwork(List<Placement> placements, JsonNode entries, JsonFields m,
                                               PackageEntries data) {
        List<Placement> result = new ArrayList<>(placements.size());
        for (int i = 0; i < placements.size(); i++) {
            JsonNode entry = entries.get(i);
            if (placements.get(i) instanceof AdPlacement ad && entry.hasNonNull("artwork")) {
                String file = listedFile(m, entry, EditionPackageFormat.ADS, data, "artwork");
                String fileName = entry.hasNonNull("artworkFileName") ? m.text(entry, "artworkFileName") : file;
                try {
                    AdArtwork artwork = AdArtworkFile.checked(new AdArtwork(fileName, data.bytes(file)), file);
                    result.add(ad.withArtwork(Optional.of(artwork)));
                } catch (AdArtworkFile.UnusableException e) {
                    throw PackageException.entry(file, e.getMessage());
                }
            } else {
                result.add(placements.get(i));
            }
        }
        return result;
    }

    private Photo photo(JsonNode p, JsonFields m, ManifestCodec codec, String editionId, PackageEntries data) {
        String file = listedFile(m, p, EditionPackageFormat.PHOTOS, data);
        String mediaType = m.text(p, "mediaType");
        if (!file.endsWith(EditionPackageFormat.extension(mediaType))) {
            throw PackageException.entry(file, WORDS.format("entry.wrongExtension", mediaType));
        }
        byte[] bytes = data.bytes(file);
        int width = m.integer(p, "widthPx", 1, 100_000);
        int height = m.integer(p, "heightPx", 1, 100_000);
        int orientation = p.has("orientation") ? m.integer(p, "orientation", 1, 8) : Photo.UPRIGHT;
        // The manifest gives the size as shown; the file's header, the size as stored.
        boolean sideways = orientation >= 5;
        checkImage(file, bytes, mediaType, sideways ? height : width, sideways ? width : height);
        Caption caption = codec.caption(m.object(p, "caption"), m.within(WORDS.format("part.caption", file)));
        PhotoDetails details = p.has("details")
                ? codec.details(m.object(p, "details"), m.within(WORDS.format("part.caption", file))) : PhotoDetails.NONE;
        return new Photo(m.text(p, "id"), editionId, m.text(p, "fileName"), mediaType, bytes,
                data.sha256(file), width, height, caption, orientation, details);
    }

    /**
     * Checks the header first (format, dimensions that match the manifest, pixels and decoded bytes
     * within limits), then decodes every row in bounded memory ({@link PhotoDecoder#verify}), so a
     * truncated file or a header claiming more pixels than the data holds is refused here, not
     * printed as a grey block or a broken PDF later.
     */
    private void checkImage(String file, byte[] bytes, String mediaType, int width, int height) {
        if ((long) width * height > limits.maxImagePixels()) {
            throw PackageException.entry(file, WORDS.format("entry.tooManyPixels", width, height, limits.maxImagePixels()));
        }
        PhotoDecoder.Header header;
        try {
            header = PhotoDecoder.header(bytes, mediaType);
        } catch (IOException e) {
            throw PackageException.entry(file, WORDS.format("entry.notAnImage", mediaType, e.getMessage()));
        }
        if (header.widthPx() != width || header.heightPx() != height) {
            throw PackageException.entry(file,
                    WORDS.format("entry.wrongSize", header.widthPx(), header.heightPx(), width, height));
        }
        if (header.rasterBytes() > limits.maxImageBytes()) {
            throw PackageException.entry(file, WORDS.format("entry.tooLargeDecoded", megabytes(header.rasterBytes()),
                    width, height, header.bytesPerPixel(), megabytes(limits.maxImageBytes())));
        }
        try {
            PhotoDecoder.verify(bytes, mediaType);
        } catch (IOException e) {
            throw PackageException.entry(file, WORDS.format("entry.photoIncomplete", e.getMessage()));
        }
    }

    private static String listedFile(JsonFields m, JsonNode item, String folder, PackageEntries data) {
        return listedFile(m, item, folder, data, "file");
    }

    private static String listedFile(JsonFields m, JsonNode item, String folder, PackageEntries data, String field) {
        String file = m.text(item, field);
        if (!file.startsWith(folder)) {
            throw m.problem(WORDS.format("manifest.outsideFolder", file, folder));
        }
        if (!data.contains(file)) {
            throw PackageException.entry(file, WORDS.format("entry.namedButMissing"));
        }
        return file;
    }
}
