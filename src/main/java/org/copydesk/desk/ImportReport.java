package org.copydesk.desk;

import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Photo;

/**
 * What a story import saved, and its notes: one line per thing that did not come in as it stood,
 * each naming its file. The CLI prints the notes after the stories; the window shows them in the
 * import summary.
 */
public record ImportReport(List<Article> stories, List<Photo> photos, List<String> notes) {
    public ImportReport {
        stories = List.copyOf(stories);
        photos = List.copyOf(photos);
        notes = List.copyOf(notes);
    }
}
