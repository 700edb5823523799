package org.copydesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;
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
    private static final Words WORDS = Words.ofPackage(StoryFileImporter.class);

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
                throw new StoryImportException(WORDS.format("story.noSuchFile", name));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new StoryImportException(WORDS.format("story.tooLarge", name, size, size / (1024.0 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoryImportException(WORDS.format("story.unreadable", name, FileErrorText.reason(e)), e);
        }
        return read(bytes, name, UUID.randomUUID().toString(), editionId, Instant.now());
    }

    /**
     * Reads story bytes from any source (a file, a class-path resource) with a given id and time,
     * so callers such as the sample edition get stable values.
     */
    public static Article read(byte[] bytes, String sourceName, String articleId, String editionId, Instant when) {
        if (bytes.length > MAX_BYTES) {
            throw new StoryImportException(WORDS.format("story.largerThanLimit", sourceName));
        }
        if (bytes.length == 0) {
            throw new StoryImportException(WORDS.format("story.empty", sourceName));
        }
        String text = TextDecoder.decode(bytes, sourceName).text();
        if (text.isBlank()) {
            throw new StoryImportException(WORDS.format("story.blank", sourceName));
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
            // In a file (not in a package or a paste) a NUL most often means a misread encoding: say so.
            String where = ForbiddenCharacterText.describe(found);
            throw new StoryImportException(found.codePoint() == 0 ? WORDS.format("story.forbiddenNul", sourceName, where)
                    : WORDS.format("story.forbidden", sourceName, where));
        });
    }

    /** Refuses a story longer than {@link Article#MAX_TEXT_CHARACTERS}, however it was laid out. */
    static void checkLength(Article article, String sourceName, long bytes) {
        int characters = article.textCharacters();
        if (characters > Article.MAX_TEXT_CHARACTERS) {
            throw new StoryImportException(
                    WORDS.format("story.tooLong", sourceName, characters, bytes, Article.MAX_TEXT_CHARACTERS));
        }
    }
}
