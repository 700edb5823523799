package org.copydesk.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar with the usual shortcuts. Only wired commands are listed: a menu item that does
 * nothing is worse than none.
 */
final class AppMenuBar {
    private final UiText text;
    private final MenuBar bar = new MenuBar();
    private Menu fileMenu;
    private Menu editMenu;
    private Menu storyMenu;
    private Menu pageMenu;

    AppMenuBar(UiText text, WindowCommands commands, PlanningActions planning, PhotoDesk photos) {
        this.text = text;
        bar.setUseSystemMenuBar(true);

        var file = new Menu(text.get("menu.file"));
        file.getItems().addAll(
                item("menu.file.newEdition", "Shortcut+Shift+N", planning::newEdition),
                item("menu.file.editEdition", null, planning::editEdition),
                item("menu.file.deleteEdition", null, planning::deleteEdition),
                item("menu.file.paperSettings", null, planning::paperSettings),
                item("menu.file.wordStyles", null, planning::wordStyles),
                new SeparatorMenuItem(),
                item("menu.file.newStory", "Shortcut+N", commands::newStory),
                item("menu.file.import", "Shortcut+I", commands::importStories),
                item("menu.file.importPhotos", "Shortcut+Shift+I", commands::importPhotos),
                item("menu.file.splitPage", null, planning.split()::openFile),
                item("menu.file.splitPaste", null, planning.split()::fromClipboard),
                new SeparatorMenuItem(),
                item("menu.file.export", "Shortcut+E", commands::exportPdf),
                item("menu.file.exportPages", "Shortcut+Shift+E", commands::exportPages),
                item("menu.file.exportPreviews", null, commands::exportPreviews),
                item("menu.file.exportPackage", null, commands::exportPackage));
        if (commands.canBackUp()) {
            file.getItems().add(item("menu.file.backup", null, commands::backup));
        }
        file.getItems().addAll(new SeparatorMenuItem(), item("menu.file.quit", "Shortcut+Q", commands::quit));

        var edit = new Menu(text.get("menu.edit"));
        edit.getItems().addAll(
                item("menu.edit.undo", "Shortcut+Z", commands::undo),
                item("menu.edit.redo", "Shortcut+Shift+Z", commands::redo),
                new SeparatorMenuItem(),
                item("menu.edit.cut", "Shortcut+X", commands::cut),
                item("menu.edit.copy", "Shortcut+C", commands::copy),
                item("menu.edit.paste", "Shortcut+V", commands::paste),
                new SeparatorMenuItem(),
                item("menu.edit.searchArchive", "Shortcut+Alt+F", planning::searchArchive));

        var format = new Menu(text.get("menu.format"));
        format.getItems().addAll(
                item(ParagraphKind.LEAD.messageKey(), "Shortcut+4", () -> commands.applyParagraphKind(ParagraphKind.LEAD)),
                item(ParagraphKind.BODY.messageKey(), "Shortcut+1", () -> commands.applyParagraphKind(ParagraphKind.BODY)),
                item(ParagraphKind.SUBHEAD.messageKey(), "Shortcut+2", () -> commands.applyParagraphKind(ParagraphKind.SUBHEAD)),
                item(ParagraphKind.END_BYLINE.messageKey(), "Shortcut+3", () -> commands.applyParagraphKind(ParagraphKind.END_BYLINE)));

        var story = new Menu(text.get("menu.story"));
        story.getItems().addAll(item("menu.story.revisions", "Shortcut+Shift+H", commands::revisions),
                new SeparatorMenuItem(),
                item("menu.story.duplicate", null, planning::duplicateStory),
                item("menu.story.move", null, planning::moveStory),
                item("menu.story.spike", null, planning::spikeStory));

        var page = new Menu(text.get("menu.page"));
        page.getItems().addAll(
                item("menu.page.frame", "Shortcut+L", commands::frame),
                item("menu.page.takeOff", null, planning::takeOffPage),
                item("menu.page.ad", null, planning::placeAd),
                item("menu.page.crop", "Shortcut+Alt+C", photos::cropSelected),
                new SeparatorMenuItem(),
                item("menu.page.add", "Shortcut+Alt+N", planning::addPage),
                item("menu.page.rename", null, planning::renamePage),
                item("menu.page.earlier", "Shortcut+Alt+Left", () -> planning.movePage(-1)),
                item("menu.page.later", "Shortcut+Alt+Right", () -> planning.movePage(1)),
                item("menu.page.delete", null, planning::deletePage),
                new SeparatorMenuItem(),
                item("menu.page.signOff", "Shortcut+Alt+S", commands::signOffPage),
                item("menu.page.withdrawSignOff", null, commands::withdrawSignOff),
                item("menu.page.changedPdf", null, commands::changedAfterSignOffPdf));

        var view = new Menu(text.get("menu.view"));
        var frames = new CheckMenuItem(text.get("menu.view.frames"));
        frames.selectedProperty().bindBidirectional(commands.showFramesProperty());
        frames.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        view.getItems().addAll(
                item("menu.view.zoomIn", "Shortcut+Equals", commands::zoomIn),
                item("menu.view.zoomOut", "Shortcut+Minus", commands::zoomOut),
                item("menu.view.fit", "Shortcut+0", commands::fitWidth),
                item("menu.view.fitPage", "Shortcut+Alt+0", commands::fitPage),
                item("menu.view.flatplan", "Shortcut+Shift+M", commands::flatplan),
                item("menu.view.photoDesk", "Shortcut+Shift+G", photos::show),
                new SeparatorMenuItem(),
                frames,
                new SeparatorMenuItem(),
                // Ctrl+Shift+P works too: the window adds it, a menu item holds one accelerator.
                item("menu.view.preflight", "F7", commands::preflight));

        var help = new Menu(text.get("menu.help"));
        help.getItems().add(item("menu.help.about", null, commands::about));

        bar.getMenus().addAll(file, edit, format, story, page, view, help);
        fileMenu = file;
        editMenu = edit;
        storyMenu = story;
        pageMenu = page;
    }

    /** Page &gt; Add banner… and Add 导读…, after Place ad slot. */
    AppMenuBar withElements(PageElementActions elements) {
        int afterAd = 1 + pageMenu.getItems().stream().map(MenuItem::getText).toList().indexOf(text.get("menu.page.ad"));
        pageMenu.getItems().add(afterAd, item("menu.page.banner", "Shortcut+Alt+B", elements::addBanner));
        pageMenu.getItems().add(afterAd + 1, item("menu.page.index", "Shortcut+Alt+I", elements::addIndex));
        return this;
    }

    /** Adds the copy-in commands: Fix punctuation (Ctrl+Shift+U) and Convert to Simplified / Traditional. */
    AppMenuBar withCopyIn(CopyInActions copyIn) {
        int afterImport = 1 + fileMenu.getItems().stream().map(MenuItem::getText).toList()
                .indexOf(text.get("menu.file.import"));
        fileMenu.getItems().add(afterImport, item("menu.file.importFixingPunctuation", null, copyIn::importFixingPunctuation));
        editMenu.getItems().addAll(new SeparatorMenuItem(),
                item("menu.edit.fixPunctuation", "Shortcut+Shift+U", copyIn::fixPunctuation));
        storyMenu.getItems().addAll(new SeparatorMenuItem(),
                item("menu.story.toSimplified", null, () -> copyIn.convert(org.copydesk.copyin.Script.SIMPLIFIED)),
                item("menu.story.toTraditional", null, () -> copyIn.convert(org.copydesk.copyin.Script.TRADITIONAL)));
        return this;
    }

    /** Edit &gt; Find…, Replace… and Find in edition…; the shortcuts are caught by {@link FindActions}. */
    AppMenuBar withFind(FindActions find) {
        editMenu.getItems().addAll(new SeparatorMenuItem(),
                item("menu.edit.find", "Shortcut+F", () -> find.findInStory(false)),
                item("menu.edit.replace", "Shortcut+H", () -> find.findInStory(true)),
                item("menu.edit.findInEdition", "Shortcut+Shift+R", find::findInEdition));
        return this;
    }

    /** Story &gt; Stage, Page &gt; Proof round, File &gt; Stage rules… and Switch user…. */
    AppMenuBar withStages(StageActions stages) {
        storyMenu.getItems().addAll(0, java.util.List.of(stages.storyMenu(), new SeparatorMenuItem()));
        pageMenu.getItems().addAll(new SeparatorMenuItem(), stages.proofMenu());
        int beforeQuit = fileMenu.getItems().size() - 2;
        fileMenu.getItems().addAll(beforeQuit, java.util.List.of(new SeparatorMenuItem(),
                item("menu.file.stageRules", null, stages::editRules),
                item("menu.file.switchUser", null, stages::switchUser)));
        return this;
    }

    MenuBar node() {
        return bar;
    }

    MenuItem item(String key, String accelerator, Runnable action) {
        var item = new MenuItem(text.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
