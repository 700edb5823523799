package org.copydesk.desk;

import java.util.Objects;
import org.copydesk.copyin.Script;
import org.copydesk.copyin.StoryCopyIn;
import org.copydesk.copyin.StoryCopyIn.StoryConversion;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.store.EditionRepository;

/**
 * The copy-in tools on a saved story: converting it to Simplified or Traditional (saved as a new
 * revision, with the list of ambiguous characters decided for the editor to review) and making its
 * punctuation Chinese. The window runs the same tools on the text in its editor, as an undoable edit.
 */
public final class CopyInOperations {
    private static final Words WORDS = Words.ofPackage(CopyInOperations.class);

    private final StoryOperations stories;
    private final StoryCopyIn copyIn = StoryCopyIn.standard();

    CopyInOperations(StoryOperations stories) {
        this.stories = Objects.requireNonNull(stories, "stories");
    }

    /** The tools themselves, for the window's editor. */
    public StoryCopyIn tools() {
        return copyIn;
    }

    /**
     * Converts the story into {@code to} and saves it as a new revision (restorable like any other).
     * Refused when there is nothing to convert; {@code save} false only shows what would change.
     */
    public StoryConversion convert(EditionRepository repository, String articleId, Script to, boolean save) {
        Article story = stories.find(repository, articleId);
        StoryConversion conversion = copyIn.convert(story, to);
        if (conversion.article().equals(story)) {
            throw new OperationRefusedException(WORDS.format("convert.nothing", Described.story(story),
                    StoryImport.scriptWord(to)));
        }
        return save ? new StoryConversion(repository.saveArticle(conversion.article()), conversion.decisions())
                : conversion;
    }
}
