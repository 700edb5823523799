package org.copydesk.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    private final Map<String, ArticleEditorModel> articles = new HashMap<>();
    private final Map<String, CaptionEditorModel> captions = new HashMap<>();

    /** @param changed told after any edit or save-state change, to refresh the status bar */
    EditorModels(EditionWorkspace workspace, EditionRepository repository, AutosaveContext autosave, Runnable changed) {
        this.workspace = Objects.requireNonNull(workspace);
        this.repository = Objects.requireNonNull(repository);
        this.autosave = Objects.requireNonNull(autosave);
        this.changed = Objects.requireNonNull(changed);
    }

    /** The model of a story of the open edition, made on first use. */
    Optional<ArticleEditorModel> article(String articleId) {
        if (articles.containsKey(articleId)) {
            return Optional.of(articles.get(articleId));
        }
        return workspace.content().flatMap(c -> c.article(articleId)).map(article -> {
            var model = new ArticleEditorModel(article, repository, autosave);
            model.articleProperty().addListener((obs, old, now) -> {
                workspace.replaceArticle(now);
                changed.run();
            });
            model.saveStateProperty().addListener((obs, old, now) -> changed.run());
            articles.put(articleId, model);
            return model;
        });
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
            model.saveStateProperty().addListener((obs, old, now) -> changed.run());
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
