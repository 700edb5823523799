package org.copydesk.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.store.EditionRepository;

/**
 * One editor model per story and per photo, made on first selection and kept, so switching away
 * and back keeps the version, the undo-free value and any pending save. Every model's edits flow
 * into the {@link EditionWorkspace}, which recomposes the page on screen.
 */
final class EditorModels {
    private final EditionWorkspace workspace;
    private final EditionRepository repository;
    private final AutosaveContext autosave;
    private final Runnable changed;
    private final Runnable saved;
    private final Map<String, ArticleEditorModel> articles = new HashMap<>();
    private final Map<String, CaptionEditorModel> captions = new HashMap<>();
    private java.util.function.Consumer<Article> beforeSave = a -> { };

    /**
     * @param changed told after any edit or save-state change, to refresh the status bar
     * @param saved   told after any story or caption reached the store (preflight follows saves)
     */
    EditorModels(EditionWorkspace workspace, EditionRepository repository, AutosaveContext autosave, Runnable changed,
                 Runnable saved) {
        this.workspace = Objects.requireNonNull(workspace);
        this.repository = Objects.requireNonNull(repository);
        this.autosave = Objects.requireNonNull(autosave);
        this.changed = Objects.requireNonNull(changed);
        this.saved = Objects.requireNonNull(saved);
    }

    /** Runs before every story's save, on the background executor, and may refuse it (the check-out). */
    void beforeSave(java.util.function.Consumer<Article> guard) {
        beforeSave = Objects.requireNonNull(guard);
    }

    /** The model of a story of the open edition, made on first use. */
    Optional<ArticleEditorModel> article(String articleId) {
        if (articles.containsKey(articleId)) {
            return Optional.of(articles.get(articleId));
        }
        return workspace.content().flatMap(c -> c.article(articleId)).map(article -> {
            var model = new ArticleEditorModel(article, repository, autosave, a -> beforeSave.accept(a));
            model.articleProperty().addListener((obs, old, now) -> {
                workspace.replaceArticle(now);
                changed.run();
            });
            model.saveStateProperty().addListener((obs, old, now) -> stateChanged(now));
            articles.put(articleId, model);
            return model;
        });
    }

    /**
     * Starts a story in the open edition: it is listed under the unplaced stories, selected and
     * written to the store at once, so it exists even if nothing is typed.
     */
    void startStory(String headline) {
        workspace.content().ifPresent(c -> {
            var now = Instant.now();
            var story = new Article(UUID.randomUUID().toString(), c.edition().id(), "", headline,
                    "", "", List.of(), ArticleStatus.DRAFT, 0, 0, now, now);
            workspace.replaceArticle(story);
            workspace.select(new Selection.Story(story.id()));
            article(story.id()).ifPresent(ArticleEditorModel::saveNew);
        });
    }

    /**
     * Forgets every model, when another edition is opened; call after {@link #flushAll} so nothing
     * pending is lost.
     */
    void clear() {
        articles.clear();
        captions.clear();
    }

    private void stateChanged(SaveState now) {
        changed.run();
        if (now instanceof SaveState.Saved) {
            saved.run();
        }
    }

    /** The model of a story only if it was opened. */
    Optional<ArticleEditorModel> openedArticle(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    Optional<CaptionEditorModel> caption(String photoId) {
        if (captions.containsKey(photoId)) {
            return Optional.of(captions.get(photoId));
        }
        return workspace.content().flatMap(c -> c.photo(photoId)).map(photo -> {
            var model = new CaptionEditorModel(photo, repository, autosave);
            model.photoProperty().addListener((obs, old, now) -> workspace.replacePhoto(now));
            model.saveStateProperty().addListener((obs, old, now) -> stateChanged(now));
            captions.put(photoId, model);
            return model;
        });
    }

    Optional<CaptionEditorModel> openedCaption(String photoId) {
        return Optional.ofNullable(captions.get(photoId));
    }

    /** Saves everything pending; completes when every model has settled, with their states. */
    CompletableFuture<List<SaveState>> flushAll() {
        var flushes = new ArrayList<CompletableFuture<SaveState>>();
        articles.values().forEach(m -> flushes.add(m.flush()));
        captions.values().forEach(m -> flushes.add(m.flush()));
        return CompletableFuture.allOf(flushes.toArray(CompletableFuture[]::new))
                .thenApply(done -> flushes.stream().map(CompletableFuture::join).toList());
    }
}
