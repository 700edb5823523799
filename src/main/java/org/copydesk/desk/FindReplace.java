package org.copydesk.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.Photo;

/**
 * Find and replace over text, over a story's fields and body blocks and over photo captions. Pure
 * functions of values: the window's find bar, its edition dialog and {@code copydesk replace} all
 * call these, and saving what {@link #plan} returns is the caller's business.
 *
 * <p>A story is searched field by field — 引题, 主题, 副题, reporter line, then each body block, a
 * lead's dateline apart from its text — so a match never spans two fields or two paragraphs, and
 * a replaced story keeps its blocks and their kinds. Empty matches (an expression such as
 * {@code x*}) are never listed.
 */
public final class FindReplace {
    /** Characters of context shown on each side of a match. */
    public static final int CONTEXT = 18;
    private static final Words WORDS = Words.ofPackage(FindReplace.class);

    private FindReplace() {
    }

    /** Every match in {@code text}; replacements empty. */
    public static List<TextMatch> matches(String text, FindQuery query) {
        return scan(text, query, null);
    }

    /**
     * Every match in {@code text} with what it becomes: {@code replacement} taken literally for plain
     * text, with {@code $1}, {@code ${name}} and {@code \$} for a regular expression.
     *
     * @throws OperationRefusedException when the query or the replacement is not valid
     */
    public static List<TextMatch> matches(String text, FindQuery query, String replacement) {
        return scan(text, query, Objects.requireNonNull(replacement, "replacement"));
    }

    /** {@code text} with every match replaced. */
    public static String replaceAll(String text, FindQuery query, String replacement) {
        return apply(text, matches(text, query, replacement));
    }

    /** Every match in the stories' fields and the photos' captions, stories first, in reading order. */
    public static List<FindMatch> find(List<Article> articles, List<Photo> photos, FindQuery query) {
        return plan(articles, photos, query, null).matches();
    }

    /**
     * What replacing every match would do: the matches with their replacements, and the stories and
     * photos that change, before and after. The after values keep the before values' versions, so
     * saving them is refused if a story was saved elsewhere meanwhile.
     *
     * @param replacement the replacement; {@code null} to find only (nothing changes)
     */
    public static ReplacePlan plan(List<Article> articles, List<Photo> photos, FindQuery query, String replacement) {
        query.pattern();
        var run = new Run(query, replacement);
        var before = new ArrayList<Article>();
        var after = new ArrayList<Article>();
        for (Article article : articles) {
            Article replaced = run.article(article);
            if (!replaced.equals(article)) {
                before.add(article);
                after.add(replaced);
            }
        }
        var photosBefore = new ArrayList<Photo>();
        var photosAfter = new ArrayList<Photo>();
        for (Photo photo : photos) {
            Caption c = photo.caption();
            String text = run.field(photo.id(), photo.fileName(), FindWhere.CAPTION, -1, c.text());
            if (!text.equals(c.text())) {
                photosBefore.add(photo);
                photosAfter.add(photo.withCaption(new Caption(text, c.photographer(), c.credit(), c.kind())));
            }
        }
        return new ReplacePlan(run.found, before, after, photosBefore, photosAfter);
    }

    /** {@code text} with {@code found} (in order, from {@link #matches}) replaced. */
    public static String apply(String text, List<TextMatch> found) {
        var out = new StringBuilder(text.length());
        int at = 0;
        for (TextMatch m : found) {
            out.append(text, at, m.start()).append(m.replacement());
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static List<TextMatch> scan(String text, FindQuery query, String replacement) {
        Matcher m = query.pattern().matcher(text);
        String rule = replacement == null ? null : query.replacementFor(replacement);
        var found = new ArrayList<TextMatch>();
        var expanded = new StringBuilder();
        int appended = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (start == end || query.wholeWord() && !query.wholeWordAt(text, start, end)) {
                continue;
            }
            String becomes = "";
            if (rule != null) {
                // appendReplacement copies the text since the last match, then the expanded
                // replacement: what follows that copy is the replacement alone.
                int from = expanded.length() + (start - appended);
                expand(m, expanded, rule, replacement);
                becomes = expanded.substring(from);
                appended = end;
            }
            found.add(new TextMatch(start, end, m.group(), becomes));
        }
        return List.copyOf(found);
    }

    private static void expand(Matcher m, StringBuilder into, String rule, String replacement) {
        try {
            m.appendReplacement(into, rule);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new OperationRefusedException(WORDS.format("find.badReplacement", replacement, e.getMessage()));
        }
    }

    /** One pass over many texts, collecting the matches as it replaces. */
    private static final class Run {
        private final FindQuery query;
        private final String replacement;
        private final List<FindMatch> found = new ArrayList<>();

        Run(FindQuery query, String replacement) {
            this.query = query;
            this.replacement = replacement;
        }

        Article article(Article a) {
            String title = a.headline();
            String kicker = field(a.id(), title, FindWhere.KICKER, -1, a.kicker());
            String headline = field(a.id(), title, FindWhere.HEADLINE, -1, a.headline());
            String subtitle = field(a.id(), title, FindWhere.SUBTITLE, -1, a.subtitle());
            String byline = field(a.id(), title, FindWhere.BYLINE, -1, a.byline());
            var body = new ArrayList<Block>(a.body().size());
            for (int i = 0; i < a.body().size(); i++) {
                body.add(block(a, title, i, a.body().get(i)));
            }
            Article replaced = a.withHeadlines(kicker, headline, subtitle).withByline(byline).withBody(body);
            return replaced.equals(a) ? a : replaced;
        }

        private Block block(Article a, String title, int n, Block block) {
            if (block instanceof Block.Lead lead) {
                return new Block.Lead(field(a.id(), title, FindWhere.DATELINE, n, lead.dateline()),
                        field(a.id(), title, FindWhere.BODY, n, lead.body()));
            }
            String text = field(a.id(), title, FindWhere.BODY, n, block.text());
            if (block instanceof Block.Subhead) {
                return new Block.Subhead(text);
            }
            return block instanceof Block.EndByline ? new Block.EndByline(text) : new Block.Paragraph(text);
        }

        String field(String ownerId, String title, FindWhere where, int block, String text) {
            List<TextMatch> matches = replacement == null ? matches(text, query) : matches(text, query, replacement);
            for (TextMatch m : matches) {
                found.add(new FindMatch(ownerId, title, where, block, m,
                        text.substring(Math.max(0, m.start() - CONTEXT), m.start()),
                        text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT))));
            }
            return replacement == null || matches.isEmpty() ? text : apply(text, matches);
        }
    }
}
