package org.copydesk.desk;

import java.nio.file.Path;
import org.copydesk.model.Article;
import org.copydesk.store.EditionRepository;

/**
 * Reads one kind of story file into an unsaved article. Story import asks each registered reader
 * in turn; the first that {@linkplain #reads reads} a file gets it.
 */
public interface StoryReader {

    /** Whether this reader takes {@code file} (by its name; the content is checked when read). */
    boolean reads(Path file);

    /**
     * The story in {@code file}, as a new article of {@code editionId}. Throws
     * {@link org.copydesk.exchange.StoryImportException} naming the file and the problem.
     */
    Article read(Path file, String editionId);

    /**
     * The story with what came along with it, reading the paper's settings it needs (the Word style
     * table) from {@code repository}. Readers of files that hold only text need not override it.
     */
    default StoryReading readStory(Path file, String editionId, EditionRepository repository) {
        return StoryReading.of(read(file, editionId));
    }
}
