package org.copydesk.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;

/**
 * What content must be before the store writes it, checked without the database: every part names
 * its edition and no id repeats, every story fits the schema, every photo's bytes match the digest
 * it came with. Refusing here means a bad edition writes nothing at all.
 */
final class ContentChecks {
    private static final Words WORDS = Words.ofPackage(ContentChecks.class);

    private ContentChecks() {
    }

    /** The checks that need no database, so a whole edition is refused before anything is written. */
    static void checkWhole(EditionContent content) {
        checkBelongs(content);
        for (Article article : content.articles()) {
            ArticleLimits.problem(article).ifPresent(problem -> {
                throw new StoreException(WORDS.format("repo.storyNotInserted", describe(article), problem));
            });
        }
        content.photos().forEach(ContentChecks::checkDigest);
    }

    /** A story for a message: the start of its headline and its id. */
    static String describe(Article article) {
        String headline = article.headline().strip();
        String shown = headline.codePointCount(0, headline.length()) <= 20 ? headline
                : headline.substring(0, headline.offsetByCodePoints(0, 20)) + "…";
        return WORDS.format("story.describe", shown, article.id());
    }

    /** Refuses content whose parts name another edition or repeat an id, before anything is written. */
    private static void checkBelongs(EditionContent content) {
        String id = content.edition().id();
        Set<String> seen = new HashSet<>();
        for (Page p : content.pages()) {
            if (!(p.editionId().equals(id) && seen.add("page:" + p.id()))) {
                throw notBelonging(WORDS.format("item.page", p.number()), p.id(), id);
            }
        }
        for (Article a : content.articles()) {
            if (!(a.editionId().equals(id) && seen.add("article:" + a.id()))) {
                throw notBelonging(WORDS.format("item.article", a.headline()), a.id(), id);
            }
        }
        for (Photo p : content.photos()) {
            if (!(p.editionId().equals(id) && seen.add("photo:" + p.id()))) {
                throw notBelonging(WORDS.format("item.photo", p.fileName()), p.id(), id);
            }
        }
    }

    private static StoreException notBelonging(String what, String itemId, String editionId) {
        return new StoreException(WORDS.format("repo.notBelonging", what, itemId, editionId));
    }

    /** The digest names the bytes; a mismatch means a damaged or mixed-up file. */
    static void checkDigest(Photo photo) {
        String actual = sha256(photo.bytes());
        if (!actual.equalsIgnoreCase(photo.sha256())) {
            throw new StoreException(WORDS.format("repo.photoDigest", photo.fileName(), photo.id(), actual, photo.sha256()));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
