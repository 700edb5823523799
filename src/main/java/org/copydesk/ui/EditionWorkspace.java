package org.copydesk.ui;

import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.FrameCapacity;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open edition as the window sees it: the content value, the page on screen and its layout,
 * and the selection. Every edit replaces the content value and recomposes the page on screen with
 * the injected composer, which is built to rerun per keystroke. Holds no controls; UI thread only.
 */
public final class EditionWorkspace {
    private static final Logger LOG = LoggerFactory.getLogger(EditionWorkspace.class);

    private final PageComposer composer;
    private final Executor later;
    private boolean recomposeQueued;
    private final ReadOnlyObjectWrapper<EditionContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper shownPage = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<PageLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(new Selection.Nothing());
    private long lastComposeNanos;
    /** The story the last content change replaced, when that change was one existing story's edit. */
    private Optional<Article> lastStoryEdit = Optional.empty();

    /** Composes synchronously after every change: for tests and tools. */
    public EditionWorkspace(PageComposer composer) {
        this(composer, Runnable::run);
    }

    /**
     * @param later where edits' recompositions run; the window passes {@code Platform::runLater},
     *              so edits arriving faster than the screen redraws (fast typing, a paste, an input
     *              method committing a phrase) are composed once, from the newest value
     */
    public EditionWorkspace(PageComposer composer, Executor later) {
        this.composer = Objects.requireNonNull(composer);
        this.later = Objects.requireNonNull(later);
    }

    /** The edition; null until one is opened. */
    public ReadOnlyObjectProperty<EditionContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** The page on screen (版次), 0 when none. */
    public ReadOnlyIntegerProperty shownPageProperty() {
        return shownPage.getReadOnlyProperty();
    }

    /** The layout of the page on screen; null when none. */
    public ReadOnlyObjectProperty<PageLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Optional<EditionContent> content() {
        return Optional.ofNullable(content.get());
    }

    /** How long the last composition of the page on screen took, for the log and tests. */
    public long lastComposeNanos() {
        return lastComposeNanos;
    }

    public void open(EditionContent opened) {
        replaceEdition(opened, opened.pages().isEmpty() ? 0 : opened.pages().get(0).number());
        recompose();
    }

    /**
     * Opens an edition with its page on screen composed ahead (off the UI thread, from this same
     * value), so opening does not compose that page again.
     */
    public void open(EditionContent opened, PageLayout composed) {
        Objects.requireNonNull(composed);
        replaceEdition(opened, composed.pageNumber());
        recomposeQueued = false;
        layout.set(composed);
    }

    /** The edition and page on screen, nothing selected; the caller gives the page its layout. */
    private void replaceEdition(EditionContent opened, int pageNumber) {
        selection.set(new Selection.Nothing());
        content.set(Objects.requireNonNull(opened));
        shownPage.set(pageNumber);
    }

    public void showPage(int pageNumber) {
        if (shownPage.get() != pageNumber && content().flatMap(c -> c.page(pageNumber)).isPresent()) {
            shownPage.set(pageNumber);
            recompose();
        }
    }

    /** Selects a story or photo and brings its (first) page on screen. */
    public void select(Selection selected) {
        Objects.requireNonNull(selected);
        selected.contentId().flatMap(this::pageShowing).ifPresent(this::showPage);
        selection.set(selected);
    }

    /** The page a story's opening frame or a photo is placed on. */
    public Optional<Integer> pageShowing(String contentId) {
        return content().flatMap(c -> c.pages().stream()
                .filter(p -> p.placements().stream().anyMatch(pl -> isOpening(pl, contentId)))
                .map(Page::number)
                .findFirst());
    }

    private static boolean isOpening(Placement placement, String contentId) {
        if (!placement.contentId().equals(contentId)) {
            return false;
        }
        return !(placement instanceof StoryPlacement story) || story.part() == 0;
    }

    public void replaceArticle(Article article) {
        content().ifPresent(c -> {
            var articles = new ArrayList<Article>(c.articles());
            int index = -1;
            for (int i = 0; i < articles.size() && index < 0; i++) {
                if (articles.get(i).id().equals(article.id())) {
                    index = i;
                }
            }
            if (index >= 0) {
                articles.set(index, article);
            } else {
                articles.add(article);
            }
            setContent(new EditionContent(c.edition(), c.pages(), articles, c.photos()),
                    index >= 0 ? Optional.of(article) : Optional.empty());
            recomposeSoon();
        });
    }

    /**
     * While {@link #contentProperty()} tells its listeners of a change that edited one story already
     * in the edition and nothing else (typing), that story, so they can update just it; empty during
     * any other change and outside notifications.
     */
    public Optional<Article> lastStoryEdit() {
        return lastStoryEdit;
    }

    private void setContent(EditionContent changed, Optional<Article> storyEdit) {
        lastStoryEdit = storyEdit;
        try {
            content.set(changed);
        } finally {
            lastStoryEdit = Optional.empty();
        }
    }

    /** Puts a photo in place of the one with its id, or adds it (a photo just imported). */
    public void replacePhoto(Photo photo) {
        content().ifPresent(c -> {
            var photos = new ArrayList<Photo>(c.photos());
            photos.replaceAll(p -> p.id().equals(photo.id()) ? photo : p);
            // Only a photo of this edition (a new one: imported, or a Word document's picture): a late
            // save of another edition's caption must not bring it here.
            if (photos.stream().noneMatch(p -> p.id().equals(photo.id())) && photo.editionId().equals(c.edition().id())) {
                photos.add(photo);
            }
            setContent(new EditionContent(c.edition(), c.pages(), c.articles(), photos), Optional.empty());
            recomposeSoon();
        });
    }

    /** Puts a made-up page (same id) in the content and recomposes when it is the page on screen. */
    public void replacePage(Page page) {
        content().ifPresent(c -> {
            var pages = new ArrayList<Page>(c.pages());
            pages.replaceAll(p -> p.id().equals(page.id()) ? page : p);
            setContent(new EditionContent(c.edition(), pages, c.articles(), c.photos()), Optional.empty());
            recomposeSoon();
        });
    }

    /** The page on screen, if any. */
    /**
     * What the story would hold with {@code proposed} as its frame on page {@code pageNumber}, from
     * the composer itself (headline stack, photos, jump lines), so it agrees with copyfit; empty
     * when nothing is open or the story or page is not in it.
     */
    public Optional<FrameCapacity> capacity(int pageNumber, StoryPlacement proposed) {
        return content().flatMap(c -> {
            try {
                return Optional.of(composer.capacity(c, pageNumber, proposed));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public Optional<Page> shownPage() {
        return content().flatMap(c -> c.page(shownPage.get()));
    }

    /** The copyfit of a story on the page on screen. */
    public Optional<Copyfit> copyfit(String articleId) {
        return Optional.ofNullable(layout.get()).flatMap(l -> l.copyfits().stream()
                .filter(f -> f.articleId().equals(articleId)).findFirst());
    }

    private void recomposeSoon() {
        if (!recomposeQueued) {
            recomposeQueued = true;
            later.execute(this::composeQueued);
        }
    }

    /**
     * Composes now if an edit's recomposition is still queued, else does nothing. The window calls
     * this as each pulse starts its layout: a pulse can come between a keystroke and the queued
     * run, and without this it would show the page as it was and the new text one frame (at 60 Hz,
     * 17 ms) later. Whichever comes first composes; the other finds nothing queued.
     */
    public void composeQueued() {
        if (recomposeQueued) {
            recompose();
        }
    }

    private void recompose() {
        recomposeQueued = false;
        EditionContent c = content.get();
        if (c == null || shownPage.get() == 0) {
            layout.set(null);
            return;
        }
        long start = System.nanoTime();
        try {
            layout.set(composer.compose(c, shownPage.get()));
        } catch (RuntimeException e) {
            // A composer failure must not take the editor down: keep the last picture, log why.
            LOG.warn("could not compose page {}: {}", shownPage.get(), e.toString(), e);
        }
        lastComposeNanos = System.nanoTime() - start;
        LOG.debug("composed page {} in {} ms", shownPage.get(), lastComposeNanos / 1_000_000.0);
    }
}
