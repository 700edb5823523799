package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Page;

/**
 * Something the user did outside a text box, kept as the value before and after so that Edit &gt;
 * Undo and Redo can put either back. Typing has its own, finer history in each text control.
 */
sealed interface Change {

    /** The words for the status bar once the change is undone or redone. */
    String describe(UiText text);

    /** Make-up: a page's frames before and after one placing, moving or taking off. */
    record PageChange(Page before, Page after) implements Change {
        public PageChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String describe(UiText text) {
            return text.format("change.page", after.number());
        }
    }

    /** A story's status moved along the desk (draft, edited, signed off...). */
    record StatusChange(String articleId, ArticleStatus before, ArticleStatus after) implements Change {
        public StatusChange {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String describe(UiText text) {
            return text.format("change.status", text.get("status." + before.name()), text.get("status." + after.name()));
        }
    }

    /**
     * Edit &gt; Find in edition… &gt; Replace all: the stories as they were and as replaced (same
     * order). Undo writes the text back over whatever version each story has now, provided its text
     * is still what the replace left; otherwise nothing is written and the user is told.
     */
    record ReplaceChange(List<Article> before, List<Article> after, int matches) implements StoryTextChange {
        public ReplaceChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        @Override
        public String describe(UiText text) {
            return text.format("change.replace", matches, after.size());
        }

        @Override
        public ReplaceChange replacing() {
            return this;
        }
    }

    /**
     * A change of stories' text that is undone by writing the old text back over whatever version
     * each story has now, if the text is still what the change left ({@code EditionReplacing}).
     */
    sealed interface StoryTextChange extends Change {
        /** The change as the stories' text before and after. */
        ReplaceChange replacing();
    }

    /** Revisions > Restore: the story's text before and the restored revision's text, now current. */
    record RestoreChange(Article before, Article after, long fromVersion) implements StoryTextChange {
        public RestoreChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String describe(UiText text) {
            return text.format("change.restore", fromVersion, after.headline());
        }

        @Override
        public ReplaceChange replacing() {
            return new ReplaceChange(List.of(before), List.of(after), 0);
        }
    }
}
