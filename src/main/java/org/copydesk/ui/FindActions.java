package org.copydesk.ui;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The window's find and replace: the story's find bar (Ctrl+F, Ctrl+H, F3 and Shift+F3) and Edit &gt;
 * Find in edition… (Ctrl+Shift+R; Ctrl+Shift+H is Revisions), whose replace-all the window's Undo takes back in one step.
 */
final class FindActions {
    static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    static final KeyCombination REPLACE = KeyCombination.keyCombination("Shortcut+H");
    static final KeyCombination IN_EDITION = KeyCombination.keyCombination("Shortcut+Shift+R");

    private final UiText text;
    private final Stage stage;
    private final ArticleEditorPane articlePane;
    private final StoryFindBar bar;
    private final EditionReplacing replacing;
    private EditionFindDialog dialog;

    FindActions(UiText text, Stage stage, ArticleEditorPane articlePane, EditionReplacing replacing) {
        this.text = Objects.requireNonNull(text);
        this.stage = Objects.requireNonNull(stage);
        this.articlePane = Objects.requireNonNull(articlePane);
        this.replacing = Objects.requireNonNull(replacing);
        this.bar = new StoryFindBar(text, articlePane.bodyArea());
        articlePane.addAboveBody(bar.node());
        // Once, on the window's own scene: a later window on the same stage (tests) has its own.
        stage.sceneProperty().addListener(new javafx.beans.value.ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    obs.removeListener(this);
                    install(now);
                }
            }
        });
    }

    /**
     * Catches the shortcuts before the focused control does: a text field would read Ctrl+H as
     * backspace. Done when the window gets its scene.
     */
    private void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (IN_EDITION.match(e)) {
                findInEdition();
            } else if (FIND.match(e)) {
                findInStory(false);
            } else if (REPLACE.match(e)) {
                findInStory(true);
            } else if (e.getCode() == KeyCode.F3 && bar.isOpen()) {
                if (e.isShiftDown()) {
                    bar.previous();
                } else {
                    bar.next();
                }
            } else {
                return;
            }
            e.consume();
        });
    }

    /** Edit &gt; Find… and Replace…: the bar over the story's body, when a story is open. */
    void findInStory(boolean replace) {
        if (articlePane.model().isPresent()) {
            bar.open(replace);
        }
    }

    /** Edit &gt; Find in edition…. */
    void findInEdition() {
        if (dialog == null) {
            dialog = new EditionFindDialog(text, stage, replacing);
        }
        dialog.show();
    }

    void restore(Change.ReplaceChange change, boolean undoing, Runnable failed) {
        replacing.restore(change, undoing, failed);
    }

    StoryFindBar bar() {
        return bar;
    }

    EditionFindDialog dialog() {
        return dialog;
    }
}
