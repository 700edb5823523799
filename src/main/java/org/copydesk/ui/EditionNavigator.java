package org.copydesk.ui;

import org.copydesk.typeset.TextLength;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * The edition tree: edition, its pages (第N版 section), and on each page its stories (headline,
 * status, 字数) and photos; stories not yet placed sit under their own node. Edits update the
 * labels in place so the selection and the open branches stay as they are.
 */
final class EditionNavigator {
    private final UiText text;
    private final TreeView<NavItem> tree = new TreeView<>();
    private List<String> shape = List.of();
    /** Every node of each story (a continuation has its own), to relabel one story as it is typed. */
    private final Map<String, List<TreeItem<NavItem>>> storyNodes = new HashMap<>();
    private boolean revealing;
    private Consumer<Selection> dragStarted = s -> { };
    /** Each page's sign-off (签发) standing by page id, for the ✓/⚠ after its label. */
    private Map<String, org.copydesk.desk.PageSignOffState> signOffs = Map.of();
    /**
     * Typing relabels the tree once it pauses this long: a new 字数 makes the tree view rebuild every
     * visible cell and the render thread repaint the whole tree (a fifth of the FX thread's time
     * per keystroke when it was every keystroke; a 4 ms pulse every 300 ms when it was throttled).
     * The status bar shows the 字数 live meanwhile.
     */
    static final Duration RELABEL_AFTER_PAUSE = Duration.ofMillis(400);
    /** While typing goes on without a pause, the tree still follows this often. */
    static final Duration RELABEL_AT_LEAST_EVERY = Duration.ofSeconds(2);
    private final DelayScheduler scheduler;
    /** Stories typed since the tree was last relabelled, the latest version of each. */
    private final Map<String, Article> typedSinceRelabel = new LinkedHashMap<>();
    /** Restarted by each keystroke. */
    private Runnable cancelRelabel;
    /** Started by the first keystroke after a relabel, not restarted. */
    private Runnable cancelLongestWait;

    EditionNavigator(UiText text) {
        this(text, new FxDelayScheduler());
    }

    EditionNavigator(UiText text, DelayScheduler scheduler) {
        this.text = Objects.requireNonNull(text);
        this.scheduler = Objects.requireNonNull(scheduler);
        tree.getStyleClass().add("edition-navigator");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> {
            var cell = new TreeCell<NavItem>() {
                @Override
                protected void updateItem(NavItem item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : label(item));
                }
            };
            // A scene-graph drag (not the system's drag and drop): the page preview of the same
            // window takes the drop, and nothing leaves the application.
            cell.setOnDragDetected(e -> {
                NavItem item = cell.getItem();
                if (item != null && !(item.selection() instanceof Selection.Nothing)) {
                    dragStarted.accept(item.selection());
                    cell.startFullDrag();
                }
            });
            return cell;
        });
    }

    TreeView<NavItem> node() {
        return tree;
    }

    /** Tells the listener when the user starts dragging a story or photo out of the tree. */
    void onDragStarted(Consumer<Selection> listener) {
        dragStarted = Objects.requireNonNull(listener);
    }

    /** Tells the listener when the user picks a story, photo or page. */
    void onPicked(Consumer<NavItem> listener) {
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!revealing && now != null) {
                listener.accept(now.getValue());
            }
        });
    }

    /** Shows each page's sign-off standing after its label. */
    void showSignOffs(Map<String, org.copydesk.desk.PageSignOffState> states) {
        if (!states.equals(signOffs)) {
            signOffs = Map.copyOf(states);
            tree.refresh();
        }
    }

    /** Shows the content: rebuilds the tree when pages or placements changed, else relabels. */
    void show(EditionContent content) {
        dropTypedSinceRelabel();
        List<String> newShape = shapeOf(content);
        if (newShape.equals(shape) && tree.getRoot() != null) {
            relabel(tree.getRoot(), content);
            return;
        }
        shape = newShape;
        storyNodes.clear();
        tree.setRoot(build(content));
    }

    /**
     * Shows that one story of the shown content was edited and nothing else changed (typing): only
     * that story's nodes are looked at, and a node is touched only when its label changes, so a
     * keystroke neither walks the tree nor redraws its cells. Spiking or unspiking moves the story
     * to another branch: the whole content is shown then.
     */
    void showStoryEdit(EditionContent content, Article edited) {
        typedSinceRelabel.remove(edited.id());
        if (movesInTree(edited) || tree.getRoot() == null) {
            show(content);
            return;
        }
        relabel(edited);
    }

    /**
     * As {@link #showStoryEdit}, for typing: the story's label (its 字数) follows, with the latest
     * text, once typing pauses for {@link #RELABEL_AFTER_PAUSE}, and at least every
     * {@link #RELABEL_AT_LEAST_EVERY} while it goes on. Spiking or
     * unspiking, or a story the tree does not show, still shows the whole content at once.
     */
    void showTyping(EditionContent content, Article edited) {
        if (movesInTree(edited) || tree.getRoot() == null) {
            showStoryEdit(content, edited);
            return;
        }
        typedSinceRelabel.put(edited.id(), edited);
        if (cancelRelabel != null) {
            cancelRelabel.run();
        }
        cancelRelabel = scheduler.schedule(RELABEL_AFTER_PAUSE, this::relabelTyped);
        if (cancelLongestWait == null) {
            cancelLongestWait = scheduler.schedule(RELABEL_AT_LEAST_EVERY, this::relabelTyped);
        }
    }

    private void relabelTyped() {
        var typed = List.copyOf(typedSinceRelabel.values());
        dropTypedSinceRelabel();
        // The tree was not rebuilt since (that drops these): the stories are where they were.
        typed.stream().filter(article -> !movesInTree(article)).forEach(this::relabel);
    }

    private void dropTypedSinceRelabel() {
        typedSinceRelabel.clear();
        if (cancelRelabel != null) {
            cancelRelabel.run();
            cancelRelabel = null;
        }
        if (cancelLongestWait != null) {
            cancelLongestWait.run();
            cancelLongestWait = null;
        }
    }

    private boolean movesInTree(Article edited) {
        List<TreeItem<NavItem>> nodes = storyNodes.getOrDefault(edited.id(), List.of());
        return nodes.isEmpty() || nodes.stream().anyMatch(node -> node.getValue() instanceof NavItem.StoryItem s
                && (s.article().status() == ArticleStatus.SPIKED) != (edited.status() == ArticleStatus.SPIKED));
    }

    private void relabel(Article edited) {
        for (TreeItem<NavItem> node : storyNodes.getOrDefault(edited.id(), List.of())) {
            if (node.getValue() instanceof NavItem.StoryItem s) {
                var updated = new NavItem.StoryItem(edited, s.continuation());
                if (!label(updated).equals(label(s))) {
                    node.setValue(updated);
                }
            }
        }
    }

    /** Selects the node of a story or photo (its first appearance) without reporting it back. */
    void reveal(Selection selection) {
        reveal(find(tree.getRoot(), selection));
    }

    /**
     * Selects the node of a story or photo under the given page (a continuation there), falling
     * back to its first appearance; without reporting it back.
     */
    void reveal(Selection selection, int pageNumber) {
        Optional<TreeItem<NavItem>> onPage = tree.getRoot() == null ? Optional.empty() : tree.getRoot().getChildren().stream()
                .filter(item -> item.getValue() instanceof NavItem.PageItem p && p.page().number() == pageNumber)
                .findFirst().flatMap(page -> find(page, selection));
        reveal(onPage.or(() -> find(tree.getRoot(), selection)));
    }

    private void reveal(Optional<TreeItem<NavItem>> found) {
        revealing = true;
        try {
            if (found.isEmpty()) {
                return;
            }
            TreeItem<NavItem> item = found.get();
            if (tree.getSelectionModel().getSelectedItem() != item) {
                for (var parent = item.getParent(); parent != null; parent = parent.getParent()) {
                    parent.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            revealing = false;
        }
    }

    String label(NavItem item) {
        if (item instanceof NavItem.EditionItem e) {
            return text.format("nav.edition", e.edition().name(), e.edition().publicationDate().toString(),
                    e.edition().issueNumber());
        } else if (item instanceof NavItem.PageItem p) {
            String section = p.page().section().isBlank() ? "" : " " + p.page().section();
            String badge = PageSignOffActions.badge(text, signOffs.get(p.page().id()));
            return text.format("nav.page", p.page().number()) + section
                    + text.format("nav.proof", text.get("proof." + p.page().proofRound().name()))
                    + (badge.isEmpty() ? "" : "  " + badge);
        } else if (item instanceof NavItem.UnplacedItem) {
            return text.get("nav.unplaced");
        } else if (item instanceof NavItem.SpikedItem) {
            return text.get("nav.spiked");
        } else if (item instanceof NavItem.StoryItem s) {
            Article a = s.article();
            String headline = a.headline().isBlank() ? text.get("nav.untitled") : a.headline();
            return text.format(s.continuation() ? "nav.story.continued" : "nav.story", headline,
                    text.get("status." + a.status().name()), TextLength.of(a.body()).zi());
        } else if (item instanceof NavItem.PhotoItem p) {
            String caption = p.photo().caption().text();
            String shown = caption.isBlank() ? p.photo().fileName()
                    : caption.codePointCount(0, caption.length()) > 16
                    ? caption.substring(0, caption.offsetByCodePoints(0, 16)) + "…" : caption;
            return text.format("nav.photo", shown);
        }
        return "";
    }

    private TreeItem<NavItem> build(EditionContent content) {
        var root = new TreeItem<NavItem>(new NavItem.EditionItem(content.edition()));
        root.setExpanded(true);
        var placed = new ArrayList<String>();
        for (Page page : content.pages()) {
            var pageItem = new TreeItem<NavItem>(new NavItem.PageItem(page));
            pageItem.setExpanded(true);
            for (Placement placement : distinctContent(page)) {
                placed.add(placement.contentId());
                if (placement instanceof StoryPlacement story) {
                    content.article(story.articleId()).ifPresent(a -> pageItem.getChildren()
                            .add(storyNode(new NavItem.StoryItem(a, story.part() > 0))));
                } else if (placement instanceof PhotoPlacement photo) {
                    content.photo(photo.photoId()).ifPresent(p -> pageItem.getChildren()
                            .add(new TreeItem<>(new NavItem.PhotoItem(p))));
                }
            }
            root.getChildren().add(pageItem);
        }
        var unplaced = content.articles().stream()
                .filter(a -> !placed.contains(a.id()) && a.status() != ArticleStatus.SPIKED).toList();
        // Photos not on a page (just imported, or taken off) wait here too, after the stories.
        var unplacedPhotos = content.photos().stream().filter(p -> !placed.contains(p.id())).toList();
        if (!unplaced.isEmpty() || !unplacedPhotos.isEmpty()) {
            var group = new TreeItem<NavItem>(new NavItem.UnplacedItem());
            group.setExpanded(true);
            unplaced.forEach(a -> group.getChildren().add(storyNode(new NavItem.StoryItem(a, false))));
            unplacedPhotos.forEach(p -> group.getChildren().add(new TreeItem<>(new NavItem.PhotoItem(p))));
            root.getChildren().add(group);
        }
        // Spiked stories are kept, not shown as copy waiting for a page: apart, folded.
        var spiked = content.articles().stream().filter(a -> a.status() == ArticleStatus.SPIKED).toList();
        if (!spiked.isEmpty()) {
            var group = new TreeItem<NavItem>(new NavItem.SpikedItem());
            spiked.forEach(a -> group.getChildren().add(storyNode(new NavItem.StoryItem(a, false))));
            root.getChildren().add(group);
        }
        return root;
    }

    private TreeItem<NavItem> storyNode(NavItem.StoryItem story) {
        var node = new TreeItem<NavItem>(story);
        storyNodes.computeIfAbsent(story.article().id(), id -> new ArrayList<>()).add(node);
        return node;
    }

    /** A story with several frames on one page is listed once, by its lowest part. */
    private static List<Placement> distinctContent(Page page) {
        Map<String, Placement> first = new LinkedHashMap<>();
        for (Placement p : page.placements()) {
            first.merge(p.contentId(), p, (a, b) -> part(b) < part(a) ? b : a);
        }
        return List.copyOf(first.values());
    }

    private static int part(Placement p) {
        return p instanceof StoryPlacement s ? s.part() : 0;
    }

    private void relabel(TreeItem<NavItem> item, EditionContent content) {
        NavItem value = item.getValue();
        NavItem updated = value;
        if (value instanceof NavItem.StoryItem s) {
            updated = content.article(s.article().id()).<NavItem>map(a -> new NavItem.StoryItem(a, s.continuation())).orElse(value);
        } else if (value instanceof NavItem.PhotoItem p) {
            updated = content.photo(p.photo().id()).<NavItem>map(NavItem.PhotoItem::new).orElse(value);
        }
        if (!updated.equals(value)) {
            item.setValue(updated);
        }
        item.getChildren().forEach(child -> relabel(child, content));
    }

    private static List<String> shapeOf(EditionContent content) {
        var result = new ArrayList<String>();
        result.add(content.edition().toString());
        content.pages().forEach(p -> result.add(p.number() + " " + p.section() + " " + p.proofRound() + " " + p.placements()));
        content.articles().forEach(a -> result.add(a.id() + (a.status() == ArticleStatus.SPIKED ? " spiked" : "")));
        content.photos().stream().map(Photo::id).forEach(result::add);
        return result;
    }

    private static Optional<TreeItem<NavItem>> find(TreeItem<NavItem> item, Selection selection) {
        if (item == null) {
            return Optional.empty();
        }
        if (!(selection instanceof Selection.Nothing) && item.getValue().selection().equals(selection)) {
            return Optional.of(item);
        }
        for (TreeItem<NavItem> child : item.getChildren()) {
            var found = find(child, selection);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
