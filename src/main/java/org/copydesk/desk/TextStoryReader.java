package org.copydesk.desk;

import java.nio.file.Path;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.model.Article;

/**
 * Story text files (docs/story-format.md): plain text or Markdown with front matter, in UTF-8,
 * GB18030/GBK or Big5. The default format, so it takes any file and is registered last; a file
 * that is not story text is refused when read, with the reason.
 */
final class TextStoryReader implements StoryReader {

    @Override
    public boolean reads(Path file) {
        return true;
    }

    @Override
    public Article read(Path file, String editionId) {
        return StoryFileImporter.read(file, editionId);
    }
}
