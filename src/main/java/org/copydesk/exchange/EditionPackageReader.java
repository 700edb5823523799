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
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.copydesk.model.Article;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
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
        try {
            return readChecked(packageFile);
        } catch (PackageException e) {
            throw new PackageException(packageFile.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PackageException(packageFile.getFileName() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private EditionContent readChecked(Path packageFile) throws IOException {
        if (Files.isSymbolicLink(packageFile) || !Files.isRegularFile(packageFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new PackageException("is not a regular file");
        }
        List<ZipDirectory.Entry> entries = ZipDirectory.read(packageFile, limits.maxEntries());
        checkEntries(entries);
        checkHeldBytes(entries);
        PackageEntries data = readEntries(packageFile, entries);

        byte[] manifestBytes = data.bytes(EditionPackageFormat.MANIFEST);
        if (manifestBytes == null) {
            throw new PackageException("has no " + EditionPackageFormat.MANIFEST + ": not an edition package");
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
                throw PackageException.entry(e.name(), "is a symbolic link");
            }
            if (e.encrypted()) {
                throw PackageException.entry(e.name(), "is encrypted");
            }
            if (!names.add(e.name())) {
                throw PackageException.entry(e.name(), "appears twice in the zip");
            }
            if (!folded.add(e.name().toLowerCase(Locale.ROOT))) {
                throw PackageException.entry(e.name(), "differs from another entry only in letter case");
            }
            if (e.size() > limits.maxEntryBytes()) {
                throw PackageException.entry(e.name(), "is " + e.size() + " bytes uncompressed; at most " + limits.maxEntryBytes() + " are accepted");
            }
            if (e.size() > 1024 && e.size() > (long) limits.maxRatio() * Math.max(1, e.compressedSize())) {
                throw PackageException.entry(e.name(), "expands " + e.size() / Math.max(1, e.compressedSize())
                        + " times (a zip bomb?); at most " + limits.maxRatio() + " is accepted");
            }
        }
        long total = entries.stream().mapToLong(ZipDirectory.Entry::size).sum();
        if (total > limits.maxTotalBytes()) {
            throw new PackageException("holds " + total + " bytes uncompressed; at most " + limits.maxTotalBytes() + " are accepted");
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
            throw new PackageException("its photos and stories take " + megabytes(held) + " MB in memory; this Copydesk"
                    + " accepts at most " + megabytes(limits.maxHeldBytes()) + " MB (a quarter of its " + megabytes(
                    Runtime.getRuntime().maxMemory()) + " MB of memory; start it with a larger -Xmx to import this package)");
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
                    throw PackageException.entry(e.name(), "cannot be found in the zip");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    data.read(e.name(), e.size(), in);
                } catch (ZipException ex) {
                    throw PackageException.entry(e.name(), "is damaged: " + ex.getMessage());
                }
            }
        } catch (ZipException e) {
            throw new PackageException("is not a readable zip: " + e.getMessage(), e);
        }
        return data;
    }

    private JsonNode parse(String entry, byte[] bytes) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw PackageException.entry(entry, "must hold a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw PackageException.entry(entry, "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw PackageException.entry(entry, "cannot be read: " + e.getMessage());
        }
    }

    private static void checkFormat(JsonNode manifest, JsonFields m) {
        if (!EditionPackageFormat.FORMAT.equals(manifest.path("format").asText())) {
            throw m.problem("'format' must be " + EditionPackageFormat.FORMAT);
        }
        int version = m.integer(manifest, "formatVersion", 1, Integer.MAX_VALUE);
        if (version > EditionPackageFormat.VERSION) {
            throw m.problem("format version " + version + " was written by a newer Copydesk; this version reads up to "
                    + EditionPackageFormat.VERSION + ". Update Copydesk to import it");
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
                throw PackageException.entry(name, "is listed in the manifest but missing from the package");
            }
            String expected = m.text(sums, name);
            if (!data.sha256(name).equalsIgnoreCase(expected)) {
                throw PackageException.entry(name, "SHA-256 does not match the manifest: the file was changed or damaged");
            }
        }
        for (String name : data.names()) {
            if (!name.equals(EditionPackageFormat.MANIFEST) && !listed.contains(name)) {
                throw PackageException.entry(name, "is not listed in the manifest");
            }
        }
    }

    private EditionContent content(JsonNode manifest, JsonFields m, PackageEntries data) {
        JsonNode e = m.object(manifest, "edition");
        JsonFields em = m.within("edition");
        Edition edition = new Edition(em.text(e, "id"), em.text(e, "name"), em.date(e, "date"),
                em.integer(e, "issueNumber", 0, Integer.MAX_VALUE));
        ManifestCodec codec = new ManifestCodec(json);

        List<Photo> photos = new ArrayList<>();
        Map<String, Photo> photosById = new HashMap<>();
        for (JsonNode p : m.array(manifest, "photos")) {
            Photo photo = photo(p, m, codec, edition.id(), data);
            if (photosById.put(photo.id(), photo) != null) {
                throw m.problem("photo " + photo.id() + " is listed twice");
            }
            photos.add(photo);
        }

        NinjsArticle ninjs = new NinjsArticle(json);
        List<Article> articles = new ArrayList<>();
        Set<String> articleIds = new HashSet<>();
        for (JsonNode a : m.array(manifest, "articles")) {
            String file = listedFile(m, a, EditionPackageFormat.ARTICLES, data);
            Article article = ninjs.read(parse(file, data.bytes(file)), file, edition.id());
            if (!article.id().equals(m.text(a, "id"))) {
                throw PackageException.entry(file, "holds article " + article.id() + " but the manifest says " + a.get("id"));
            }
            if (!articleIds.add(article.id())) {
                throw m.problem("article " + article.id() + " is listed twice");
            }
            articles.add(article);
        }

        List<Page> pages = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (JsonNode p : m.array(manifest, "pages")) {
            int number = m.integer(p, "number", 1, 999);
            if (!numbers.add(number)) {
                throw m.problem("page " + number + " is listed twice");
            }
            String pdf = listedFile(m, p, EditionPackageFormat.PAGES, data, "pdf");
            byte[] head = data.head(pdf);
            if (!new String(head, 0, Math.min(5, head.length), java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
                throw PackageException.entry(pdf, "is not a PDF file");
            }
            List<Placement> placements = codec.placements(m.array(p, "placements"), m);
            for (Placement placement : placements) {
                boolean known = placement instanceof StoryPlacement ? articleIds.contains(placement.contentId())
                        : photosById.containsKey(placement.contentId());
                if (!known) {
                    throw m.problem("page " + number + " places " + placement.contentId() + ", which is not in the package");
                }
                if (placement instanceof PhotoPlacement photo && !photo.articleId().isEmpty() && !articleIds.contains(photo.articleId())) {
                    throw m.problem("page " + number + " ties a photo to article " + photo.articleId() + ", which is not in the package");
                }
            }
            pages.add(new Page(m.text(p, "id"), edition.id(), number, m.within("page " + number).optionalText(p, "section"),
                    codec.spec(m.object(p, "spec"), m), placements));
        }
        return new EditionContent(edition, pages, articles, photos);
    }

    private Photo photo(JsonNode p, JsonFields m, ManifestCodec codec, String editionId, PackageEntries data) {
        String file = listedFile(m, p, EditionPackageFormat.PHOTOS, data);
        String mediaType = m.text(p, "mediaType");
        if (!file.endsWith(EditionPackageFormat.extension(mediaType))) {
            throw PackageException.entry(file, "name does not match its media type " + mediaType);
        }
        byte[] bytes = data.bytes(file);
        int width = m.integer(p, "widthPx", 1, 100_000);
        int height = m.integer(p, "heightPx", 1, 100_000);
        checkImage(file, bytes, mediaType, width, height);
        Caption caption = codec.caption(m.object(p, "caption"), m.within("caption of " + file));
        return new Photo(m.text(p, "id"), editionId, m.text(p, "fileName"), mediaType, bytes,
                data.sha256(file), width, height, caption);
    }

    /**
     * Checks the header first (format, dimensions that match the manifest, pixels and decoded bytes
     * within limits), then decodes every row in bounded memory ({@link PhotoDecoder#verify}), so a
     * truncated file or a header claiming more pixels than the data holds is refused here, not
     * printed as a grey block or a broken PDF later.
     */
    private void checkImage(String file, byte[] bytes, String mediaType, int width, int height) {
        if ((long) width * height > limits.maxImagePixels()) {
            throw PackageException.entry(file, width + "x" + height + " pixels is more than the " + limits.maxImagePixels() + " accepted");
        }
        PhotoDecoder.Header header;
        try {
            header = PhotoDecoder.header(bytes, mediaType);
        } catch (IOException e) {
            throw PackageException.entry(file, "is not a readable " + mediaType + " image: " + e.getMessage());
        }
        if (header.widthPx() != width || header.heightPx() != height) {
            throw PackageException.entry(file, "is " + header.widthPx() + "x" + header.heightPx() + " pixels, the manifest says " + width + "x" + height);
        }
        if (header.rasterBytes() > limits.maxImageBytes()) {
            throw PackageException.entry(file, "would take " + megabytes(header.rasterBytes()) + " MB decoded (" + width + "x" + height
                    + " pixels of " + header.bytesPerPixel() + " bytes); at most " + megabytes(limits.maxImageBytes()) + " MB are accepted");
        }
        try {
            PhotoDecoder.verify(bytes, mediaType);
        } catch (IOException e) {
            throw PackageException.entry(file, "is damaged or incomplete, its pixels cannot all be decoded: " + e.getMessage());
        }
    }

    private static String listedFile(JsonFields m, JsonNode item, String folder, PackageEntries data) {
        return listedFile(m, item, folder, data, "file");
    }

    private static String listedFile(JsonFields m, JsonNode item, String folder, PackageEntries data, String field) {
        String file = m.text(item, field);
        if (!file.startsWith(folder)) {
            throw m.problem("'" + file + "' must lie in " + folder);
        }
        if (!data.contains(file)) {
            throw PackageException.entry(file, "is named in the manifest but missing from the package");
        }
        return file;
    }
}
