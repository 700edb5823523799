package org.copydesk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.copydesk.model.Article;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * Reads an edition package and returns the edition it holds, after checking everything: the zip's
 * entry names and kinds, sizes and compression ratios, that the entries are exactly those the
 * manifest lists with matching SHA-256, the format version, every JSON field used, photo headers,
 * and that placements point at content in the package. Writes nothing; any problem is a
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
        Map<String, byte[]> data = readEntries(packageFile, entries);

        byte[] manifestBytes = data.get(EditionPackageFormat.MANIFEST);
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

    /** Reads every file entry, never more bytes than its header declared (headers can lie). */
    private Map<String, byte[]> readEntries(Path packageFile, List<ZipDirectory.Entry> entries) throws IOException {
        Map<String, byte[]> data = new LinkedHashMap<>();
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
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, e.size() + 1));
                    if (bytes.length != e.size()) {
                        throw PackageException.entry(e.name(), "holds " + (bytes.length > e.size() ? "more" : "fewer")
                                + " bytes than its header says (" + e.size() + ")");
                    }
                    data.put(e.name(), bytes);
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
    private static void checkChecksums(JsonNode manifest, JsonFields m, Map<String, byte[]> data) {
        JsonNode sums = m.object(manifest, "sha256");
        Set<String> listed = new TreeSet<>();
        for (Iterator<String> names = sums.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            listed.add(name);
            byte[] bytes = data.get(name);
            if (bytes == null) {
                throw PackageException.entry(name, "is listed in the manifest but missing from the package");
            }
            String expected = m.text(sums, name);
            if (!EditionPackageFormat.sha256(bytes).equalsIgnoreCase(expected)) {
                throw PackageException.entry(name, "SHA-256 does not match the manifest: the file was changed or damaged");
            }
        }
        for (String name : data.keySet()) {
            if (!name.equals(EditionPackageFormat.MANIFEST) && !listed.contains(name)) {
                throw PackageException.entry(name, "is not listed in the manifest");
            }
        }
    }

    private EditionContent content(JsonNode manifest, JsonFields m, Map<String, byte[]> data) {
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
            Article article = ninjs.read(parse(file, data.get(file)), file, edition.id());
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
            if (!new String(data.get(pdf), 0, Math.min(5, data.get(pdf).length), java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
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

    private Photo photo(JsonNode p, JsonFields m, ManifestCodec codec, String editionId, Map<String, byte[]> data) {
        String file = listedFile(m, p, EditionPackageFormat.PHOTOS, data);
        String mediaType = m.text(p, "mediaType");
        if (!file.endsWith(EditionPackageFormat.extension(mediaType))) {
            throw PackageException.entry(file, "name does not match its media type " + mediaType);
        }
        byte[] bytes = data.get(file);
        int width = m.integer(p, "widthPx", 1, 100_000);
        int height = m.integer(p, "heightPx", 1, 100_000);
        checkImageHeader(file, bytes, mediaType, width, height);
        Caption caption = codec.caption(m.object(p, "caption"), m.within("caption of " + file));
        return new Photo(m.text(p, "id"), editionId, m.text(p, "fileName"), mediaType, bytes,
                EditionPackageFormat.sha256(bytes), width, height, caption);
    }

    /** Reads only the header: format, and dimensions that match the manifest and stay within limits. */
    private void checkImageHeader(String file, byte[] bytes, String mediaType, int width, int height) {
        if ((long) width * height > limits.maxImagePixels()) {
            throw PackageException.entry(file, width + "x" + height + " pixels is more than the " + limits.maxImagePixels() + " accepted");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
            if (!readers.hasNext()) {
                throw PackageException.entry(file, "no reader for " + mediaType);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int actualWidth = reader.getWidth(0);
                int actualHeight = reader.getHeight(0);
                if (actualWidth != width || actualHeight != height) {
                    throw PackageException.entry(file, "is " + actualWidth + "x" + actualHeight + " pixels, the manifest says " + width + "x" + height);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PackageException pe) {
                throw pe;
            }
            throw PackageException.entry(file, "is not a readable " + mediaType + " image: " + e.getMessage());
        }
    }

    private static String listedFile(JsonFields m, JsonNode item, String folder, Map<String, byte[]> data) {
        return listedFile(m, item, folder, data, "file");
    }

    private static String listedFile(JsonFields m, JsonNode item, String folder, Map<String, byte[]> data, String field) {
        String file = m.text(item, field);
        if (!file.startsWith(folder)) {
            throw m.problem("'" + file + "' must lie in " + folder);
        }
        if (!data.containsKey(file)) {
            throw PackageException.entry(file, "is named in the manifest but missing from the package");
        }
        return file;
    }
}
