package org.copydesk.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/** Small editions written for the search tests, in the manner of a city daily. */
public final class ArchiveSamples {
    public static final Instant SAVED = Instant.parse("2026-11-30T09:00:00Z");

    private ArchiveSamples() {
    }

    public static Article story(String id, String editionId, String headline, String byline, ArticleStatus status,
                                String... paragraphs) {
        List<Block> body = new ArrayList<>();
        for (String p : paragraphs) {
            body.add(new Block.Paragraph(p));
        }
        return new Article(id, editionId, "", headline, "", byline, body, status, 0, 1, SAVED, SAVED);
    }

    public static Photo photo(String id, String editionId, String caption, String photographer) {
        byte[] bytes = ("photo " + id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Photo(id, editionId, id + ".jpg", "image/jpeg", bytes, sha256(bytes), 800, 600,
                new Caption(caption, photographer, "", CaptionKind.NEWS));
    }

    /**
     * Edition {@code id} on {@code date}: its stories, the first on page 1, the second on page 3, the
     * rest on no page; its photos framed with the first story when {@code withStory}, else alone on page 1.
     */
    public static EditionContent edition(String id, LocalDate date, int issue, List<Article> stories,
                                         List<Photo> photos, boolean withStory) {
        List<Placement> front = new ArrayList<>();
        List<Placement> third = new ArrayList<>();
        if (!stories.isEmpty()) {
            front.add(StoryPlacement.of(stories.get(0).id(), new GridRect(0, 12, 4, 40), 0)); // below the 报头
        }
        if (stories.size() > 1) {
            third.add(StoryPlacement.of(stories.get(1).id(), new GridRect(0, 0, 4, 40), 0));
        }
        for (Photo p : photos) {
            front.add(new PhotoPlacement(p.id(), new GridRect(4, 12, 2, 20),
                    withStory && !stories.isEmpty() ? stories.get(0).id() : null));
        }
        PageSpec spec = PageSpec.broadsheet();
        List<Page> pages = List.of(new Page(id + "-p1", id, 1, "要闻", spec, front),
                new Page(id + "-p2", id, 2, "经济", spec, List.of()),
                new Page(id + "-p3", id, 3, "城市", spec, third));
        return new EditionContent(new Edition(id, "江澜日报", date, issue), pages, stories, photos);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
