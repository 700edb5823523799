package org.copydesk.desk;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.store.ArticleRevision;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.TextLength;

/**
 * A story's history: its revisions with who saved each, the character diff between any two, and
 * restoring one as a new revision. The window's Revisions dialog and {@code copydesk revisions} /
 * {@code copydesk diff} both come here.
 */
public final class StoryRevisions {
    private static final Words WORDS = Words.ofPackage(StoryRevisions.class);

    private final StoryOperations stories;

    StoryRevisions(StoryOperations stories) {
        this.stories = Objects.requireNonNull(stories, "stories");
    }

    /**
     * One revision as listed.
     *
     * @param author  who saved it; empty for revisions older than Copydesk's record of authors
     * @param zi      字数 of its body
     * @param current whether it is the story's text now
     */
    public record Entry(long version, Instant savedAt, Optional<String> author, int zi, ArticleStatus status,
                        Article article, boolean current) {
        public Entry {
            Objects.requireNonNull(savedAt, "savedAt");
            Objects.requireNonNull(article, "article");
            author = author == null ? Optional.empty() : author;
        }

        static Entry of(ArticleRevision revision, long currentVersion) {
            Article a = revision.article();
            return new Entry(revision.version(), revision.savedAt(), revision.author(), TextLength.of(a.body()).zi(),
                    a.status(), a, revision.version() == currentVersion);
        }
    }

    /** Two revisions compared: the character diff of their {@link StoryText} and its hunks. */
    public record Comparison(Entry from, Entry to, List<DiffOp> ops, List<DiffHunk> hunks) {
        public Comparison {
            ops = List.copyOf(ops);
            hunks = List.copyOf(hunks);
        }

        public boolean same() {
            return TextDiff.same(ops);
        }
    }

    /** The story's revisions, newest first; refused when there is no such story. */
    public List<Entry> list(EditionRepository repository, String storyId) {
        Article story = stories.find(repository, storyId);
        return repository.revisions(story.id()).stream().map(r -> Entry.of(r, story.version())).toList();
    }

    /**
     * Compares two revisions of the story, {@code from} to {@code to}; without them, the revision
     * before the current one to the current one.
     */
    public Comparison diff(EditionRepository repository, String storyId, OptionalLong from, OptionalLong to) {
        List<Entry> entries = list(repository, storyId);
        if (entries.isEmpty()) {
            throw new OperationRefusedException(WORDS.format("revisions.none", storyId));
        }
        Entry newer = to.isPresent() ? find(entries, storyId, to.getAsLong()) : entries.get(0);
        Entry older;
        if (from.isPresent()) {
            older = find(entries, storyId, from.getAsLong());
        } else {
            older = entries.stream().filter(e -> e.version() < newer.version()).findFirst().orElseThrow(() ->
                    new OperationRefusedException(WORDS.format("revisions.nothingBefore", newer.version(), storyId)));
        }
        return compare(older, newer);
    }

    /** The character diff from one revision to another. */
    public static Comparison compare(Entry from, Entry to) {
        List<DiffOp> ops = TextDiff.of(StoryText.of(from.article()), StoryText.of(to.article()));
        return new Comparison(from, to, ops, DiffHunk.of(ops, DiffHunk.CONTEXT));
    }

    /**
     * Makes revision {@code version}'s text current again, as a new revision on top of
     * {@code expectedCurrentVersion} (refused as stale if someone saved since); the status stays.
     */
    public Article restore(EditionRepository repository, String storyId, long version, long expectedCurrentVersion) {
        return repository.restoreRevision(storyId, version, expectedCurrentVersion);
    }

    private static Entry find(List<Entry> entries, String storyId, long version) {
        return entries.stream().filter(e -> e.version() == version).findFirst().orElseThrow(() ->
                new OperationRefusedException(WORDS.format("revisions.noSuch", version, storyId,
                        entries.get(entries.size() - 1).version(), entries.get(0).version())));
    }
}
