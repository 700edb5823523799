package org.copydesk.store;

import java.util.List;
import java.util.Optional;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PaperSettings;
import org.copydesk.model.Person;
import org.copydesk.model.Photo;
import org.copydesk.model.ProofRound;
import org.copydesk.model.Role;
import org.copydesk.model.Stage;
import org.copydesk.model.StageMove;
import org.copydesk.model.StageRule;
import org.copydesk.model.StageRules;
import org.copydesk.model.WordStyles;

/**
 * What the rest of Copydesk asks of the store. Every method runs in its own transaction and either
 * does all it says or nothing; failures are {@link StoreException}s with a message for the user.
 */
public interface EditionRepository {

    /**
     * Who is working through this repository: the author of every revision, stage move, lock and
     * sign-off it writes. {@link Person#local()} until {@link #actAs} names someone.
     */
    default Person person() {
        return Person.local();
    }

    /** From now on, writes are made as {@code person} (set once, after the login or the first-run question). */
    default void actAs(Person person) {
        throw new UnsupportedOperationException("this repository records no people");
    }

    /** All editions, newest publication date first. */
    List<Edition> editions();

    /**
     * All editions with their page, article and photo counts, newest first. The default loads each
     * edition; the database repository counts in SQL.
     */
    default List<EditionSummary> editionSummaries() {
        return editions().stream()
                .map(e -> loadEdition(e.id()).map(c -> new EditionSummary(e, c.pages().size(),
                        c.articles().size(), c.photos().size())).orElse(new EditionSummary(e, 0, 0, 0)))
                .toList();
    }

    /**
     * The newest {@code limit} editions with their counts, newest first: what a list shows first on
     * a ten-year archive without reading the other 3,600 (decision 0021).
     */
    default List<EditionSummary> editionSummaries(int limit) {
        return editionSummaries().stream().limit(Math.max(0, limit)).toList();
    }

    /** How many editions there are, without reading them. */
    default int editionCount() {
        return editions().size();
    }

    /** The newest edition by publication date, then issue number. */
    Optional<Edition> latestEdition();

    /** An edition with its pages, articles and photos. */
    Optional<EditionContent> loadEdition(String editionId);

    /**
     * Inserts a whole edition (sample, import). Refuses, changing nothing, when an edition with the
     * same id exists.
     */
    void insertEdition(EditionContent content);

    /**
     * Puts {@code content} in place of the stored edition with the same id, deleting that edition and
     * everything in it, or inserts it when there is none (recreating the sample). {@code expected} is
     * what the caller saw stored (empty: no such edition) when it decided to replace it; if the
     * edition changed since, nothing is done. One transaction: on any failure the stored edition is
     * left exactly as it was.
     */
    void replaceEdition(EditionContent content, Optional<EditionContent> expected);

    /** Deletes an edition and everything in it. */
    void deleteEdition(String editionId);

    Optional<Article> article(String articleId);

    /**
     * Saves a new value of an article as a new revision. {@code article.version()} must be the
     * version the editor started from; the saved value comes back with version + 1. A story saved
     * spiked leaves every page of its edition in the same transaction.
     *
     * @throws StaleArticleException when someone else saved the article in between
     */
    Article saveArticle(Article article);

    /**
     * Saves a batch of articles (an import) as {@link #saveArticle} saves one, in one transaction:
     * either every article is saved or, on any failure (a stale version, an edition that is gone, a
     * value too long for the schema, a full disk), none is. Values that cannot fit the schema
     * ({@link ArticleLimits}) are refused before anything is written. New articles go to the end of
     * their edition's list in the order given.
     *
     * @return the saved values, in the order given
     */
    List<Article> saveArticles(List<Article> articles);

    /** Saved revisions of an article, newest first. */
    List<ArticleRevision> revisions(String articleId);

    /** Makes an old revision the current text again (as a new revision). */
    Article restoreRevision(String articleId, long revisionVersion, long expectedCurrentVersion);

    /** Saves a page's number, section, spec and placements. */
    void savePage(Page page);

    /** Adds a photo to an edition. */
    void insertPhoto(Photo photo);

    /** Changes a photo's caption and credit. */
    Photo saveCaption(String photoId, Caption caption);

    /** The paper's settings; {@link PaperSettings#defaults()}' value for each one never saved. */
    PaperSettings paperSettings();

    /** Saves all the paper's settings at once. */
    void savePaperSettings(PaperSettings settings);

    /**
     * The paper's house style as it was saved (JSON text the desk wrote and reads), or empty when the
     * paper sets type in the built-in style.
     */
    Optional<String> houseStyleText();

    /** Saves the house style's text in place of any saved before. */
    void saveHouseStyleText(String text);

    /** Forgets the saved house style, so the paper sets type in the built-in one again. */
    void forgetHouseStyle();

    /** Changes an edition's name, publication date and issue number (the id stays). */
    void updateEdition(Edition edition);

    /**
     * Makes {@code pages} the edition's pages: stored pages not among them are deleted with their
     * frames (the stories and photos stay in the edition, unplaced), the others are saved whole
     * (number, section, spec, frames) or inserted. {@code expected} is the pages the caller saw
     * ({@link EditionContent#pages()}); if the stored pages differ, nothing is done. One transaction,
     * so renumbering every page is one change that either happens whole or not at all.
     */
    void replacePages(String editionId, List<Page> expected, List<Page> pages);

    /**
     * Spikes a story (撤稿): takes its frames off its edition's pages and saves it with status
     * {@link org.copydesk.model.ArticleStatus#SPIKED} as a new revision, in one transaction. It stays
     * in the edition, listed and restorable; {@code expectedVersion} as in {@link #saveArticle}.
     */
    Article spikeStory(String articleId, long expectedVersion);

    /**
     * Moves a story to another edition, in one transaction: its frames come off the old edition's
     * pages, it goes to the end of the new edition's list and is saved there as a new revision.
     */
    Article moveStory(String articleId, String toEditionId, long expectedVersion);

    /**
     * Saves an import's stories with the photos that came in with them (pictures of a Word file), in
     * one transaction: as {@link #saveArticles}, then every photo as {@link #insertPhoto}; on any
     * failure nothing of either is kept.
     *
     * @return the saved stories, in the order given
     */
    List<Article> saveArticlesWithPhotos(List<Article> articles, List<Photo> photos);

    /** The paper's Word style table; {@link WordStyles#defaults()} while none was saved. */
    WordStyles wordStyles();

    /** Saves the whole Word style table in place of the one before; an empty table means the defaults. */
    void saveWordStyles(WordStyles styles);

    /**
     * For the search index: per edition id, a short text that changes whenever anything the index
     * holds of that edition changes. The default loads every edition; the database repository asks
     * one aggregate query.
     */
    default java.util.Map<String, String> searchFingerprints() {
        java.util.Map<String, String> found = new java.util.HashMap<>();
        for (Edition e : editions()) {
            loadEdition(e.id()).ifPresent(c -> found.put(e.id(), Integer.toHexString(c.hashCode())));
        }
        return found;
    }

    // ---- people, stage rules and stage moves (issue 14) ----

    /**
     * On a shared database server, the database user this repository connected as: there, the person
     * at work is that user. Empty on an embedded database, where people name themselves.
     */
    default Optional<String> databaseUser() {
        return Optional.empty();
    }

    /** The desk's people, the first added first. */
    default List<Person> people() {
        throw new UnsupportedOperationException("this repository records no people");
    }

    /** The person called {@code name} (exactly as stored). */
    default Optional<Person> findPerson(String name) {
        return people().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Adds a person; refused when someone of that name exists. */
    default void addPerson(Person person) {
        throw new UnsupportedOperationException("this repository records no people");
    }

    /**
     * Gives a person another role; refused when there is no such person, or when it would leave the
     * desk without an admin.
     */
    default Person setRole(String name, Role role) {
        throw new UnsupportedOperationException("this repository records no people");
    }

    /** The paper's stage rules as stored. */
    default StageRules stageRules() {
        throw new UnsupportedOperationException("this repository keeps no stage rules");
    }

    /** Allows ({@code allowed}) or forbids a move; true when the table changed. */
    default boolean setStageRule(StageRule rule, boolean allowed) {
        throw new UnsupportedOperationException("this repository keeps no stage rules");
    }

    /**
     * Moves a story to stage {@code to} as a new revision and records the move with {@link #person()}
     * and the time, in one transaction. A story moved to {@link ArticleStatus#SPIKED} leaves its pages.
     * The caller has checked the stage rules.
     *
     * @throws StaleArticleException when the story's version is no longer {@code expectedVersion}
     */
    default Article moveStage(String articleId, long expectedVersion, ArticleStatus to) {
        throw new UnsupportedOperationException("this repository records no stage moves");
    }

    /**
     * Moves a page from proof round {@code from} to {@code to} and records the move with
     * {@link #person()}, in one transaction; refused when the page is no longer at {@code from}.
     */
    default void moveProofRound(String pageId, ProofRound from, ProofRound to) {
        throw new UnsupportedOperationException("this repository records no stage moves");
    }

    /** The recorded moves of a story or page, oldest first. */
    default List<StageMove> stageMoves(Stage.Kind kind, String subjectId) {
        throw new UnsupportedOperationException("this repository records no stage moves");
    }

    /** The editors' notes on a story, oldest first (schema 11). */
    default List<org.copydesk.model.EditorNote> notes(String articleId) {
        throw new UnsupportedOperationException("this repository keeps no notes");
    }

    /** The notes on every story of an edition, by story then oldest first: what an edition package carries. */
    default List<org.copydesk.model.EditorNote> notesOfEdition(String editionId) {
        throw new UnsupportedOperationException("this repository keeps no notes");
    }

    /**
     * Saves notes (new ones are inserted, known ones take the new range, quotation, text, resolved
     * and detached; author and time stay as first written), all in one transaction.
     *
     * @throws StoreException when a note's story is gone; nothing is then saved
     */
    default void saveNotes(List<org.copydesk.model.EditorNote> notes) {
        throw new UnsupportedOperationException("this repository keeps no notes");
    }

    /**
     * Inserts a whole edition as {@link #insertEdition(EditionContent)} does, with the notes on its
     * stories, in one transaction (an imported package).
     */
    default void insertEdition(EditionContent content, List<org.copydesk.model.EditorNote> notes) {
        insertEdition(content);
        if (!notes.isEmpty()) {
            saveNotes(notes);
        }
    }

    /**
     * Where check-outs of stories and pages are kept. A repository no one else shares keeps none and
     * grants every one ({@link CheckoutStore#UNSHARED}); the database repository keeps them in the database.
     */
    default CheckoutStore checkouts() {
        return CheckoutStore.UNSHARED;
    }

    /** Where this repository's data lives, for files kept beside it (the search index); empty when nowhere. */
    default Optional<DatabaseLocation> location() {
        return Optional.empty();
    }

    /**
     * The newest sign-off (签发) of each page of the edition that was ever signed, by page id; a
     * withdrawn one stays the newest until the page is signed again.
     */
    default java.util.Map<String, org.copydesk.model.PageSignOff> pageSignOffs(String editionId) {
        throw new UnsupportedOperationException("this repository keeps no sign-offs");
    }

    /** Records a sign-off of a page; signing a page again adds a new one, and the newest counts. */
    default org.copydesk.model.PageSignOff insertPageSignOff(org.copydesk.model.PageSignOff signOff) {
        throw new UnsupportedOperationException("this repository keeps no sign-offs");
    }

    /**
     * Withdraws the sign-off {@code signOffId} if it still holds: since {@code at}, by {@code by} when
     * known, for {@code reason}. A sign-off already withdrawn keeps its first withdrawal.
     *
     * @return whether this call withdrew it
     */
    default boolean withdrawPageSignOff(String signOffId, java.time.Instant at, Optional<String> by, String reason) {
        throw new UnsupportedOperationException("this repository keeps no sign-offs");
    }

    /**
     * Who changed which of the edition's pages (frames, adding, deleting, renumbering) and when, oldest
     * first. The default records none.
     */
    default List<org.copydesk.model.PageChange> pageChanges(String editionId) {
        return List.of();
    }
}
