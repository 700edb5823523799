package org.copydesk.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.copydesk.exchange.PageTextFile;
import org.copydesk.exchange.PageTextSplitter;
import org.copydesk.exchange.ProposedCaption;
import org.copydesk.exchange.ProposedLine;
import org.copydesk.exchange.ProposedStory;
import org.copydesk.exchange.SplitArticles;
import org.copydesk.exchange.SplitLabel;
import org.copydesk.exchange.SplitProposal;
import org.copydesk.exchange.StoryImportException;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.store.ArticleLimits;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;

/**
 * Splitting a text that holds many stories (a wire file, a whole page's text) into stories: the
 * proposal is read from a file or pasted text, shown (the CLI prints it, the window lets the editor
 * correct it), and saved as new unplaced drafts, all or nothing, in one transaction.
 */
public final class PageSplit {
    private static final Words WORDS = Words.ofPackage(PageSplit.class);

    private final Clock clock;

    public PageSplit() {
        this(Clock.systemUTC());
    }

    PageSplit(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What a save stored, and what it could not: the captions (a caption is kept on its photo, and
     * page text has none) and the jump lines (the composer sets them).
     */
    public record Saved(List<Article> articles, List<ProposedCaption> captions, List<ProposedLine> jumpLines) {
        public Saved {
            articles = List.copyOf(articles);
            captions = List.copyOf(captions);
            jumpLines = List.copyOf(jumpLines);
        }
    }

    /**
     * The proposal for {@code file}, read as story files are (encoding detected, forbidden characters
     * refused with line:column). Throws {@link StoryImportException} naming the file.
     */
    public SplitProposal readFile(Path file) {
        return PageTextSplitter.split(PageTextFile.read(file), file.toString());
    }

    /** The proposal for text pasted in the window; {@code sourceName} names it in messages. */
    public SplitProposal readText(String text, String sourceName) {
        return PageTextSplitter.split(PageTextFile.checked(text, sourceName), sourceName);
    }

    /**
     * Saves every story of {@code proposal} as a new draft of {@code editionId}, all in one
     * transaction. Every story is checked first (a headline, some text, the store's limits): one bad
     * story saves none, and {@link SplitRefusedException} lists each.
     */
    public Saved save(EditionRepository repository, String editionId, SplitProposal proposal) {
        Objects.requireNonNull(repository, "repository");
        Instant now = clock.instant();
        List<Article> articles = new ArrayList<>();
        List<ProposedCaption> captions = new ArrayList<>();
        List<ProposedLine> jumpLines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<ProposedStory> stories = proposal.stories();
        for (ProposedStory story : stories) {
            try {
                Article article = SplitArticles.toArticle(story, proposal.sourceName(), UUID.randomUUID().toString(),
                        editionId, now);
                ArticleLimits.problem(article).ifPresentOrElse(
                        problem -> problems.add(WORDS.format("split.storyProblem", proposal.sourceName(),
                                story.firstLine(), problem)),
                        () -> articles.add(article));
                captions.addAll(story.captions());
                jumpLines.addAll(story.lines().stream().filter(l -> l.label() == SplitLabel.JUMP).toList());
            } catch (StoryImportException e) {
                problems.add(e.getMessage());
            }
        }
        if (stories.isEmpty()) {
            problems.add(WORDS.format("split.noStories", proposal.sourceName()));
        }
        if (!problems.isEmpty()) {
            throw new SplitRefusedException(problems, stories.size());
        }
        try {
            return new Saved(repository.saveArticles(articles), captions, jumpLines);
        } catch (StoreException e) {
            throw new StoreException(WORDS.format("import.notSaved", e.getMessage()), e);
        }
    }
}
