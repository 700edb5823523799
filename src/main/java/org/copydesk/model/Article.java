package org.copydesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A story. Edits produce new values ({@code with...}); the store keeps every saved value as a
 * revision and uses {@code version} for optimistic locking.
 *
 * @param id           stable identity (a UUID string)
 * @param editionId    the edition it belongs to
 * @param kicker       引题, may be empty
 * @param headline     主题
 * @param subtitle     副题, may be empty
 * @param byline       the reporter line set before the body, e.g. 本报记者 王晓明; may be empty
 * @param body         the blocks in reading order
 * @param status       desk status
 * @param targetLength the length the desk asked for, in characters (字); 0 when not set
 * @param version      increases by one on every save; 0 for a story never saved
 * @param jumpHeadline 转版标题: the short headline over the story's continuation on another page;
 *                     empty lets the composer shorten the headline
 */
public record Article(String id, String editionId, String kicker, String headline, String subtitle,
                      String byline, List<Block> body, ArticleStatus status, int targetLength,
                      long version, Instant created, Instant updated, String jumpHeadline) {

    /** Longest 转版标题, in characters: it is set large across a continuation's few columns. */
    public static final int MAX_JUMP_HEADLINE = 30;

    /**
     * The most characters a story's text ({@link #textCharacters()}) may have. A newspaper story is
     * 1,000 to 10,000 字 and a long feature 30,000; 200,000 is far beyond any story and still small
     * enough for the editor, the composer and every database column. Importers refuse more; see
     * {@code docs/story-format.md}.
     */
    public static final int MAX_TEXT_CHARACTERS = 200_000;

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(editionId, "editionId");
        kicker = kicker == null ? "" : kicker;
        headline = headline == null ? "" : headline;
        subtitle = subtitle == null ? "" : subtitle;
        byline = byline == null ? "" : byline;
        jumpHeadline = jumpHeadline == null ? "" : jumpHeadline;
        body = List.copyOf(body);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    /** A story without its own 转版标题 (what every story was before stories had one). */
    public Article(String id, String editionId, String kicker, String headline, String subtitle,
                   String byline, List<Block> body, ArticleStatus status, int targetLength,
                   long version, Instant created, Instant updated) {
        this(id, editionId, kicker, headline, subtitle, byline, body, status, targetLength, version, created, updated, "");
    }

    /** The body as plain text, one block per line: what search and ninjs {@code bodies[main]} hold. */
    public String plainText() {
        return body.stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    /**
     * Characters (code points) of everything a reader sees: kicker, headline, subtitle, reporter
     * line, jump headline and every block; what {@link #MAX_TEXT_CHARACTERS} bounds.
     */
    public int textCharacters() {
        long n = count(kicker) + count(headline) + count(subtitle) + count(byline) + count(jumpHeadline);
        for (Block block : body) {
            n += count(block.text());
        }
        return (int) Math.min(Integer.MAX_VALUE, n);
    }

    private static long count(String s) {
        return s.codePointCount(0, s.length());
    }

    public Article withBody(List<Block> newBody) {
        return new Article(id, editionId, kicker, headline, subtitle, byline, newBody, status,
                targetLength, version, created, updated, jumpHeadline);
    }

    public Article withHeadlines(String newKicker, String newHeadline, String newSubtitle) {
        return new Article(id, editionId, newKicker, newHeadline, newSubtitle, byline, body, status,
                targetLength, version, created, updated, jumpHeadline);
    }

    public Article withByline(String newByline) {
        return new Article(id, editionId, kicker, headline, subtitle, newByline, body, status,
                targetLength, version, created, updated, jumpHeadline);
    }

    public Article withStatus(ArticleStatus newStatus) {
        return new Article(id, editionId, kicker, headline, subtitle, byline, body, newStatus,
                targetLength, version, created, updated, jumpHeadline);
    }

    public Article withTargetLength(int newTargetLength) {
        return new Article(id, editionId, kicker, headline, subtitle, byline, body, status,
                newTargetLength, version, created, updated, jumpHeadline);
    }

    public Article withJumpHeadline(String newJumpHeadline) {
        return new Article(id, editionId, kicker, headline, subtitle, byline, body, status,
                targetLength, version, created, updated, newJumpHeadline);
    }

    /** The value as saved: the store calls this with the new version and time. */
    public Article withSaved(long newVersion, Instant when) {
        return new Article(id, editionId, kicker, headline, subtitle, byline, body, status,
                targetLength, newVersion, created, when, jumpHeadline);
    }
}
