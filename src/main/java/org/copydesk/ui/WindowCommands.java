package org.copydesk.ui;

import javafx.beans.property.BooleanProperty;

/** What the menu bar can ask the main window to do. */
interface WindowCommands {
    void newStory();

    void importStories();

    /** The File menu's edition work: imports, exports, backup. */
    EditionActions actions();

    /** Photo files into the open edition, chosen in a file dialog. */
    default void importPhotos() {
        actions().photos().choose();
    }

    void exportPdf();

    /** One PDF per page into a folder. */
    void exportPages();

    /** A PNG preview of every page into a folder. */
    void exportPreviews();

    /** An edition package another Copydesk can import. */
    void exportPackage();

    /** Whether the database can be backed up from here (embedded H2). */
    boolean canBackUp();

    void backup();

    void quit();

    /** Undoes the focused text box's typing, or else the window's newest make-up or status change. */
    void undo();

    /** Redoes what {@link #undo} took back, in the same way. */
    void redo();

    void cut();

    void copy();

    void paste();

    void zoomIn();

    void zoomOut();

    void fitWidth();

    /** The whole page in the preview, nothing to scroll. */
    void fitPage();

    BooleanProperty showFramesProperty();

    /** Lists the saved revisions of the story in the editor, to restore one. */
    void revisions();

    /** Runs preflight on the open edition now. */
    void preflight();

    /** Places the selected story or photo on the page on screen, or changes its frame there. */
    void frame();

    /** Shows the flatplan (版面计划) of the edition. */
    void flatplan();

    void applyParagraphKind(ParagraphKind kind);

    void about();

    /** Page > Sign off page (签发): the page on screen as it composes now. */
    default void signOffPage() {
        actions().signOffs().sign();
    }

    /** Page > Withdraw sign-off…: asks why, then withdraws the page's sign-off. */
    default void withdrawSignOff() {
        actions().signOffs().withdraw();
    }

    /** Page > Changed after sign-off PDF…: the page with what changed since its sign-off marked. */
    default void changedAfterSignOffPdf() {
        actions().signOffs().changedPdf();
    }
}
