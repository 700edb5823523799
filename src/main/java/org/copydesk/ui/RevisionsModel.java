package org.copydesk.ui;

import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.desk.StoryRevisions;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StaleArticleException;

/**
 * The saved revisions of the story in an editor, newest first, and restoring one. Pending edits are
 * saved before the list is read, so the newest revision is what the editor shows. A restore is
 * written on top of the editor's current version: if someone saved in between, the store refuses
 * and the editor holds its text as after any stale save. Holds no controls; UI thread only.
 */
public final class RevisionsModel {
    private static final int FIRST_LINE_CHARS = 28;

    /** One revision as listed: version, who saved it (empty: not recorded), when, 字数, the first line of its text. */
    public record Row(long version, Instant savedAt, int zi, String firstLine, Article article,
                      java.util.Optional<String> author) {
        public Row {
            author = author == null ? java.util.Optional.empty() : author;
        }

        public Row(long version, Instant savedAt, int zi, String firstLine, Article article) {
            this(version, savedAt, zi, firstLine, article, java.util.Optional.empty());
        }

        static Row of(StoryRevisions.Entry entry) {
            return new Row(entry.version(), entry.savedAt(), entry.zi(), RevisionsModel.firstLine(entry.article()),
                    entry.article(), entry.author());
        }

        StoryRevisions.Entry entry(long currentVersion) {
            return new StoryRevisions.Entry(version, savedAt, author, zi, article.status(), article, version == currentVersion);
        }
    }

    /** Where the dialog stands. */
    public sealed interface State {
        record Loading() implements State {
        }

        record Listed() implements State {
        }

        record Restored(long fromVersion, long newVersion) implements State {
        }

        /** The story was saved elsewhere meanwhile; the editor shows its usual choice. */
        record Stale() implements State {
        }

        record Failed(String message) implements State {
        }
    }

    private final ArticleEditorModel editor;
    private final EditionRepository repository;
    private final StoryRevisions revisions;
    private final BackgroundWork work;
    private java.util.function.Consumer<Change> restoredChange = change -> { };
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(new State.Loading());

    public RevisionsModel(ArticleEditorModel editor, EditionRepository repository, BackgroundWork work) {
        this(editor, repository, org.copydesk.desk.Desk.lazily(() -> {
            throw new IllegalStateException("revisions need no composer");
        }).revisions(), work);
    }

    public RevisionsModel(ArticleEditorModel editor, EditionRepository repository, StoryRevisions revisions,
                          BackgroundWork work) {
        this.editor = Objects.requireNonNull(editor);
        this.repository = Objects.requireNonNull(repository);
        this.revisions = Objects.requireNonNull(revisions);
        this.work = Objects.requireNonNull(work);
    }

    /** Told of each restore as a change the window's Undo can take back. */
    void onRestored(java.util.function.Consumer<Change> listener) {
        restoredChange = Objects.requireNonNull(listener);
    }

    /**
     * What changed from {@code from} to {@code to}, character by character; the older of the two is
     * always the old side, so picking them in either order reads the same way.
     */
    public StoryRevisions.Comparison compare(Row from, Row to) {
        Row older = from.version() <= to.version() ? from : to;
        Row newer = older == from ? to : from;
        return StoryRevisions.compare(older.entry(currentVersion()), newer.entry(currentVersion()));
    }

    /** The row of the text the editor holds, once listed. */
    public java.util.Optional<Row> currentRow() {
        return rows.stream().filter(r -> r.version() == currentVersion()).findFirst();
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public String articleId() {
        return editor.article().id();
    }

    /** The version the editor holds: its row is the current text and cannot be restored. */
    public long currentVersion() {
        return editor.article().version();
    }

    /** Saves what the editor has pending, then reads the revisions in the background. */
    public void load() {
        state.set(new State.Loading());
        String id = articleId();
        editor.flush().thenAccept(saved -> work.run(() -> revisions.list(repository, id),
                entries -> {
                    rows.setAll(entries.stream().map(Row::of).toList());
                    state.set(new State.Listed());
                },
                this::failed));
    }

    /** Makes the row's text current again, as a new revision; the editor then shows it. */
    public void restore(Row row) {
        Objects.requireNonNull(row);
        String id = articleId();
        editor.flush().thenAccept(saved -> {
            if (saved instanceof SaveState.Stale) {
                state.set(new State.Stale());
                return;
            }
            long expected = currentVersion();
            Article before = editor.article();
            work.run(() -> revisions.restore(repository, id, row.version(), expected),
                    restored -> {
                        editor.replaceWithStored(restored);
                        state.set(new State.Restored(row.version(), restored.version()));
                        restoredChange.accept(new Change.RestoreChange(before, restored, row.version()));
                    },
                    this::failed);
        });
    }

    private void failed(Throwable error) {
        if (error instanceof StaleArticleException stale) {
            editor.heldStale(stale);
            state.set(new State.Stale());
        } else {
            state.set(new State.Failed(error.getMessage() == null ? error.toString() : error.getMessage()));
        }
    }

    /** The revision's text as the read-only preview shows it: headlines, reporter, then paragraphs. */
    public static String previewText(Article article) {
        var text = new StringBuilder();
        for (String line : new String[] {article.kicker(), article.headline(), article.subtitle(), article.byline()}) {
            if (!line.isBlank()) {
                text.append(line).append('\n');
            }
        }
        text.append('\n');
        for (Block block : article.body()) {
            text.append(block.text()).append("\n\n");
        }
        return text.toString().strip();
    }

    static String firstLine(Article article) {
        String first = article.body().isEmpty() ? article.headline() : article.body().get(0).text();
        first = first.strip();
        return first.codePointCount(0, first.length()) <= FIRST_LINE_CHARS ? first
                : first.substring(0, first.offsetByCodePoints(0, FIRST_LINE_CHARS)) + "…";
    }
}
