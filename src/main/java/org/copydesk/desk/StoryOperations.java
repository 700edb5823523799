package org.copydesk.desk;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.store.EditionRepository;

/**
 * A story as a whole: spiking it (撤稿: off the pages, kept and restorable, never deleted), restoring
 * it, moving it to another edition and duplicating it. Each is one repository call, so one transaction;
 * stage changes (spike, restore, status) go through {@link Stages} and its rules.
 */
public final class StoryOperations {
    private static final Words WORDS = Words.ofPackage(StoryOperations.class);

    private final EditionLoading loading;
    private final Stages stages;

    StoryOperations(EditionLoading loading) {
        this.loading = Objects.requireNonNull(loading, "loading");
        this.stages = new Stages(loading);
    }

    /** The story with id {@code articleId}; refused when there is none. */
    public Article find(EditionRepository repository, String articleId) {
        return repository.article(articleId).orElseThrow(() ->
                new OperationRefusedException(WORDS.format("story.unknown", articleId)));
    }

    /**
     * Spikes the story: its frames come off the pages and its status becomes spiked, as a new
     * revision. It stays in its edition, listed apart from the live stories, until {@link #restore}.
     */
    public Article spike(EditionRepository repository, String articleId) {
        Article story = find(repository, articleId);
        if (story.status() == ArticleStatus.SPIKED) {
            throw new OperationRefusedException(WORDS.format("story.alreadySpiked", Described.story(story)));
        }
        return stages.moveStory(repository, story.id(), ArticleStatus.SPIKED);
    }

    /**
     * Brings a spiked story back with the status it had before it was spiked (a draft when it never
     * had another), unplaced: the desk places it again.
     */
    public Article restore(EditionRepository repository, String articleId) {
        Article story = find(repository, articleId);
        if (story.status() != ArticleStatus.SPIKED) {
            throw new OperationRefusedException(WORDS.format("story.notSpiked", Described.story(story)));
        }
        return stages.restore(repository, articleId);
    }

    /**
     * Moves the story along the desk (草稿 → 待编 → 编辑中 → 待审 → 已签发, or 撤稿) through
     * {@link Stages#moveStory}, under the paper's stage rules; a story already there is left as it is.
     */
    public Article setStatus(EditionRepository repository, String articleId, ArticleStatus status) {
        Article story = find(repository, articleId);
        return story.status() == status ? story : stages.moveStory(repository, articleId, status);
    }

    /**
     * Sets the story's 转版标题, printed over its continuation on another page; empty lets the
     * composer shorten the headline. One line of at most {@link #MAX_JUMP_HEADLINE} characters.
     */
    public Article setJumpHeadline(EditionRepository repository, String articleId, String jumpHeadline) {
        Article story = find(repository, articleId);
        String text = jumpHeadline.strip();
        if (text.contains("\n") || text.contains("\r")) {
            throw new OperationRefusedException(WORDS.format("story.jumpHeadlineLines"));
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_JUMP_HEADLINE) {
            throw new OperationRefusedException(WORDS.format("story.jumpHeadlineLong", length, MAX_JUMP_HEADLINE));
        }
        return text.equals(story.jumpHeadline()) ? story : repository.saveArticle(story.withJumpHeadline(text));
    }

    /** Longest 转版标题, in characters ({@link Article#MAX_JUMP_HEADLINE}, which package import holds to too). */
    public static final int MAX_JUMP_HEADLINE = Article.MAX_JUMP_HEADLINE;

    /** Moves the story to the edition {@code toEditionId} names ({@code latest} too), off its old pages. */
    public Article moveTo(EditionRepository repository, String articleId, String toEditionId) {
        Article story = find(repository, articleId);
        String target = loading.find(repository, toEditionId).id();
        if (target.equals(story.editionId())) {
            throw new OperationRefusedException(WORDS.format("story.alreadyThere", Described.story(story)));
        }
        return repository.moveStory(story.id(), target, story.version());
    }

    /**
     * A copy of the story as a new draft with a new id, in the edition {@code toEditionId} names (its
     * own edition when null), unplaced; the original is untouched.
     */
    public Article duplicate(EditionRepository repository, String articleId, String toEditionId) {
        Article story = find(repository, articleId);
        String target = toEditionId == null ? story.editionId() : loading.find(repository, toEditionId).id();
        Instant now = Instant.now();
        Article copy = new Article(UUID.randomUUID().toString(), target, story.kicker(), story.headline(),
                story.subtitle(), story.byline(), story.body(), ArticleStatus.DRAFT, story.targetLength(), 0, now, now,
                story.jumpHeadline());
        return repository.saveArticle(copy);
    }
}
