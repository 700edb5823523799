package org.copydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.copydesk.i18n.Words;
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
 * The repository over JDBC, for H2 and PostgreSQL alike. Each method is one transaction; articles
 * are saved with optimistic locking and every saved value is kept as a revision.
 */
final class JdbcEditionRepository implements EditionRepository {
    private static final Words WORDS = Words.ofPackage(JdbcEditionRepository.class);

    private final Transactor transactor;
    private final StoreJson json = new StoreJson();
    private final Clock clock;

    private Optional<DatabaseLocation> location = Optional.empty();
    private volatile Person person = Person.local();
    private final CheckoutStore checkouts;

    JdbcEditionRepository(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
        this.checkouts = new JdbcCheckoutStore(transactor);
    }

    @Override
    public CheckoutStore checkouts() {
        return checkouts;
    }

    JdbcEditionRepository(Transactor transactor, Clock clock, DatabaseLocation location) {
        this(transactor, clock);
        this.location = Optional.of(location);
    }

    @Override
    public Person person() {
        return person;
    }

    @Override
    public void actAs(Person person) {
        this.person = java.util.Objects.requireNonNull(person, "person");
    }

    @Override
    public Optional<DatabaseLocation> location() {
        return location;
    }

    @Override
    public java.util.Map<String, String> searchFingerprints() {
        return transactor.inTransaction(WORDS.format("do.listEditions"), SearchFingerprints::all);
    }

    @Override
    public List<Edition> editions() {
        return transactor.inTransaction(WORDS.format("do.listEditions"), EditionTable::all);
    }

    @Override
    public List<EditionSummary> editionSummaries() {
        return transactor.inTransaction(WORDS.format("do.listEditions"), EditionTable::summaries);
    }

    @Override
    public List<EditionSummary> editionSummaries(int limit) {
        return transactor.inTransaction(WORDS.format("do.listEditions"), c -> EditionTable.summaries(c, limit));
    }

    @Override
    public int editionCount() {
        return transactor.inTransaction(WORDS.format("do.listEditions"), EditionTable::count);
    }

    @Override
    public Optional<Edition> latestEdition() {
        return transactor.inTransaction(WORDS.format("do.findLatest"), EditionTable::newest);
    }

    @Override
    public Optional<EditionContent> loadEdition(String editionId) {
        return transactor.inTransaction(WORDS.format("do.loadEdition", editionId), c -> load(c, editionId));
    }

    private Optional<EditionContent> load(Connection c, String editionId) throws SQLException {
        Optional<Edition> edition = EditionTable.find(c, editionId);
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EditionContent(edition.get(), PageTable.ofEdition(c, json, editionId),
                ArticleTable.ofEdition(c, json, editionId), PhotoTable.ofEdition(c, editionId)));
    }

    @Override
    public void insertEdition(EditionContent content) {
        Edition edition = content.edition();
        ContentChecks.checkWhole(content);
        transactor.inTransaction(WORDS.format("do.insertEdition", edition.id()), c -> {
            if (EditionTable.find(c, edition.id()).isPresent()) {
                throw new StoreException(WORDS.format("repo.editionExists", edition.id(), edition.name(),
                        edition.publicationDate().toString()));
            }
            insertContent(c, content);
            return null;
        });
    }

    /**
     * The check, the delete and the insert in one transaction: a failure between them must not lose
     * the edition, and no one may add to it between the caller's look and the delete.
     */
    @Override
    public void replaceEdition(EditionContent content, Optional<EditionContent> expected) {
        ContentChecks.checkWhole(content);
        String id = content.edition().id();
        transactor.inTransaction(WORDS.format("do.replaceEdition", id), c -> {
            EditionTable.lock(c, id);
            if (!load(c, id).equals(expected)) {
                throw new StoreException(WORDS.format("repo.editionChanged", id));
            }
            EditionTable.delete(c, id);
            insertContent(c, content);
            return null;
        });
    }

    private void insertContent(Connection c, EditionContent content) throws SQLException {
        EditionTable.insert(c, content.edition());
        for (Page page : content.pages()) {
            PageTable.insert(c, json, page);
        }
        for (Article article : content.articles()) {
            Article stored = ArticleTable.storable(article);
            ArticleTable.insert(c, json, stored);
            ArticleTable.insertRevision(c, json, stored, person.name());
        }
        for (Photo photo : content.photos()) {
            PhotoTable.insert(c, photo);
        }
    }

    @Override
    public void deleteEdition(String editionId) {
        transactor.inTransaction(WORDS.format("do.deleteEdition", editionId), c -> {
            if (!EditionTable.delete(c, editionId)) {
                throw new StoreException(WORDS.format("repo.noEditionToDelete", editionId));
            }
            return null;
        });
    }

    @Override
    public Optional<Article> article(String articleId) {
        return transactor.inTransaction(WORDS.format("do.loadArticle", articleId), c -> ArticleTable.find(c, json, articleId));
    }

    @Override
    public Article saveArticle(Article article) {
        ArticleLimits.problem(article).ifPresent(problem -> {
            throw new StoreException(WORDS.format("repo.storyRefused", ContentChecks.describe(article), problem));
        });
        return transactor.inTransaction(WORDS.format("do.saveArticle", article.id()), c -> save(c, article, article.version()));
    }

    @Override
    public List<Article> saveArticles(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        String what = WORDS.format("do.saveStories", articles.size());
        Set<String> ids = new HashSet<>();
        for (Article article : articles) {
            if (!ids.add(article.id())) {
                throw new StoreException(WORDS.format("repo.batchTwice", what, ContentChecks.describe(article)));
            }
            ArticleLimits.problem(article).ifPresent(problem -> {
                throw new StoreException(WORDS.format("repo.batchStory", what, ContentChecks.describe(article), problem));
            });
        }
        return transactor.inTransaction(what, c -> saveBatch(c, what, articles));
    }

    private List<Article> saveBatch(Connection c, String what, List<Article> articles) {
        List<Article> saved = new ArrayList<>(articles.size());
        for (Article article : articles) {
            try {
                saved.add(save(c, article, article.version()));
            } catch (SQLException e) {
                // Name the story: the driver's message does not say which row it refused.
                throw new StoreException(WORDS.format("repo.batchStory", what, ContentChecks.describe(article),
                        SqlErrors.shortMessage(e)), e);
            }
        }
        return List.copyOf(saved);
    }

    @Override
    public List<Article> saveArticlesWithPhotos(List<Article> articles, List<Photo> photos) {
        if (photos.isEmpty()) {
            return saveArticles(articles);
        }
        photos.forEach(ContentChecks::checkDigest);
        String what = WORDS.format("do.saveStoriesWithPhotos", articles.size(), photos.size());
        for (Article article : articles) {
            ArticleLimits.problem(article).ifPresent(problem -> {
                throw new StoreException(WORDS.format("repo.batchStory", what, ContentChecks.describe(article), problem));
            });
        }
        return transactor.inTransaction(what, c -> {
            List<Article> saved = saveBatch(c, what, articles);
            for (Photo photo : photos) {
                lockEdition(c, photo.editionId(), WORDS.format("item.photo", photo.fileName()));
                PhotoTable.insert(c, photo);
            }
            return saved;
        });
    }

    @Override
    public WordStyles wordStyles() {
        return transactor.inTransaction(WORDS.format("do.loadWordStyles"), WordStyleTable::load);
    }

    @Override
    public void saveWordStyles(WordStyles styles) {
        transactor.inTransaction(WORDS.format("do.saveWordStyles"), c -> {
            WordStyleTable.save(c, styles);
            return null;
        });
    }

    @Override
    public List<ArticleRevision> revisions(String articleId) {
        return transactor.inTransaction(WORDS.format("do.listRevisions", articleId),
                c -> ArticleTable.revisions(c, json, articleId));
    }

    /** Brings back the revision's headlines, byline, body and target length; the status stays. */
    @Override
    public Article restoreRevision(String articleId, long revisionVersion, long expectedCurrentVersion) {
        return transactor.inTransaction(WORDS.format("do.restoreRevision", revisionVersion, articleId), c -> {
            Article old = ArticleTable.revision(c, json, articleId, revisionVersion).orElseThrow(() ->
                    new StoreException(WORDS.format("repo.noRevision", articleId, revisionVersion)));
            Article current = ArticleTable.find(c, json, articleId).orElseThrow(() ->
                    new StoreException(WORDS.format("repo.articleGone", articleId)));
            Article restored = new Article(current.id(), current.editionId(), old.kicker(), old.headline(),
                    old.subtitle(), old.byline(), old.body(), current.status(), old.targetLength(),
                    expectedCurrentVersion, current.created(), current.updated(), old.jumpHeadline());
            return save(c, restored, expectedCurrentVersion);
        });
    }

    @Override
    public void savePage(Page page) {
        transactor.inTransaction(WORDS.format("do.savePage", page.number(), page.id()), c -> {
            requireEdition(c, page.editionId(), WORDS.format("item.page", page.number()));
            List<Page> before = PageTable.ofEdition(c, json, page.editionId()).stream()
                    .filter(p -> p.id().equals(page.id())).toList();
            PageTable.save(c, json, page);
            PageChangeTable.recordDifferences(c, page.editionId(), before, List.of(page), person.name(), clock.instant());
            return null;
        });
    }

    @Override
    public void insertPhoto(Photo photo) {
        ContentChecks.checkDigest(photo);
        transactor.inTransaction(WORDS.format("do.insertPhoto", photo.fileName()), c -> {
            lockEdition(c, photo.editionId(), WORDS.format("item.photo", photo.fileName()));
            PhotoTable.insert(c, photo);
            return null;
        });
    }

    @Override
    public Photo saveCaption(String photoId, Caption caption) {
        return transactor.inTransaction(WORDS.format("do.saveCaption", photoId), c -> {
            if (!PhotoTable.updateCaption(c, photoId, caption)) {
                throw new StoreException(WORDS.format("repo.noPhoto", photoId));
            }
            return PhotoTable.find(c, photoId).orElseThrow();
        });
    }

    @Override
    public void updateEdition(Edition edition) {
        transactor.inTransaction(WORDS.format("do.updateEdition", edition.id()), c -> {
            if (!EditionTable.update(c, edition)) {
                throw new StoreException(WORDS.format("repo.noEditionToUpdate", edition.id()));
            }
            return null;
        });
    }

    /** The look, the deletes and the saves in one transaction, under the edition's lock. */
    @Override
    public void replacePages(String editionId, List<Page> expected, List<Page> pages) {
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (Page page : pages) {
            if (!page.editionId().equals(editionId) || !ids.add(page.id()) || !numbers.add(page.number())) {
                throw new StoreException(WORDS.format("repo.pagesMixed", editionId));
            }
        }
        transactor.inTransaction(WORDS.format("do.replacePages", editionId), c -> {
            lockEdition(c, editionId, WORDS.format("do.replacePages", editionId));
            List<Page> stored = PageTable.ofEdition(c, json, editionId);
            if (!stored.equals(PageTable.inStoredOrder(expected))) {
                throw new StoreException(WORDS.format("repo.pagesChanged", editionId));
            }
            for (Page old : stored) {
                if (!ids.contains(old.id())) {
                    PageTable.delete(c, old.id());
                }
            }
            for (Page page : pages) {
                PageTable.save(c, json, page);
            }
            PageChangeTable.recordDifferences(c, editionId, stored, pages, person.name(), clock.instant());
            return null;
        });
    }

    @Override
    public List<org.copydesk.model.PageChange> pageChanges(String editionId) {
        return transactor.inTransaction(WORDS.format("do.listEditions"), c -> PageChangeTable.ofEdition(c, editionId));
    }

    @Override
    public Article spikeStory(String articleId, long expectedVersion) {
        return transactor.inTransaction(WORDS.format("do.spikeStory", articleId), c -> {
            Article current = ArticleTable.find(c, json, articleId).orElseThrow(() ->
                    new StoreException(WORDS.format("repo.noStory", articleId)));
            return save(c, current.withStatus(ArticleStatus.SPIKED), expectedVersion);
        });
    }

    @Override
    public Article moveStory(String articleId, String toEditionId, long expectedVersion) {
        return transactor.inTransaction(WORDS.format("do.moveStory", articleId, toEditionId), c -> {
            Article current = ArticleTable.find(c, json, articleId).orElseThrow(() ->
                    new StoreException(WORDS.format("repo.noStory", articleId)));
            if (current.version() != expectedVersion) {
                throw new StaleArticleException(articleId, expectedVersion, current.version());
            }
            lockEdition(c, toEditionId, WORDS.format("item.article", current.headline()));
            PageTable.removeStory(c, current.editionId(), articleId);
            ArticleTable.moveToEdition(c, articleId, toEditionId);
            Article moved = new Article(current.id(), toEditionId, current.kicker(), current.headline(),
                    current.subtitle(), current.byline(), current.body(), current.status(), current.targetLength(),
                    current.version(), current.created(), current.updated(), current.jumpHeadline());
            return save(c, moved, expectedVersion);
        });
    }

    /**
     * Writes {@code article} as version {@code expected + 1} if the stored version is still
     * {@code expected}; a story never saved (version 0, no row) is inserted.
     */
    private Article save(Connection c, Article article, long expected) throws SQLException {
        Article saved = article.withSaved(expected + 1, ArticleTable.storable(clock.instant()));
        if (!ArticleTable.updateIfVersion(c, json, saved, expected)) {
            OptionalLong actual = ArticleTable.version(c, article.id());
            if (actual.isPresent()) {
                throw new StaleArticleException(article.id(), expected, actual.getAsLong());
            }
            if (expected != 0) {
                throw new StoreException(WORDS.format("repo.articleGoneNotSaved", article.id(), article.headline()));
            }
            lockEdition(c, article.editionId(), WORDS.format("item.article", article.headline()));
            ArticleTable.insert(c, json, saved);
        }
        ArticleTable.insertRevision(c, json, saved, person.name());
        if (saved.status() == ArticleStatus.SPIKED) {
            // A spiked story is on no page, however it was spiked (the desk, the editor's status box).
            PageTable.removeStory(c, saved.editionId(), saved.id());
        }
        return saved;
    }

    private static void requireEdition(Connection c, String editionId, String what) throws SQLException {
        if (EditionTable.find(c, editionId).isEmpty()) {
            throw new StoreException(WORDS.format("repo.editionMissing", what, editionId));
        }
    }

    /** Takes the lock appending to an edition's lists needs ({@link EditionTable#lock}). */
    private static void lockEdition(Connection c, String editionId, String what) throws SQLException {
        if (!EditionTable.lock(c, editionId)) {
            throw new StoreException(WORDS.format("repo.editionMissing", what, editionId));
        }
    }

    @Override
    public Optional<String> databaseUser() {
        if (location.map(DatabaseLocation::isH2).orElse(true)) {
            return Optional.empty();
        }
        return transactor.inTransaction(WORDS.format("do.listPeople"),
                c -> Optional.ofNullable(c.getMetaData().getUserName()).map(String::strip).filter(s -> !s.isEmpty()));
    }

    @Override
    public List<Person> people() {
        return transactor.inTransaction(WORDS.format("do.listPeople"), PeopleTable::all);
    }

    @Override
    public Optional<Person> findPerson(String name) {
        return transactor.inTransaction(WORDS.format("do.listPeople"), c -> PeopleTable.find(c, name));
    }

    @Override
    public void addPerson(Person newPerson) {
        transactor.inTransaction(WORDS.format("do.addPerson", newPerson.name()), c -> {
            if (PeopleTable.find(c, newPerson.name()).isPresent()) {
                throw new StoreException(WORDS.format("people.exists", newPerson.name()));
            }
            PeopleTable.insert(c, newPerson, clock.instant());
            return null;
        });
    }

    @Override
    public Person setRole(String name, Role role) {
        return transactor.inTransaction(WORDS.format("do.setRole", name), c -> {
            Person before = PeopleTable.find(c, name).orElseThrow(() ->
                    new StoreException(WORDS.format("people.unknown", name)));
            boolean lastAdmin = before.role() == Role.ADMIN && role != Role.ADMIN
                    && PeopleTable.all(c).stream().filter(p -> p.role() == Role.ADMIN).count() == 1;
            if (lastAdmin) {
                throw new StoreException(WORDS.format("people.lastAdmin", name));
            }
            PeopleTable.updateRole(c, name, role);
            return new Person(before.name(), role);
        });
    }

    @Override
    public StageRules stageRules() {
        return transactor.inTransaction(WORDS.format("do.loadRules"), StageTable::rules);
    }

    @Override
    public boolean setStageRule(StageRule rule, boolean allowed) {
        return transactor.inTransaction(WORDS.format("do.saveRules"), c -> StageTable.set(c, rule, allowed));
    }

    @Override
    public Article moveStage(String articleId, long expectedVersion, ArticleStatus to) {
        return transactor.inTransaction(WORDS.format("do.moveStage", articleId), c -> {
            Article current = ArticleTable.find(c, json, articleId).orElseThrow(() ->
                    new StoreException(WORDS.format("repo.noStory", articleId)));
            Article saved = save(c, current.withStatus(to), expectedVersion);
            StageTable.recordMove(c, new StageMove(articleId, current.status(), to, person.name(), saved.updated()));
            return saved;
        });
    }

    @Override
    public void moveProofRound(String pageId, ProofRound from, ProofRound to) {
        transactor.inTransaction(WORDS.format("do.moveProof", pageId), c -> {
            if (!StageTable.updateProofRound(c, pageId, from, to)) {
                ProofRound now = StageTable.proofRound(c, pageId).orElseThrow(() ->
                        new StoreException(WORDS.format("repo.noPage", pageId)));
                throw new StoreException(WORDS.format("repo.proofMoved", pageId, now.name(), from.name()));
            }
            StageTable.recordMove(c, new StageMove(pageId, from, to, person.name(), clock.instant()));
            return null;
        });
    }

    @Override
    public List<StageMove> stageMoves(Stage.Kind kind, String subjectId) {
        return transactor.inTransaction(WORDS.format("do.listMoves", subjectId), c -> StageTable.moves(c, kind, subjectId));
    }

    public List<org.copydesk.model.EditorNote> notes(String articleId) {
        return transactor.inTransaction(WORDS.format("do.loadNotes", articleId), c -> NoteTable.ofArticle(c, articleId));
    }

    @Override
    public List<org.copydesk.model.EditorNote> notesOfEdition(String editionId) {
        return transactor.inTransaction(WORDS.format("do.loadNotes", editionId), c -> NoteTable.ofEdition(c, editionId));
    }

    @Override
    public void saveNotes(List<org.copydesk.model.EditorNote> notes) {
        notes.forEach(JdbcEditionRepository::checkNote);
        transactor.inTransaction(WORDS.format("do.saveNotes", notes.size()), c -> {
            saveNotes(c, notes);
            return null;
        });
    }

    @Override
    public void insertEdition(EditionContent content, List<org.copydesk.model.EditorNote> notes) {
        Edition edition = content.edition();
        ContentChecks.checkWhole(content);
        notes.forEach(JdbcEditionRepository::checkNote);
        transactor.inTransaction(WORDS.format("do.insertEdition", edition.id()), c -> {
            if (EditionTable.find(c, edition.id()).isPresent()) {
                throw new StoreException(WORDS.format("repo.editionExists", edition.id(), edition.name(),
                        edition.publicationDate().toString()));
            }
            insertContent(c, content);
            saveNotes(c, notes);
            return null;
        });
    }

    private static void saveNotes(Connection c, List<org.copydesk.model.EditorNote> notes) throws SQLException {
        for (var note : notes) {
            if (!NoteTable.save(c, note)) {
                throw new StoreException(WORDS.format("repo.noteStoryGone", note.articleId()));
            }
        }
    }

    /** Refused before anything is written: the columns hold so much and no more. */
    private static void checkNote(org.copydesk.model.EditorNote note) {
        if (note.text().length() > org.copydesk.model.EditorNote.MAX_TEXT_LENGTH
                || note.quoted().length() > org.copydesk.model.EditorNote.MAX_TEXT_LENGTH
                || note.author().length() > org.copydesk.model.Person.MAX_NAME_LENGTH) {
            throw new StoreException(WORDS.format("repo.noteTooLong", note.articleId(),
                    org.copydesk.model.EditorNote.MAX_TEXT_LENGTH));
        }
    }

    @Override
    public PaperSettings paperSettings() {
        return transactor.inTransaction(WORDS.format("do.loadSettings"), PaperSettingsTable::paper);
    }

    @Override
    public void savePaperSettings(PaperSettings settings) {
        transactor.inTransaction(WORDS.format("do.saveSettings"), c -> {
            PaperSettingsTable.savePaper(c, settings);
            return null;
        });
    }

    @Override
    public Optional<String> houseStyleText() {
        return transactor.inTransaction(WORDS.format("do.loadHouseStyle"),
                c -> PaperSettingsTable.find(c, PaperSettingsTable.HOUSE_STYLE));
    }

    @Override
    public void saveHouseStyleText(String text) {
        transactor.inTransaction(WORDS.format("do.saveHouseStyle"), c -> {
            PaperSettingsTable.put(c, PaperSettingsTable.HOUSE_STYLE, text);
            return null;
        });
    }

    @Override
    public void forgetHouseStyle() {
        transactor.inTransaction(WORDS.format("do.saveHouseStyle"), c -> {
            PaperSettingsTable.remove(c, PaperSettingsTable.HOUSE_STYLE);
            return null;
        });
    }

    @Override
    public java.util.Map<String, org.copydesk.model.PageSignOff> pageSignOffs(String editionId) {
        return transactor.inTransaction(WORDS.format("do.loadSignOffs", editionId),
                c -> PageSignOffTable.newestByPage(c, editionId));
    }

    @Override
    public org.copydesk.model.PageSignOff insertPageSignOff(org.copydesk.model.PageSignOff signOff) {
        return transactor.inTransaction(WORDS.format("do.signPage", signOff.pageNumber(), signOff.editionId()), c -> {
            if (signOff.withdrawnReason().length() > org.copydesk.model.PageSignOff.MAX_REASON_LENGTH) {
                throw new StoreException(WORDS.format("signOff.reasonTooLong", org.copydesk.model.PageSignOff.MAX_REASON_LENGTH));
            }
            return PageSignOffTable.insert(c, signOff);
        });
    }

    @Override
    public boolean withdrawPageSignOff(String signOffId, java.time.Instant at, Optional<String> by, String reason) {
        if (reason.length() > org.copydesk.model.PageSignOff.MAX_REASON_LENGTH) {
            throw new StoreException(WORDS.format("signOff.reasonTooLong", org.copydesk.model.PageSignOff.MAX_REASON_LENGTH));
        }
        return transactor.inTransaction(WORDS.format("do.withdrawSignOff", signOffId),
                c -> PageSignOffTable.withdraw(c, signOffId, at, by, reason));
    }
}
