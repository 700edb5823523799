package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.model.ArticleStatus;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private final EditHistory history = new EditHistory();
    private final Change first = new Change.StatusChange("a", ArticleStatus.DRAFT, ArticleStatus.EDITING);
    private final Change second = new Change.StatusChange("a", ArticleStatus.EDITING, ArticleStatus.SIGNED_OFF);

    @Test
    void undoGivesBackTheChangesNewestFirstAndRedoReplaysThem() {
        history.record(first);
        history.record(second);

        assertThat(history.undo()).contains(second);
        assertThat(history.undo()).contains(first);
        assertThat(history.undo()).isEmpty();
        assertThat(history.redo()).contains(first);
        assertThat(history.redo()).contains(second);
        assertThat(history.redo()).isEmpty();
        assertThat(history.canUndo()).isTrue();
    }

    @Test
    void aNewChangeEmptiesTheRedoList() {
        history.record(first);
        history.undo();
        assertThat(history.canRedo()).isTrue();

        history.record(second);

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undo()).contains(second);
    }

    @Test
    void keepsOnlyTheNewestChanges() {
        for (int i = 0; i < EditHistory.DEPTH + 5; i++) {
            history.record(new Change.StatusChange("story-" + i, ArticleStatus.DRAFT, ArticleStatus.EDITING));
        }
        int undone = 0;
        Change last = null;
        while (history.canUndo()) {
            last = history.undo().orElseThrow();
            undone++;
        }
        assertThat(undone).isEqualTo(EditHistory.DEPTH);
        assertThat(last).isEqualTo(new Change.StatusChange("story-5", ArticleStatus.DRAFT, ArticleStatus.EDITING));
    }

    @Test
    void aForgottenChangeCannotBeUndoneOrRedone() {
        history.record(first);
        history.undo();
        history.forget(first);

        assertThat(history.canRedo()).isFalse();
        assertThat(history.canUndo()).isFalse();
    }
}
