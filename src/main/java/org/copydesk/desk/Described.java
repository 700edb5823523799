package org.copydesk.desk;

import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import org.copydesk.model.Photo;

/** Stories, photos and editions named in a message the way a desk editor recognises them. */
final class Described {
    private static final Words WORDS = Words.ofPackage(Described.class);
    private static final int SHOWN = 20;

    private Described() {
    }

    /** The start of the headline and the id. */
    static String story(Article article) {
        return WORDS.format("describe.story", start(article.headline()), article.id());
    }

    /** The start of the caption (the file name when there is none) and the id. */
    static String photo(Photo photo) {
        String caption = photo.caption().text().strip();
        return WORDS.format("describe.photo", caption.isEmpty() ? photo.fileName() : start(caption), photo.id());
    }

    /** Name, date, issue number and id. */
    static String edition(Edition edition) {
        return WORDS.format("describe.edition", edition.name(), edition.publicationDate().toString(),
                edition.issueNumber(), edition.id());
    }

    private static String start(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.codePointCount(0, line.length()) <= SHOWN ? line
                : line.substring(0, line.offsetByCodePoints(0, SHOWN)) + "…";
    }
}
