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
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;

/**
 * Page &gt; Add banner… (Ctrl+Alt+B) and the page's context menu: Frame… for what is selected, Add
 * banner…. A new banner (通栏标语) spans the page's width at the first free rows, tinted and ruled,
 * and is saved through the make-up controller, so Edit &gt; Undo takes it off again; Frame… then
 * moves it and changes its slogan.
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
        var menu = new ContextMenu(frameItem, bannerItem);
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

    private static String freeName(Page page, String slogan) {
        String base = slogan.length() > 60 ? slogan.substring(0, 60) : slogan;
        String name = base;
        for (int n = 2; taken(page, name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static boolean taken(Page page, String name) {
        return page.placements().stream().anyMatch(p -> p instanceof BannerPlacement b && b.bannerId().equals(name));
    }
}
