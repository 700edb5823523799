package org.copydesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.model.Article;

/**
 * Reads one story file (the format of {@link StoryTextFormat}) into a new {@link Article}.
 *
 * <p>Everything is checked before an article exists: size, encoding (see {@link TextDecoder}),
 * control and bidi-override characters, stray replacement characters, and the headline. The
 * caller writes nothing unless every file it was given reads cleanly.
 */
public final class StoryFileImporter {

    /** Story files are text; anything larger is a mistake (a video, an archive) or an attack. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private StoryFileImporter() {
    }

    /** Reads {@code file} as a new draft (unless its front matter gives a status) of {@code editionId}. */
    public static Article read(Path file, String editionId) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new StoryImportException(name + ": no such file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new StoryImportException(name + ": file is " + size / (1024 * 1024)
                        + " MB; story files may be at most 10 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoryImportException(name + ": cannot read: " + e.getMessage(), e);
        }
        return read(bytes, name, UUID.randomUUID().toString(), editionId, Instant.now());
    }

    /**
     * Reads story bytes from any source (a file, a class-path resource) with a given id and time,
     * so callers such as the sample edition get stable values.
     */
    public static Article read(byte[] bytes, String sourceName, String articleId, String editionId, Instant when) {
        if (bytes.length > MAX_BYTES) {
            throw new StoryImportException(sourceName + ": file is larger than 10 MB");
        }
        if (bytes.length == 0) {
            throw new StoryImportException(sourceName + ": file is empty");
        }
        String text = TextDecoder.decode(bytes, sourceName).text();
        if (text.isBlank()) {
            throw new StoryImportException(sourceName + ": file holds only blank space");
        }
        checkCharacters(text, sourceName);
        return StoryTextFormat.parse(text, sourceName, articleId, editionId, when);
    }

    /**
     * Refuses characters that have no place in a story and could hide or reorder text: C0/C1
     * controls other than tab and line ends, bidi overrides and isolates, lone surrogates and
     * U+FFFD left behind by an earlier lossy conversion. Reports line:column (columns count
     * characters, so an emoji is one).
     */
    static void checkCharacters(String text, String sourceName) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String problem = problemWith(cp);
            if (problem != null) {
                throw new StoryImportException(String.format("%s line %d:%d: U+%04X %s", sourceName, line, column,
                        cp, problem));
            }
            if (cp == '\n' || cp == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                line++;
                column = 1;
            } else if (cp != '\r') {
                column++;
            }
        }
    }

    private static String problemWith(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return null;
        }
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F) {
            return cp == 0 ? "NUL character (a UTF-16 file without byte-order mark, or not a text file?)"
                    : "control character";
        }
        if (cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            return "bidirectional override character";
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return "unpaired surrogate";
        }
        if (cp == 0xFFFD) {
            return "replacement character (the text was damaged by an earlier conversion)";
        }
        return null;
    }
}
