package org.copydesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.model.Article;
import org.copydesk.model.Caption;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.WordStyles;
import org.copydesk.cli.CliServices;
import org.copydesk.typeset.PageComposer;
import org.copydesk.model.PaperSettings;

/**
 * The test double of the store: an {@link EditionRepository} in memory with the store's optimistic
 * locking and revisions, and switches to make saves fail. Tests that need real SQL use an H2
 * database in a temporary folder instead.
 */
public final class InMemoryEditionRepository implements EditionRepository {
    private final Map<String, EditionContent> editions = new LinkedHashMap<>();
    private PaperSettings paperSettings = PaperSettings.defaults();
    private String houseStyleText;
    private WordStyles wordStyles;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, List<ArticleRevision>> revisions = new LinkedHashMap<>();
    private final Map<String, Photo> photos = new LinkedHashMap<>();
    private org.copydesk.model.Person person = org.copydesk.model.Person.local();
    public final AtomicInteger articleSaves = new AtomicInteger();
    public final AtomicInteger captionSaves = new AtomicInteger();
    private int savesBeforeFailure = Integer.MAX_VALUE;
    private RuntimeException failure;

    @Override
    public org.copydesk.model.Person person() {
        return person;
    }

    @Override
    public void actAs(org.copydesk.model.Person person) {
        this.person = java.util.Objects.requireNonNull(person, "person");
    }

    @Override
    public synchronized List<Edition> editions() {
        return editions.values().stream().map(EditionContent::edition)
                .sorted(Comparator.comparing(Edition::publicationDate).thenComparingInt(Edition::issueNumber).reversed())
                .toList();
    }

    @Override
    public synchronized Optional<Edition> latestEdition() {
        return editions().stream().findFirst();
    }

    @Override
    public synchronized Optional<EditionContent> loadEdition(String editionId) {
        EditionContent stored = editions.get(editionId);
        if (stored == null) {
            return Optional.empty();
        }
        return Optional.of(new EditionContent(stored.edition(), stored.pages(),
                articles.values().stream().filter(a -> a.editionId().equals(editionId)).toList(),
                photos.values().stream().filter(p -> p.editionId().equals(editionId)).toList()));
    }

    @Override
    public synchronized void insertEdition(EditionContent content) {
        if (editions.containsKey(content.edition().id())) {
            throw new StoreException("edition " + content.edition().id() + " exists");
        }
        editions.put(content.edition().id(), content);
        content.articles().forEach(a -> articles.put(a.id(), a));
        content.photos().forEach(p -> photos.put(p.id(), p));
    }

    /** All or nothing, as in the database: once the old copy is gone the insert cannot be refused. */
    @Override
    public synchronized void replaceEdition(EditionContent content, Optional<EditionContent> expected) {
        if (!loadEdition(content.edition().id()).equals(expected)) {
            throw new StoreException("edition " + content.edition().id() + " changed while it was being replaced");
        }
        deleteEdition(content.edition().id());
        insertEdition(content);
    }

    @Override
    public synchronized void deleteEdition(String editionId) {
        editions.remove(editionId);
        articles.values().removeIf(a -> a.editionId().equals(editionId));
        photos.values().removeIf(p -> p.editionId().equals(editionId));
    }

    @Override
    public synchronized Optional<Article> article(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    @Override
    public synchronized Article saveArticle(Article article) {
        return saveArticles(List.of(article)).get(0);
    }

    /**
     * All or nothing, as in the database: every article is checked (the failure switch, its version,
     * {@link ArticleLimits}) and its saved value computed before any is stored.
     */
    @Override
    public synchronized List<Article> saveArticles(List<Article> batch) {
        var saved = new ArrayList<Article>(batch.size());
        for (Article article : batch) {
            articleSaves.incrementAndGet();
            if (failure != null && savesBeforeFailure-- <= 0) {
                RuntimeException e = failure;
                failure = null;
                throw e;
            }
            Article current = articles.get(article.id());
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != article.version()) {
                throw new StaleArticleException(article.id(), article.version(), currentVersion);
            }
            ArticleLimits.problem(article).ifPresent(problem -> {
                throw new StoreException("could not save " + batch.size() + " stories: story " + article.id() + ": "
                        + problem);
            });
            saved.add(article.withSaved(currentVersion + 1, Instant.now()));
        }
        for (Article s : saved) {
            articles.put(s.id(), s);
            if (s.status() == org.copydesk.model.ArticleStatus.SPIKED && editions.containsKey(s.editionId())) {
                takeOffPages(s.editionId(), s.id());
            }
            revisions.computeIfAbsent(s.id(), id -> new ArrayList<>())
                    .add(0, new ArticleRevision(s.id(), s.version(), s.updated(), s, Optional.of(person.name())));
        }
        return List.copyOf(saved);
    }

    /** The next article save fails with {@code e}. */
    public synchronized void failNextSave(RuntimeException e) {
        failSavesAfter(0, e);
    }

    /** After {@code saves} more successful article saves, the next one fails with {@code e}. */
    public synchronized void failSavesAfter(int saves, RuntimeException e) {
        savesBeforeFailure = saves;
        failure = e;
    }

    /** Every article held, in the order first saved or inserted. */
    public synchronized List<Article> allArticles() {
        return List.copyOf(articles.values());
    }

    /** Command-line services over this store and the given composer. */
    public CliServices services(PageComposer composer) {
        return new CliServices() {
            @Override
            public OpenedRepository openRepository(Optional<String> dbOption) {
                return CliServices.borrowed(InMemoryEditionRepository.this, "in-memory test store");
            }

            @Override
            public PageComposer composer() {
                return composer;
            }
        };
    }

    /** Someone else's save, bypassing the editor under test. */
    public synchronized Article saveElsewhere(Article article) {
        Article current = articles.get(article.id());
        Article saved = article.withSaved(current.version() + 1, Instant.now());
        articles.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized List<ArticleRevision> revisions(String articleId) {
        return List.copyOf(revisions.getOrDefault(articleId, List.of()));
    }

    @Override
    public synchronized Article restoreRevision(String articleId, long revisionVersion, long expectedCurrentVersion) {
        Article old = revisions(articleId).stream().filter(r -> r.version() == revisionVersion).findFirst()
                .orElseThrow(() -> new StoreException("no revision " + revisionVersion)).article();
        return saveArticle(old.withSaved(expectedCurrentVersion, old.updated()));
    }

    @Override
    public synchronized void savePage(Page page) {
        EditionContent c = editions.get(page.editionId());
        var pages = new ArrayList<>(c.pages());
        pages.replaceAll(p -> p.id().equals(page.id()) ? page : p);
        editions.put(c.edition().id(), new EditionContent(c.edition(), pages, c.articles(), c.photos()));
    }

    @Override
    public synchronized void insertPhoto(Photo photo) {
        photos.put(photo.id(), photo);
    }

    @Override
    public synchronized Photo saveCaption(String photoId, Caption caption) {
        captionSaves.incrementAndGet();
        Photo photo = photos.get(photoId);
        if (photo == null) {
            throw new StoreException("no photo " + photoId);
        }
        Photo saved = photo.withCaption(caption);
        photos.put(photoId, saved);
        return saved;
    }

    @Override
    public synchronized void updateEdition(Edition edition) {
        EditionContent c = editions.get(edition.id());
        if (c == null) {
            throw new StoreException("no edition " + edition.id());
        }
        editions.put(edition.id(), new EditionContent(edition, c.pages(), c.articles(), c.photos()));
    }

    @Override
    public synchronized void replacePages(String editionId, List<Page> expected, List<Page> pages) {
        EditionContent c = editions.get(editionId);
        if (c == null) {
            throw new StoreException("no edition " + editionId);
        }
        if (!c.pages().equals(new EditionContent(c.edition(), expected, List.of(), List.of()).pages())) {
            throw new StoreException("the pages of edition " + editionId + " changed meanwhile");
        }
        editions.put(editionId, new EditionContent(c.edition(), pages, c.articles(), c.photos()));
    }

    @Override
    public synchronized Article spikeStory(String articleId, long expectedVersion) {
        Article current = articles.get(articleId);
        if (current == null) {
            throw new StoreException("no story " + articleId);
        }
        return saveArticle(current.withStatus(org.copydesk.model.ArticleStatus.SPIKED)
                .withSaved(expectedVersion, current.updated()));
    }

    @Override
    public synchronized Article moveStory(String articleId, String toEditionId, long expectedVersion) {
        Article current = articles.get(articleId);
        if (current == null || !editions.containsKey(toEditionId)) {
            throw new StoreException("no story " + articleId + " or no edition " + toEditionId);
        }
        if (current.version() != expectedVersion) {
            throw new StaleArticleException(articleId, expectedVersion, current.version());
        }
        takeOffPages(current.editionId(), articleId);
        Article moved = new Article(current.id(), toEditionId, current.kicker(), current.headline(),
                current.subtitle(), current.byline(), current.body(), current.status(), current.targetLength(),
                current.version(), current.created(), current.updated()).withSaved(expectedVersion + 1, Instant.now());
        articles.remove(articleId); // put back last: the end of the new edition's list
        articles.put(articleId, moved);
        revisions.computeIfAbsent(articleId, id -> new ArrayList<>())
                .add(0, new ArticleRevision(articleId, moved.version(), moved.updated(), moved, Optional.of(person.name())));
        return moved;
    }

    private void takeOffPages(String editionId, String articleId) {
        EditionContent c = editions.get(editionId);
        var pages = c.pages().stream().map(p -> p.withPlacements(p.placements().stream()
                .filter(pl -> !(pl instanceof org.copydesk.model.StoryPlacement s && s.articleId().equals(articleId)))
                .toList())).toList();
        editions.put(editionId, new EditionContent(c.edition(), pages, c.articles(), c.photos()));
    }

    @Override
    public synchronized PaperSettings paperSettings() {
        return paperSettings;
    }

    @Override
    public synchronized void savePaperSettings(PaperSettings settings) {
        paperSettings = settings;
    }

    @Override
    public synchronized Optional<String> houseStyleText() {
        return Optional.ofNullable(houseStyleText);
    }

    @Override
    public synchronized void saveHouseStyleText(String text) {
        houseStyleText = text;
    }

    @Override
    public synchronized void forgetHouseStyle() {
        houseStyleText = null;
    }

    @Override
    public synchronized List<Article> saveArticlesWithPhotos(List<Article> batch, List<Photo> newPhotos) {
        List<Article> saved = saveArticles(batch);
        newPhotos.forEach(this::insertPhoto);
        return saved;
    }

    @Override
    public synchronized WordStyles wordStyles() {
        return wordStyles == null || wordStyles.entries().isEmpty() ? WordStyles.defaults() : wordStyles;
    }

    @Override
    public synchronized void saveWordStyles(WordStyles styles) {
        wordStyles = styles;
    }

    // ---- people and stages, as the database keeps them ----
    private final List<org.copydesk.model.Person> people = new ArrayList<>();
    private org.copydesk.model.StageRules rules = org.copydesk.model.StageRules.defaults();
    private final List<org.copydesk.model.StageMove> moves = new ArrayList<>();

    @Override
    public synchronized List<org.copydesk.model.Person> people() {
        return List.copyOf(people);
    }

    @Override
    public synchronized void addPerson(org.copydesk.model.Person newPerson) {
        if (findPerson(newPerson.name()).isPresent()) {
            throw new StoreException(newPerson.name() + " exists");
        }
        people.add(newPerson);
    }

    @Override
    public synchronized org.copydesk.model.Person setRole(String name, org.copydesk.model.Role role) {
        var before = findPerson(name).orElseThrow(() -> new StoreException("no person " + name));
        if (before.role() == org.copydesk.model.Role.ADMIN && role != org.copydesk.model.Role.ADMIN
                && people.stream().filter(p -> p.role() == org.copydesk.model.Role.ADMIN).count() == 1) {
            throw new StoreException(name + " is the only admin");
        }
        var after = new org.copydesk.model.Person(name, role);
        people.set(people.indexOf(before), after);
        return after;
    }

    @Override
    public synchronized org.copydesk.model.StageRules stageRules() {
        return rules;
    }

    @Override
    public synchronized boolean setStageRule(org.copydesk.model.StageRule rule, boolean allowed) {
        var before = rules;
        rules = allowed ? rules.with(rule) : rules.without(rule);
        return !rules.equals(before);
    }

    @Override
    public synchronized Article moveStage(String articleId, long expectedVersion, org.copydesk.model.ArticleStatus to) {
        Article current = articles.get(articleId);
        if (current == null) {
            throw new StoreException("no story " + articleId);
        }
        Article saved = saveArticle(current.withStatus(to).withSaved(expectedVersion, current.updated()));
        if (to == org.copydesk.model.ArticleStatus.SPIKED) {
            takeOffPages(saved.editionId(), articleId);
        }
        moves.add(new org.copydesk.model.StageMove(articleId, current.status(), to, person.name(), Instant.now()));
        return saved;
    }

    @Override
    public synchronized void moveProofRound(String pageId, org.copydesk.model.ProofRound from,
                                            org.copydesk.model.ProofRound to) {
        for (EditionContent c : editions.values()) {
            for (Page p : c.pages()) {
                if (p.id().equals(pageId)) {
                    if (p.proofRound() != from) {
                        throw new StoreException("page " + pageId + " is at " + p.proofRound());
                    }
                    var pages = c.pages().stream().map(q -> q.id().equals(pageId) ? q.withProofRound(to) : q).toList();
                    editions.put(c.edition().id(), new EditionContent(c.edition(), pages, c.articles(), c.photos()));
                    moves.add(new org.copydesk.model.StageMove(pageId, from, to, person.name(), Instant.now()));
                    return;
                }
            }
        }
        throw new StoreException("no page " + pageId);
    }

    @Override
    public synchronized List<org.copydesk.model.StageMove> stageMoves(org.copydesk.model.Stage.Kind kind, String subjectId) {
        return moves.stream().filter(m -> m.from().kind() == kind && m.subjectId().equals(subjectId)).toList();
    }

    private final List<org.copydesk.model.PageSignOff> signOffs = new java.util.ArrayList<>();

    @Override
    public synchronized Map<String, org.copydesk.model.PageSignOff> pageSignOffs(String editionId) {
        Map<String, org.copydesk.model.PageSignOff> newest = new LinkedHashMap<>();
        signOffs.stream().filter(s -> s.editionId().equals(editionId)).forEach(s -> newest.put(s.pageId(), s));
        return newest;
    }

    @Override
    public synchronized org.copydesk.model.PageSignOff insertPageSignOff(org.copydesk.model.PageSignOff signOff) {
        signOffs.add(signOff);
        return signOff;
    }

    @Override
    public synchronized boolean withdrawPageSignOff(String signOffId, java.time.Instant at,
                                                    java.util.Optional<String> by, String reason) {
        for (int i = 0; i < signOffs.size(); i++) {
            var s = signOffs.get(i);
            if (s.id().equals(signOffId) && !s.withdrawn()) {
                signOffs.set(i, s.withdrawnAs(at, by, reason));
                return true;
            }
        }
        return false;
    }

    private final Map<String, org.copydesk.model.EditorNote> notes = new LinkedHashMap<>();

    @Override
    public synchronized List<org.copydesk.model.EditorNote> notes(String articleId) {
        return notes.values().stream().filter(n -> n.articleId().equals(articleId)).toList();
    }

    @Override
    public synchronized List<org.copydesk.model.EditorNote> notesOfEdition(String editionId) {
        return notes.values().stream().filter(n -> articles.containsKey(n.articleId())
                && articles.get(n.articleId()).editionId().equals(editionId)).toList();
    }

    /** All or nothing, as in the database; author and time stay as first written. */
    @Override
    public synchronized void saveNotes(List<org.copydesk.model.EditorNote> batch) {
        for (var n : batch) {
            if (!articles.containsKey(n.articleId())) {
                throw new StoreException("the note was not saved: story " + n.articleId() + " is gone");
            }
        }
        for (var n : batch) {
            var old = notes.get(n.id());
            notes.put(n.id(), old == null ? n : new org.copydesk.model.EditorNote(n.id(), n.articleId(), n.paragraph(),
                    n.start(), n.end(), n.quoted(), n.text(), old.author(), old.created(), n.resolved(), n.detached()));
        }
    }
}
