package org.copydesk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * An edition as index documents: one per story (its kicker, headline, subtitle, reporter line, body
 * and the captions of the photos framed with it), one per photo framed with no story, and one marker
 * holding the edition's fingerprint, by which the index knows whether it still matches the store.
 */
final class StoryDocuments {
    static final String KIND = "kind";
    static final String STORY = "story";
    static final String PHOTO = "photo";
    static final String MARK = "mark";
    static final String ID = "id";
    static final String EDITION = "edition";
    static final String EDITION_NAME = "edition_name";
    static final String ISSUE = "issue";
    static final String DATE = "date";
    static final String PAGE = "page";
    static final String FIRST_PAGE = "first_page";
    static final String HEADLINE = "headline";
    static final String STATUS = "status";
    static final String AUTHOR = "author";
    static final String WORDS = "text";
    static final String BIGRAMS = "text_bi";
    static final String HEADLINE_BIGRAMS = "headline_bi";
    static final String SNIPPET = "snippet_text";
    static final String FINGERPRINT = "fingerprint";

    private StoryDocuments() {
    }

    static List<Document> of(EditionContent content, String fingerprint) {
        Edition edition = content.edition();
        Map<String, TreeSet<Integer>> pagesOf = new HashMap<>();
        Map<String, List<String>> captionsOf = new HashMap<>();
        Set<String> photosWithStory = new HashSet<>();
        for (Page page : content.pages()) {
            for (Placement placement : page.placements()) {
                if (placement instanceof StoryPlacement || placement instanceof PhotoPlacement) {
                    pagesOf.computeIfAbsent(placement.contentId(), k -> new TreeSet<>()).add(page.number());
                }
                if (placement instanceof PhotoPlacement photo && content.article(photo.articleId()).isPresent()) {
                    content.photo(photo.photoId()).ifPresent(p -> {
                        captionsOf.computeIfAbsent(photo.articleId(), k -> new ArrayList<>()).add(p.caption().printed());
                        photosWithStory.add(p.id());
                    });
                }
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Article article : content.articles()) {
            String body = String.join("\n", article.subtitle(), article.plainText(),
                    String.join("\n", captionsOf.getOrDefault(article.id(), List.of())));
            String all = String.join("\n", article.kicker(), article.headline(), article.byline(), body);
            Document d = common(edition, STORY, article.id(), pagesOf.getOrDefault(article.id(), new TreeSet<>()));
            d.add(new StoredField(HEADLINE, article.headline()));
            d.add(new TextField(HEADLINE_BIGRAMS, article.kicker() + "\n" + article.headline(), Field.Store.NO));
            d.add(new StringField(STATUS, article.status().name(), Field.Store.YES));
            d.add(new TextField(AUTHOR, article.byline(), Field.Store.NO));
            text(d, all, body);
            documents.add(d);
        }
        for (Photo photo : content.photos()) {
            String caption = photo.caption().printed();
            if (photosWithStory.contains(photo.id()) || caption.isBlank()) {
                continue;
            }
            Document d = common(edition, PHOTO, photo.id(), pagesOf.getOrDefault(photo.id(), new TreeSet<>()));
            d.add(new StoredField(HEADLINE, photo.fileName()));
            d.add(new TextField(AUTHOR, photo.caption().photographer(), Field.Store.NO));
            text(d, caption, caption);
            documents.add(d);
        }
        Document mark = new Document();
        mark.add(new StringField(KIND, MARK, Field.Store.YES));
        mark.add(new StringField(EDITION, edition.id(), Field.Store.YES));
        mark.add(new StoredField(FINGERPRINT, fingerprint));
        documents.add(mark);
        return documents;
    }

    private static Document common(Edition edition, String kind, String id, TreeSet<Integer> pages) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StringField(EDITION, edition.id(), Field.Store.YES));
        d.add(new StoredField(EDITION_NAME, edition.name()));
        d.add(new StoredField(ISSUE, edition.issueNumber()));
        long day = edition.publicationDate().toEpochDay();
        d.add(new LongPoint(DATE, day));
        d.add(new StoredField(DATE, day));
        d.add(new NumericDocValuesField(DATE, day));
        for (int page : pages) {
            d.add(new IntPoint(PAGE, page));
        }
        d.add(new StoredField(FIRST_PAGE, pages.isEmpty() ? 0 : pages.first()));
        return d;
    }

    private static void text(Document d, String all, String shown) {
        d.add(new TextField(WORDS, all, Field.Store.NO));
        d.add(new TextField(BIGRAMS, all, Field.Store.NO));
        d.add(new StoredField(SNIPPET, shown));
    }
}
