package org.copydesk.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Opens a Word document safely and reads it into {@link WordContent}. The kind is decided by the
 * content, not the name (a WPS ".wps", a ".doc" that is really a .docx): a zip is Office Open XML,
 * an OLE2 container is Word 97–2003 or, holding an {@code EncryptionInfo} stream, a password-
 * protected document. Everything that can go wrong names the file and says what to do; nothing is
 * returned half read.
 *
 * <p>Hostile files: the size is checked before reading; POI's zip guard refuses entries inflating
 * more than {@value #MIN_INFLATE_RATIO_DIVISOR} times or beyond {@link #MAX_ENTRY_BYTES} (zip bombs);
 * POI parses the XML with DOCTYPE declarations disallowed, so entity bombs and external entities
 * (XXE) fail to parse and are refused here.
 */
public final class WordDocumentReader {
    private static final Words WORDS = Words.ofPackage(WordDocumentReader.class);

    /** A story with a dozen full-resolution photos fits; a video renamed .docx does not. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    /** No part of a story document inflates beyond this (the photos are within {@link #MAX_BYTES}). */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final int MIN_INFLATE_RATIO_DIVISOR = 100;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    static {
        // Process-wide POI settings: Copydesk reads Office files only here.
        ZipSecureFile.setMinInflateRatio(1.0 / MIN_INFLATE_RATIO_DIVISOR);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private WordDocumentReader() {
    }

    /** Whether the name says Word or WPS: .docx, .docm, .doc, .wps (and their templates). */
    public static boolean isWordName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".docm") || name.endsWith(".dotx") || name.endsWith(".doc")
                || name.endsWith(".dot") || name.endsWith(".wps") || name.endsWith(".wpt");
    }

    /** Reads {@code file}; throws {@link StoryImportException} naming it and the problem. */
    public static WordContent read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new StoryImportException(WORDS.format("story.noSuchFile", name));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new StoryImportException(WORDS.format("word.tooLarge", name, size / (1024.0 * 1024),
                        MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoryImportException(WORDS.format("story.unreadable", name, FileErrorText.reason(e)), e);
        }
        return read(bytes, name);
    }

    /** Reads a document's bytes; {@code sourceName} names it in messages. */
    public static WordContent read(byte[] bytes, String sourceName) {
        if (bytes.length == 0) {
            throw new StoryImportException(WORDS.format("story.empty", sourceName));
        }
        if (startsWith(bytes, ZIP)) {
            return readOpenXml(bytes, sourceName);
        }
        if (startsWith(bytes, OLE2)) {
            return readOle2(bytes, sourceName);
        }
        throw new StoryImportException(WORDS.format("word.notWord", sourceName));
    }

    private static WordContent readOpenXml(byte[] bytes, String sourceName) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return DocxReader.read(document);
        } catch (IOException | RuntimeException e) {
            throw new StoryImportException(WORDS.format(openXmlProblem(e), sourceName, detail(e)), e);
        }
    }

    /** Which message fits: the causes POI gives are nested and worded by several libraries. */
    private static String openXmlProblem(Throwable e) {
        String all = chain(e).toLowerCase(Locale.ROOT);
        if (all.contains("zip bomb") || all.contains("max entry size") || all.contains("inflate ratio")
                || all.contains("maxtextsize") || all.contains("max text size")) {
            return "word.bomb";
        }
        if (all.contains("doctype") || all.contains("entity") || all.contains("dtd")) {
            return "word.doctype";
        }
        if (all.contains("no valid entries") || all.contains("zip") || all.contains("end of central directory")
                || all.contains("notofficexml") || all.contains("[content_types].xml")) {
            return "word.badZip";
        }
        return "word.damaged";
    }

    private static WordContent readOle2(byte[] bytes, String sourceName) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new StoryImportException(WORDS.format("word.encrypted", sourceName));
            }
            if (!root.hasEntry("WordDocument")) {
                throw new StoryImportException(WORDS.format("word.otherOle2", sourceName));
            }
            try (HWPFDocument document = new HWPFDocument(fs)) {
                return DocReader.read(document);
            }
        } catch (EncryptedDocumentException e) {
            throw new StoryImportException(WORDS.format("word.encrypted", sourceName), e);
        } catch (StoryImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new StoryImportException(WORDS.format("word.damaged", sourceName, detail(e)), e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static String chain(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** The innermost cause's message, one line and short: it says what the parser met. */
    private static String detail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
