package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.copydesk.desk.FrameRules;
import org.copydesk.desk.FrameSubject;
import org.copydesk.desk.IndexBoxes;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;

/**
 * Page &gt; Add banner… (Ctrl+Alt+B), Page &gt; Add 导读… (Ctrl+Alt+I) and the page's context menu:
 * Frame… for what is selected, Add banner…, Add/Edit 导读…. A new banner (通栏标语) spans the page's
 * width at the first free rows, tinted and ruled; a new 导读 box takes two columns at the first free
 * place deep enough for its lines. Both are saved through the make-up controller, so Edit &gt; Undo
 * takes them off again; Frame… then moves them. A double click on a 导读 box edits its lines.
 */
final class PageElementActions {
    private final UiText text;
    private final Window owner;
    private final EditionWorkspace workspace;
    private final MakeupController makeup;
    private final StatusBar status;

    PageElementActions(UiText text, Window owner, EditionWorkspace workspace, MakeupController makeup,
                       StatusBar status, PagePreviewPane preview, Runnable frame) {
        this.text = Objects.requireNonNull(text);
        this.owner = Objects.requireNonNull(owner);
        this.workspace = Objects.requireNonNull(workspace);
        this.makeup = Objects.requireNonNull(makeup);
        this.status = Objects.requireNonNull(status);
        var frameItem = new MenuItem(text.get("menu.page.frame"));
        frameItem.setOnAction(e -> frame.run());
        var bannerItem = new MenuItem(text.get("menu.page.banner"));
        bannerItem.setOnAction(e -> addBanner());
        var indexItem = new MenuItem(text.get("menu.page.index"));
        indexItem.setOnAction(e -> addIndex());
        var menu = new ContextMenu(frameItem, bannerItem, indexItem);
        preview.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && workspace.selectionProperty().get() instanceof Selection.IndexBox box) {
                editIndex(box.indexId());
            }
        });
        preview.canvas().setOnContextMenuRequested(e -> menu.show(preview.canvas(), e.getScreenX(), e.getScreenY()));
        // The page's own mouse handling (picking, dragging frames) takes the presses; a right click
        // still opens the menu once released.
        preview.canvas().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(preview.canvas(), e.getScreenX(), e.getScreenY());
            }
        });
    }

    /** Asks for the slogan and adds the banner to the page on screen. */
    void addBanner() {
        Optional<EditionContent> content = workspace.content();
        Optional<Page> page = workspace.shownPage();
        if (content.isEmpty() || page.isEmpty()) {
            return;
        }
        Alerts.ask(owner, text, text.get("banner.title"), text.get("banner.slogan"), "")
                .map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(slogan -> addBanner(content.get(), page.get(), slogan));
    }

    /** Adds a banner showing {@code slogan} to {@code page}, named by its slogan (numbered if the page has one so named). */
    void addBanner(EditionContent content, Page page, String slogan) {
        if (slogan.codePointCount(0, slogan.length()) > BannerPlacement.TEXT_MAX) {
            Alerts.error(owner, text, text.get("banner.title"), text.format("banner.tooLong", BannerPlacement.TEXT_MAX));
            return;
        }
        FrameSubject.Banner banner = new FrameSubject.Banner(freeName(page, slogan));
        FrameRules.Frame frame = FrameRules.startingFrame(content, page, banner);
        if (!(FrameRules.check(page, banner, frame) instanceof FrameRules.Check.Fits)) {
            Alerts.error(owner, text, text.get("banner.title"), text.get("banner.noRoom"));
            return;
        }
        Page placed = FrameRules.placed(page, banner, frame);
        Page after = FrameRules.bannerSet(placed, banner, slogan, true, true).orElseThrow();
        makeup.change(page, after);
        workspace.select(new Selection.Banner(banner.bannerId()));
        status.showActivity(text.format("banner.added", page.number()), null);
    }

    /**
     * Page &gt; Add 导读…: edits the shown page's 导读 box when it has one (or the selected one), else
     * asks for the lines of a new one, starting from each other page's lead story, and frames it.
     */
    void addIndex() {
        Optional<Page> page = workspace.shownPage();
        if (page.isEmpty() || workspace.content().isEmpty()) {
            return;
        }
        Optional<IndexBoxPlacement> existing = page.get().placements().stream()
                .filter(IndexBoxPlacement.class::isInstance).map(IndexBoxPlacement.class::cast)
                .filter(b -> !(workspace.selectionProperty().get() instanceof Selection.IndexBox s)
                        || s.indexId().equals(b.indexId()))
                .findFirst();
        if (existing.isPresent()) {
            editIndex(existing.get().indexId());
            return;
        }
        EditionContent content = workspace.content().get();
        new IndexBoxDialog(text, owner, content, page.get().number(), IndexBoxPlacement.DEFAULT_TITLE,
                IndexBoxes.insideLeads(content, page.get().number()))
                .showAndWait().ifPresent(result -> addIndex(content, page.get(), result));
    }

    /** Frames a new 导读 box with {@code result}'s title and lines on {@code page}, where there is room. */
    void addIndex(EditionContent content, Page page, IndexBoxDialog.Result result) {
        FrameSubject.IndexBox box = new FrameSubject.IndexBox(freeIndexName(page));
        Optional<FrameRules.Frame> frame = freeFrame(page, box, result.entries().size());
        if (frame.isEmpty()) {
            Alerts.error(owner, text, text.get("index.title"), text.get("index.noRoom"));
            return;
        }
        Page placed = FrameRules.placed(page, box, frame.get());
        Page after = FrameRules.indexSet(placed, box, result.title(), result.entries()).orElseThrow();
        makeup.change(page, after);
        workspace.select(new Selection.IndexBox(box.indexId()));
        status.showActivity(text.format("index.added", page.number()), null);
    }

    /** Opens the 导读 dialog on the box {@code indexId} of the shown page and saves what it answers. */
    void editIndex(String indexId) {
        Optional<Page> page = workspace.shownPage();
        if (page.isEmpty() || workspace.content().isEmpty()) {
            return;
        }
        FrameSubject.IndexBox subject = new FrameSubject.IndexBox(indexId);
        page.get().placements().stream().filter(p -> FrameRules.matches(p, subject)).map(IndexBoxPlacement.class::cast)
                .findFirst().ifPresent(box -> new IndexBoxDialog(text, owner, workspace.content().get(), page.get().number(),
                        box.title(), box.entries()).showAndWait().ifPresent(result -> {
                            Page after = FrameRules.indexSet(page.get(), subject, result.title(), result.entries())
                                    .orElseThrow();
                            if (!after.equals(page.get())) {
                                makeup.change(page.get(), after);
                            }
                        }));
    }

    /**
     * The first place, reading down the page and then across, where a box two (else three) columns wide
     * and deep enough for its title band, {@code lines} lines and a clear row covers nothing.
     */
    private static Optional<FrameRules.Frame> freeFrame(Page page, FrameSubject.IndexBox box, int lines) {
        int rows = Math.min(page.spec().rows(), 3 + Math.max(1, lines));
        for (int span : new int[] {2, 3}) {
            for (int row = 1; row + rows - 1 <= page.spec().rows(); row++) {
                for (int column = 1; column + span - 1 <= page.spec().columns(); column++) {
                    var frame = new FrameRules.Frame(column, span, row, rows, span, 0);
                    if (FrameRules.check(page, box, frame) instanceof FrameRules.Check.Fits) {
                        return Optional.of(frame);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String freeIndexName(Page page) {
        String name = IndexBoxPlacement.DEFAULT_TITLE;
        for (int n = 2; taken(page, name); n++) {
            name = IndexBoxPlacement.DEFAULT_TITLE + " " + n;
        }
        return name;
    }

    private static String freeName(Page page, String slogan) {
        String base = slogan.length() > 60 ? slogan.substring(0, 60) : slogan;
        String name = base;
        for (int n = 2; taken(page, name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static boolean taken(Page page, String name) {
        return page.placements().stream().anyMatch(p -> (p instanceof BannerPlacement || p instanceof IndexBoxPlacement)
                && p.contentId().equals(name));
    }
}
