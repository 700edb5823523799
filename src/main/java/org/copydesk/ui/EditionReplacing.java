package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;
import org.copydesk.desk.FindQuery;
import org.copydesk.desk.FindReplace;
import org.copydesk.desk.OperationRefusedException;
import org.copydesk.desk.ReplacePlan;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.store.EditionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Find and replace across the open edition's stories: plans over the stories as saved, writes a
 * replace-all in one transaction and records it as one {@link Change.ReplaceChange}, and puts either
 * side back for Undo and Redo — refusing, and saying so, when a story changed since.
 */
final class EditionReplacing {
    private static final Logger LOG = LoggerFactory.getLogger(EditionReplacing.class);

    private final EditionRepository repository;
    private final BackgroundWork work;
    private final EditorModels models;
    private final EditionWorkspace workspace;
    private final EditHistory history;
    private final UiText text;
    private final Window owner;
    private final Consumer<String> tell;

    EditionReplacing(EditionRepository repository, BackgroundWork work, EditorModels models, EditionWorkspace workspace,
                     EditHistory history, UiText text, Window owner, Consumer<String> tell) {
        this.repository = Objects.requireNonNull(repository);
        this.work = Objects.requireNonNull(work);
        this.models = Objects.requireNonNull(models);
        this.workspace = Objects.requireNonNull(workspace);
        this.history = Objects.requireNonNull(history);
        this.text = Objects.requireNonNull(text);
        this.owner = owner;
        this.tell = Objects.requireNonNull(tell);
    }

    /**
     * Saves everything typed, then finds over every story and caption (when {@code replacement} is
     * null) or plans a replace-all over the stories; on the UI thread, {@code planned} gets the plan
     * or {@code refused} what is wrong with the query.
     */
    void plan(FindQuery query, String replacement, Consumer<ReplacePlan> planned, Consumer<String> refused) {
        models.flushAll().whenComplete((states, error) -> Platform.runLater(() -> {
            Optional<EditionContent> content = workspace.content();
            if (content.isEmpty()) {
                refused.accept(text.get("replace.noEdition"));
                return;
            }
            try {
                // Captions are found but not replaced: the caption editor has no way yet to take a
                // value written behind its back, and a caption has no version to guard an undo.
                planned.accept(FindReplace.plan(content.get().articles(),
                        replacement == null ? content.get().photos() : List.of(), query, replacement));
            } catch (OperationRefusedException e) {
                refused.accept(e.getMessage());
            }
        }));
    }

    /** Writes the plan's stories in one transaction, then records it as one undoable change. */
    void apply(ReplacePlan plan, Runnable done) {
        if (plan.articlesAfter().isEmpty()) {
            done.run();
            return;
        }
        work.run(() -> repository.saveArticles(plan.articlesAfter()), saved -> {
            show(saved);
            var change = new Change.ReplaceChange(plan.articlesBefore(), saved, plan.matches().size());
            history.record(change);
            tell.accept(change.describe(text));
            done.run();
        }, error -> failed(error, () -> { }));
    }

    /** Puts back one side of a replace-all for {@link WindowUndo}. */
    void restore(Change.ReplaceChange change, boolean undoing, Runnable failed) {
        models.flushAll().whenComplete((states, error) -> Platform.runLater(() -> {
            List<Article> expected = undoing ? change.after() : change.before();
            List<Article> target = undoing ? change.before() : change.after();
            var writes = new ArrayList<Article>();
            for (int i = 0; i < target.size(); i++) {
                Article want = target.get(i);
                Optional<Article> now = current(want.id());
                if (now.isEmpty() || !sameText(now.get(), expected.get(i))) {
                    failed.run();
                    Alerts.error(owner, text, text.get("replace.undoRefused"),
                            text.format("replace.changedSince", now.map(Article::headline).orElse(want.headline())));
                    return;
                }
                // The text comes back on top of the version the story has now; its status stays.
                writes.add(now.get().withHeadlines(want.kicker(), want.headline(), want.subtitle())
                        .withByline(want.byline()).withBody(want.body()));
            }
            work.run(() -> repository.saveArticles(writes), this::show, e -> failed(e, failed));
        }));
    }

    private Optional<Article> current(String id) {
        return models.openedArticle(id).map(ArticleEditorModel::article)
                .or(() -> workspace.content().flatMap(c -> c.article(id)));
    }

    private static boolean sameText(Article a, Article b) {
        return a.kicker().equals(b.kicker()) && a.headline().equals(b.headline()) && a.subtitle().equals(b.subtitle())
                && a.byline().equals(b.byline()) && a.body().equals(b.body());
    }

    /** Every editor and the page show the stories as the store now has them. */
    private void show(List<Article> saved) {
        for (Article a : saved) {
            models.openedArticle(a.id()).ifPresentOrElse(m -> m.replaceWithStored(a), () -> workspace.replaceArticle(a));
        }
    }

    private void failed(Throwable error, Runnable failed) {
        LOG.warn("find and replace across the edition could not be saved", error);
        failed.run();
        Alerts.error(owner, text, text.get("replace.saveFailed"),
                error.getMessage() == null ? error.toString() : error.getMessage());
    }
}
