package org.copydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.InLanguage;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.render.pdf.ExportProgress;
import org.copydesk.render.pdf.PdfExporter;
import org.copydesk.render.pdf.PdfOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real failures of import and export (a hostile package, a story file in no known encoding or with
 * a bidi override, a photo cut short, a folder that cannot be made, a full device) speak Chinese
 * under {@code copydesk.locale=zh_CN}, still naming the file or entry, and English under {@code en}.
 */
class ExchangeMessagesLanguageTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @TempDir
    Path dir;

    @Test
    void aZipSlipEntryIsRefusedInTheUsersLanguage() throws IOException {
        Path hostile = dir.resolve("hostile.edition");
        writePackageWith(hostile, "photos/../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));

        String zh = messageIn("zh_CN", () -> new EditionPackageReader().read(hostile));
        assertChinese(zh, "hostile.edition", "photos/../../evil.sh");
        assertThat(zh).contains("指向包外");

        assertThat(messageIn("en", () -> new EditionPackageReader().read(hostile)))
                .isEqualTo("hostile.edition: entry 'photos/../../evil.sh': points outside the package (zip slip)");
    }

    @Test
    void aPhotoCutShortIsRefusedAtImportInTheUsersLanguage() {
        byte[] whole = ExportFixtures.jpeg(600, 400);
        byte[] cut = Arrays.copyOf(whole, 2_000);
        Path edition = dir.resolve("cut.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(withPhotoBytes(cut), edition, ExportProgress.NONE);

        String zh = messageIn("zh_CN", () -> new EditionPackageReader().read(edition));
        assertChinese(zh, "cut.edition", "photos/p001.jpg");
        assertThat(zh).contains("已损坏或不完整");

        assertThat(messageIn("en", () -> new EditionPackageReader().read(edition)))
                .startsWith("cut.edition: entry 'photos/p001.jpg': is damaged or incomplete, its pixels cannot all be decoded: ");
    }

    @Test
    void aStoryFileInNoKnownEncodingIsRefusedInTheUsersLanguage() throws IOException {
        byte[] text = "标题\n正文。\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(text, text.length + 1);
        bytes[text.length] = (byte) 0xFF; // no byte of UTF-8, GB18030 or Big5
        Path file = Files.write(dir.resolve("garbled.txt"), bytes);

        String zh = messageIn("zh_CN", () -> StoryFileImporter.read(file, "e1"));
        assertChinese(zh, "garbled.txt", "UTF-8");
        assertThat(zh).contains("请另存为 UTF-8 后重试");

        assertThat(messageIn("en", () -> StoryFileImporter.read(file, "e1")))
                .contains("garbled.txt: not readable as text: invalid bytes (UTF-8 at byte " + text.length)
                .endsWith("; save it as UTF-8 and try again");
    }

    @Test
    void aForbiddenCharacterInAStoryIsNamedInTheUsersLanguage() throws IOException {
        Path file = Files.writeString(dir.resolve("bidi.md"), "标题\n正\u202E文。\n", StandardCharsets.UTF_8);

        String zh = messageIn("zh_CN", () -> StoryFileImporter.read(file, "e1"));
        assertChinese(zh, "bidi.md", "第2行第2列：U+202E 双向文字控制符");

        assertThat(messageIn("en", () -> StoryFileImporter.read(file, "e1")))
                .endsWith("bidi.md line 2:2: U+202E bidirectional override character");
    }

    @Test
    void aStoryTooLongIsRefusedWithGroupedNumbersInBothLanguages() {
        byte[] bytes = ("标题\n" + "字".repeat(200_001)).getBytes(StandardCharsets.UTF_8);
        ThrowingSupplier<Object> read = () -> StoryFileImporter.read(bytes, "long.txt", "a1", "e1", Instant.EPOCH);

        assertChinese(messageIn("zh_CN", read), "long.txt", "稿件有 200,003 字");
        assertThat(messageIn("en", read)).contains("long.txt: the story has 200,003 characters");
    }

    @Test
    void exportingIntoAFolderThatCannotBeMadeSaysWhyInTheUsersLanguage() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "a file, where a folder should be");
        Path pages = plain.resolve("pages");
        PdfExporter exporter = new PdfExporter(ExportFixtures.composer());
        EditionContent content = ExportFixtures.edition();
        ThrowingSupplier<Object> export = () -> exporter.exportPages(content, pages, PdfOptions.archive(), ExportProgress.NONE);

        String zh = messageIn("zh_CN", export);
        assertChinese(zh, pages.toString(), "路径中有一段是文件而不是文件夹");
        assertThat(zh).contains("没有写入任何文件");

        String en = messageIn("en", export);
        assertThat(en).startsWith("cannot write the pages into " + pages + ": cannot create folder")
                .contains("part of the path is a file, not a folder").endsWith("; nothing was written");
        assertThat(Files.readString(plain)).startsWith("a file");
    }

    @Test
    void exportingAPdfBesideAFileNamesTheFileInTheUsersLanguage() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        Path target = plain.resolve("edition.pdf");
        PdfExporter exporter = new PdfExporter(ExportFixtures.composer());
        ThrowingSupplier<Object> export = () -> {
            exporter.exportEdition(ExportFixtures.edition(), target, PdfOptions.archive(), ExportProgress.NONE);
            return null;
        };

        assertChinese(messageIn("zh_CN", export), target.toString(), "是文件，不是文件夹");
        assertThat(messageIn("en", export)).isEqualTo("cannot write " + target + ": " + plain + " is a file, not a folder");
    }

    @Test
    void aPhotoDamagedInTheStoreStopsTheExportInTheUsersLanguage() {
        Photo good = ExportFixtures.edition().photos().get(0);
        byte[] changed = good.bytes().clone();
        changed[changed.length / 2] ^= 0x55;
        Photo damaged = new Photo(good.id(), good.editionId(), good.fileName(), good.mediaType(), changed, good.sha256(),
                good.widthPx(), good.heightPx(), good.caption());
        EditionContent fixture = ExportFixtures.edition();
        EditionContent content = new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), List.of(damaged));
        ThrowingSupplier<Object> export = () -> new PdfExporter(ExportFixtures.composer())
                .editionPdf(content, PdfOptions.archive(), ExportProgress.NONE);

        assertChinese(messageIn("zh_CN", export), "photo-bridge.jpg", "已损坏");
        assertThat(messageIn("en", export)).contains("photo photo-bridge.jpg (photo-bridge) is damaged")
                .endsWith("Nothing was exported");
    }

    /** The system's own "No space left on device", from writing to /dev/full, named in words with the system's text last. */
    @Test
    void aFullDiskIsNamedInWordsWithTheSystemsTextLast() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "no /dev/full on this system");
        IOException failure = null;
        try (OutputStream out = Files.newOutputStream(full)) {
            out.write(new byte[1 << 16]);
            out.flush();
        } catch (IOException e) {
            failure = e;
        }
        assertThat(failure).isNotNull();
        IOException diskFull = failure;

        assertThat(InLanguage.get("zh_CN", () -> FileErrorText.reason(diskFull))).startsWith("磁盘已满").endsWith("（" + diskFull.getMessage() + "）");
        assertThat(InLanguage.get("en", () -> FileErrorText.reason(diskFull))).startsWith("the disk is full")
                .endsWith("(" + diskFull.getMessage() + ")");
    }

    private static void assertChinese(String message, String... names) {
        assertThat(HAN.matcher(message).find()).as("Chinese: " + message).isTrue();
        assertThat(message).contains(names).doesNotContain("\n");
    }

    /** The message of what {@code failing} throws, with {@code copydesk.locale} set to {@code locale}. */
    private static String messageIn(String locale, ThrowingSupplier<?> failing) {
        return InLanguage.get(locale, () -> {
            try {
                failing.get();
            } catch (RuntimeException e) {
                return e.getMessage();
            } catch (Throwable e) {
                throw new AssertionError("expected an unchecked exception", e);
            }
            throw new AssertionError("nothing was refused");
        });
    }


    private static EditionContent withPhotoBytes(byte[] bytes) {
        EditionContent fixture = ExportFixtures.edition();
        Photo original = fixture.photos().get(0);
        Photo photo = new Photo(original.id(), original.editionId(), original.fileName(), original.mediaType(), bytes,
                ExportFixtures.sha256(bytes), original.widthPx(), original.heightPx(), original.caption());
        return new EditionContent(fixture.edition(), fixture.pages(), fixture.articles(), List.of(photo));
    }

    /** A good package with one more entry, as a hand-made zip would carry it. */
    private static void writePackageWith(Path target, String name, byte[] data) throws IOException {
        Path good = target.resolveSibling("good.edition");
        new EditionPackageWriter(ExportFixtures.composer()).write(ExportFixtures.edition(), good, ExportProgress.NONE);
        try (InputStream in = Files.newInputStream(good); ZipInputStream zip = new ZipInputStream(in);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                zip.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(data);
            out.closeEntry();
        }
    }
}
