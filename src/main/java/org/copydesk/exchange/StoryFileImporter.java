package org.copydesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.copydesk.model.Article;
import org.copydesk.model.ForbiddenCharacters;

/**
 * Reads one story file (the format of {@link StoryTextFormat}) into a new {@link Article}.
 *
 * <p>Everything is checked before an article is returned: size, encoding (see {@link TextDecoder}),
 * forbidden characters ({@link ForbiddenCharacters}), the headline, and the story's length
 * ({@link Article#MAX_TEXT_CHARACTERS}). Every step is linear in the file's length, so a
 * pathological file (millions of blank lines, one 10 MB line) is read or refused in seconds. The
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
                throw new StoryImportException(String.format(Locale.ROOT,
                        "%s: file is %,d bytes (%.1f MB); story files may be at most 10 MB", name, size,
                        size / (1024.0 * 1024)));
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
        Article article = StoryTextFormat.parse(text, sourceName, articleId, editionId, when);
        checkLength(article, sourceName, bytes.length);
        return article;
    }

    /**
     * Refuses characters that have no place in a story (see {@link ForbiddenCharacters}), naming
     * line:column (columns count characters, so an emoji is one).
     */
    static void checkCharacters(String text, String sourceName) {
        ForbiddenCharacters.first(text).ifPresent(found -> {
            // In a file (not in a package or a paste) a NUL most often means a misread encoding.
            String hint = found.codePoint() == 0 ? " (a UTF-16 file without byte-order mark, or not a text file?)" : "";
            throw new StoryImportException(sourceName + " " + found.describe() + hint);
        });
    }

    /** Refuses a story longer than {@link Article#MAX_TEXT_CHARACTERS}, however it was laid out. */
    static void checkLength(Article article, String sourceName, long bytes) {
        int characters = article.textCharacters();
        if (characters > Article.MAX_TEXT_CHARACTERS) {
            throw new StoryImportException(String.format(Locale.ROOT,
                    "%s: the story has %,d characters (file of %,d bytes); a story may have at most %,d characters",
                    sourceName, characters, bytes, Article.MAX_TEXT_CHARACTERS));
        }
    }
}
