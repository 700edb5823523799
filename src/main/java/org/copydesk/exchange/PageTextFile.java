package org.copydesk.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Reads a file of page text for the splitter as story files are read ({@link StoryFileImporter}):
 * at most 10 MB, UTF-8, GB18030 or Big5 by {@link TextDecoder}, and refused with line:column when it
 * holds a character no story may hold. Pasted text is held to the same characters.
 */
public final class PageTextFile {
    private static final Words WORDS = Words.ofPackage(PageTextFile.class);

    private PageTextFile() {
    }

    /** The text of {@code file}, decoded and checked; throws {@link StoryImportException} naming the file. */
    public static String read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new StoryImportException(WORDS.format("story.noSuchFile", name));
            }
            long size = Files.size(file);
            if (size > StoryFileImporter.MAX_BYTES) {
                throw new StoryImportException(WORDS.format("story.tooLarge", name, size, size / (1024.0 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoryImportException(WORDS.format("story.unreadable", name, FileErrorText.reason(e)), e);
        }
        if (bytes.length == 0) {
            throw new StoryImportException(WORDS.format("story.empty", name));
        }
        return checked(TextDecoder.decode(bytes, name).text(), name);
    }

    /** {@code text} if it has words and no forbidden character; else a {@link StoryImportException}. */
    public static String checked(String text, String sourceName) {
        if (text.isBlank()) {
            throw new StoryImportException(WORDS.format("story.blank", sourceName));
        }
        StoryFileImporter.checkCharacters(text, sourceName);
        return text;
    }
}
