package org.copydesk.desk;

import java.util.List;
import org.copydesk.model.Article;

/**
 * What an import saved and what the desk should know about it: each note names the file and says,
 * in the user's language, how many punctuation marks were fixed or that a story is mostly in the
 * other script than the paper's.
 */
public record ImportReport(List<Article> articles, List<String> notes) {
    public ImportReport {
        articles = List.copyOf(articles);
        notes = List.copyOf(notes);
    }
}
