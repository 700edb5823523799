package org.copydesk.exchange.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.copydesk.exchange.StoryImportException;
import org.copydesk.exchange.WordDocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and hostile Word files: each refused with a message naming the file, nothing read. */
class HostileWordFilesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @TempDir
    Path dir;

    private static byte[] goodDocx() throws IOException {
        return WordFixtures.document().para("标题").para("正文。").bytes();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private String refusal(Path file) {
        try {
            WordDocumentReader.read(file);
        } catch (StoryImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("read " + file + " without a complaint");
    }

    @Test
    void aCutShortZipIsDamaged() throws IOException {
        byte[] good = goodDocx();
        Path file = file("cut.docx", Arrays.copyOf(good, good.length / 2));

        assertThat(refusal(file)).startsWith(file.toString()).contains("damaged");
    }

    @Test
    void textNamedDocxIsNotAWordDocument() throws IOException {
        Path file = file("notes.docx", "这只是一段纯文本。".getBytes(StandardCharsets.UTF_8));

        assertThat(refusal(file)).startsWith(file.toString()).contains("not a Word document");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Path file = file("archive.docx", out.toByteArray());

        assertThat(refusal(file)).startsWith(file.toString());
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates() throws IOException {
        // 60 MB of spaces after the document's root element compress about a thousandfold.
        byte[] document = entry(goodDocx(), "word/document.xml");
        byte[] padded = new byte[document.length + 60 * 1024 * 1024];
        System.arraycopy(document, 0, padded, 0, document.length);
        Arrays.fill(padded, document.length, padded.length, (byte) ' ');
        Path file = file("bomb.docx", WordFixtures.withEntry(goodDocx(), "word/document.xml", padded));
        assertThat(Files.size(file)).isLessThan(1024 * 1024);

        assertThat(refusal(file)).startsWith(file.toString()).contains("inflates");
    }

    @Test
    void anExternalEntityIsNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容XYZ");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>标题&xxe;</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>正文。</w:t></w:r></w:p></w:body></w:document>";
        Path file = file("xxe.docx", WordFixtures.withEntry(goodDocx(), "word/document.xml",
                xml.getBytes(StandardCharsets.UTF_8)));

        String message = refusal(file);

        assertThat(message).startsWith(file.toString()).contains("DOCTYPE").doesNotContain("机密内容XYZ");
    }

    @Test
    void anEntityExpansionBombIsRefused() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"哈哈哈哈哈哈哈哈哈哈\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [" + entities + "]>"
                + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>";
        Path file = file("laughs.docx", WordFixtures.withEntry(goodDocx(), "word/document.xml",
                xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(refusal(file)).startsWith(file.toString()).contains("DOCTYPE");
    }

    @Test
    void aPasswordProtectedDocumentSaysSo() throws Exception {
        Path file = file("locked.docx", WordFixtures.encrypted(goodDocx(), "mima2026"));

        assertThat(refusal(file)).startsWith(file.toString()).contains("password");
    }

    @Test
    void anOle2FileThatIsNotWordIsRefused() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[100]), "Workbook");
            fs.writeFilesystem(out);
        }
        Path file = file("old.wps", out.toByteArray());

        assertThat(refusal(file)).startsWith(file.toString()).contains("not a Word document");
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.docx");
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(200L * 1024 * 1024); // sparse: nothing is written
        }

        assertThat(refusal(file)).startsWith(file.toString()).contains("200.0 MB").contains("at most 100 MB");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("gone.docx");
        assertThatThrownBy(() -> WordDocumentReader.read(file)).isInstanceOf(StoryImportException.class)
                .hasMessageContaining("gone.docx");
    }

    private static byte[] entry(byte[] docx, String name) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no " + name);
    }
}
