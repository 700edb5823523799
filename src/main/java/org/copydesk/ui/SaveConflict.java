package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import org.copydesk.model.Article;
import org.copydesk.ui.ArticleEditorModel.StyledParagraph;

/**
 * A save that met a newer version: this editor's text ("mine", not written) and the stored one
 * ("theirs"), and the three ways out. None overwrites anything silently: taking theirs drops mine
 * from the editor (it was never saved), keeping mine and a hand merge are saved as new revisions on
 * top of theirs, so theirs stays in the history. Holds no controls.
 */
final class SaveConflict {
    private final ArticleEditorModel editor;
    private final Article mine;
    private final Article theirs;

    SaveConflict(ArticleEditorModel editor, Article theirs) {
        this.editor = Objects.requireNonNull(editor);
        this.mine = editor.article();
        this.theirs = Objects.requireNonNull(theirs);
        if (!mine.id().equals(theirs.id())) {
            throw new IllegalArgumentException("story " + theirs.id() + " is not " + mine.id());
        }
    }

    Article mine() {
        return mine;
    }

    Article theirs() {
        return theirs;
    }

    /** The body as the dialog shows it: one paragraph a line. */
    static String bodyText(Article article) {
        return ArticleEditorModel.textOf(ArticleEditorModel.paragraphsOf(article.body()));
    }

    /** Theirs becomes the editor's text; mine, never saved, is dropped. */
    void takeTheirs() {
        editor.replaceWithStored(theirs);
    }

    /** Mine is saved as a new revision on top of theirs. */
    void keepMine() {
        editor.resolve(mine, theirs.version());
    }

    /**
     * The hand merge is saved as a new revision on top of theirs. Each line of {@code body} is a
     * paragraph and keeps the style of mine's paragraph at that line (a body paragraph past the end).
     */
    void merge(String kicker, String headline, String subtitle, String byline, String body) {
        List<StyledParagraph> styled = ArticleEditorModel.paragraphsOf(mine.body());
        var kinds = styled.stream().map(StyledParagraph::kind).toList();
        var blocks = ArticleEditorModel.blocksOf(ArticleEditorModel.paragraphsOf(body, kinds));
        Article merged = mine.withHeadlines(kicker.strip(), headline.strip(), subtitle.strip())
                .withByline(byline.strip()).withBody(blocks);
        editor.resolve(merged, theirs.version());
    }
}
