package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.EditionSummary;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an edition in the window: loads it (and its photos) and the list of editions off the UI
 * thread, shows it, selects
 * the opening story of the page on screen so the editor is not empty, and runs preflight. The list
 * holds the newest {@value #LISTED} editions (and the open one), more each time the chooser asks:
 * opening today's paper reads one edition and one page of summaries, however long the archive.
 */
final class EditionOpening {
    private static final Logger LOG = LoggerFactory.getLogger(EditionOpening.class);
    /** Editions the chooser lists at first, and how many more each "older editions…" adds. */
    static final int LISTED = 60;

    private final EditionRepository repository;
    private final PageComposer composer;
    private final BackgroundWork work;
    private final EditionWorkspace workspace;
    private final PhotoImages images;
    private final UiText text;
    private final Runnable opened;
    private final Consumer<String> tell;
    private final EditionChooser chooser;
    private int listed = LISTED;

    /**
     * @param opened told on the UI thread once an edition is on screen
     * @param tell   shows a message in place of the page (no edition, or it could not be loaded)
     */
    EditionOpening(EditionRepository repository, PageComposer composer, BackgroundWork work, EditionWorkspace workspace,
                   PhotoImages images, UiText text, Runnable opened, Consumer<String> tell, EditionChooser chooser) {
        this.repository = Objects.requireNonNull(repository);
        this.composer = Objects.requireNonNull(composer);
        this.work = Objects.requireNonNull(work);
        this.workspace = Objects.requireNonNull(workspace);
        this.images = Objects.requireNonNull(images);
        this.text = Objects.requireNonNull(text);
        this.opened = Objects.requireNonNull(opened);
        this.tell = Objects.requireNonNull(tell);
        this.chooser = Objects.requireNonNull(chooser);
        chooser.onMore(this::listMore);
    }

    /**
     * What one load brought: the edition, if it exists, with the page to be shown composed when that
     * worked, and the newest editions (with the open one); {@code older} when there are more than those.
     */
    private record Loaded(Optional<EditionContent> content, Optional<PageLayout> firstShown,
                          List<EditionSummary> editions, boolean older) {
    }

    /** Opens the newest edition. */
    void openLatest() {
        open(Optional.empty(), 0);
    }

    /** Opens the edition {@code editionId} at its first page. */
    void open(String editionId) {
        open(Optional.of(editionId), 0);
    }

    /** Opens the edition {@code editionId} at page {@code pageNumber} (its first when it has no such page). */
    void open(String editionId, int pageNumber) {
        open(Optional.of(editionId), pageNumber);
    }

    private void open(Optional<String> editionId, int pageNumber) {
        work.run(() -> load(editionId.or(() -> repository.latestEdition().map(Edition::id)), pageNumber), loaded -> {
            chooser.show(loaded.editions(), loaded.content().map(c -> c.edition().id()).orElse(""), loaded.older());
            loaded.content().ifPresentOrElse(c -> {
                show(c, loaded.firstShown(), pageNumber);
                preloadTheRest(c);
            }, () -> tell.accept(text.get("preview.noEdition")));
        }, error -> {
            LOG.error("could not load edition {}", editionId.orElse("(newest)"), error);
            tell.accept(text.format("preview.loadFailed", String.valueOf(error.getMessage())));
        });
    }

    /**
     * Runs off the UI thread: the page to be shown is composed and its photos decoded here, so its
     * first paint waits for neither; the edition's other photos are not, so opening does not wait for
     * pictures no one is looking at yet ({@link #preloadTheRest}).
     */
    private Loaded load(Optional<String> editionId, int pageNumber) {
        Optional<EditionContent> content = editionId.flatMap(repository::loadEdition);
        content.ifPresent(c -> images.preload(photosOnFirstShown(c, pageNumber)));
        Optional<PageLayout> composed = content.flatMap(c -> composeFirstShown(c, pageNumber));
        return listed(content, composed);
    }

    /** The page {@code pageNumber}, or the first page when the edition has no such page. */
    private static Optional<Page> firstShown(EditionContent content, int pageNumber) {
        return content.page(pageNumber).or(() -> content.pages().stream().findFirst());
    }

    /**
     * The page to be shown, composed; empty when the edition has no pages or composing failed (the
     * workspace then composes it again on screen and logs why, keeping the window up).
     */
    private Optional<PageLayout> composeFirstShown(EditionContent content, int pageNumber) {
        try {
            return firstShown(content, pageNumber).map(page -> composer.compose(content, page.number()));
        } catch (RuntimeException e) {
            LOG.debug("could not compose the first page of edition {} ahead", content.edition().id(), e);
            return Optional.empty();
        }
    }

    /** The photos placed on the page {@code pageNumber}, or on the first page when it has no such page. */
    static List<Photo> photosOnFirstShown(EditionContent content, int pageNumber) {
        return firstShown(content, pageNumber).stream().flatMap(p -> p.placements().stream())
                .filter(PhotoPlacement.class::isInstance)
                .flatMap(p -> content.photo(p.contentId()).stream())
                .toList();
    }

    /** Decodes the edition's other photos in the background once its page is on screen, for turning pages. */
    private void preloadTheRest(EditionContent content) {
        work.run(() -> {
            images.preload(content.photos());
            return content.photos().size();
        }, count -> LOG.debug("decoded the {} photos of edition {}", count, content.edition().id()),
                error -> LOG.warn("could not decode the photos of edition {} ahead", content.edition().id(), error));
    }

    /** The newest {@link #listed} editions, one more read to know whether there are older ones. */
    private Loaded listed(Optional<EditionContent> content, Optional<PageLayout> firstShown) {
        List<EditionSummary> newest = repository.editionSummaries(listed + 1);
        boolean older = newest.size() > listed;
        List<EditionSummary> shown = new ArrayList<>(older ? newest.subList(0, listed) : newest);
        // An old edition opened (from search, say) is listed too, so the chooser can show it as open.
        content.filter(c -> shown.stream().noneMatch(s -> s.edition().id().equals(c.edition().id())))
                .ifPresent(c -> shown.add(new EditionSummary(c.edition(), c.pages().size(), c.articles().size(),
                        c.photos().size())));
        return new Loaded(content, firstShown, List.copyOf(shown), older);
    }

    /** "Older editions…": lists {@value #LISTED} more, keeping the open edition open. */
    private void listMore() {
        listed += LISTED;
        Optional<EditionContent> open = workspace.content();
        work.run(() -> listed(open, Optional.empty()), loaded -> {
            chooser.show(loaded.editions(), open.map(c -> c.edition().id()).orElse(""), loaded.older());
            chooser.node().show();
        }, error -> LOG.error("could not list the editions", error));
    }

    private void show(EditionContent content, Optional<PageLayout> composed, int pageNumber) {
        composed.ifPresentOrElse(page -> workspace.open(content, page), () -> {
            workspace.open(content);
            workspace.showPage(pageNumber);
        });
        firstStoryOnScreen().ifPresent(id -> workspace.select(new Selection.Story(id)));
        opened.run();
    }

    private Optional<String> firstStoryOnScreen() {
        int shown = workspace.shownPageProperty().get();
        return workspace.content().flatMap(c -> c.page(shown)).flatMap(page -> page.placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0)
                .map(Placement::contentId)
                .findFirst());
    }
}
