package org.copydesk.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.i18n.Words;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.EditionContent;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * What a 导读 box (index to inside pages) may point at, and what a new one points at: the stories
 * that open on the edition's other pages, and by default each other page's lead story (its largest
 * opening frame). The window's 导读 dialog and {@code copydesk place --index} both start from these
 * and check a box's title and lines by {@link #refusal}.
 */
public final class IndexBoxes {
    private static final Words WORDS = Words.ofPackage(IndexBoxes.class);

    private IndexBoxes() {
    }

    /** A story a box can point at: where it opens and its headline. */
    public record Candidate(String articleId, int page, String headline) {
    }

    /**
     * Every story opening (part 0) on a page other than {@code boxPage}, by page and then from the
     * top left of the page down; spiked stories are left out.
     */
    public static List<Candidate> candidates(EditionContent content, int boxPage) {
        List<Candidate> out = new ArrayList<>();
        for (Page page : otherPages(content, boxPage)) {
            openings(content, page)
                    .sorted(Comparator.comparingInt((Placement p) -> p.frame().row()).thenComparingInt(p -> p.frame().column()))
                    .forEach(p -> content.article(p.contentId())
                            .ifPresent(a -> out.add(new Candidate(a.id(), page.number(), a.headline()))));
        }
        return out;
    }

    /** Each other page's lead story, in page order: the story whose opening frame there is largest (the higher on a tie). */
    public static List<IndexEntry> insideLeads(EditionContent content, int boxPage) {
        List<IndexEntry> leads = new ArrayList<>();
        for (Page page : otherPages(content, boxPage)) {
            openings(content, page)
                    .max(Comparator.comparingInt((Placement p) -> p.frame().columnSpan() * p.frame().rowSpan())
                            .thenComparingInt(p -> -p.frame().row()))
                    .ifPresent(p -> leads.add(IndexEntry.of(p.contentId())));
            if (leads.size() == IndexBoxPlacement.ENTRIES_MAX) {
                break;
            }
        }
        return leads;
    }

    private static List<Page> otherPages(EditionContent content, int boxPage) {
        return content.pages().stream().filter(page -> page.number() != boxPage).toList();
    }

    /** The frames on {@code page} where a story of the edition opens (part 0), spiked stories left out. */
    private static Stream<Placement> openings(EditionContent content, Page page) {
        return page.placements().stream()
                .filter(p -> p instanceof StoryPlacement s && s.part() == 0
                        && content.article(s.articleId()).filter(a -> a.status() != ArticleStatus.SPIKED).isPresent());
    }

    /**
     * Why a box with {@code title} and {@code entries} cannot be made up in {@code content}, in the
     * user's language; empty when it can. A title is one short line, a box holds at most
     * {@value IndexBoxPlacement#ENTRIES_MAX} lines, each pointing at a story of the edition, once.
     */
    public static Optional<String> refusal(EditionContent content, String title, List<IndexEntry> entries) {
        String t = title == null ? "" : title.strip();
        if (t.codePointCount(0, t.length()) > IndexBoxPlacement.TITLE_MAX) {
            return Optional.of(WORDS.format("index.titleTooLong", t, IndexBoxPlacement.TITLE_MAX));
        }
        if (entries.size() > IndexBoxPlacement.ENTRIES_MAX) {
            return Optional.of(WORDS.format("index.tooManyEntries", entries.size(), IndexBoxPlacement.ENTRIES_MAX));
        }
        List<String> seen = new ArrayList<>();
        for (IndexEntry entry : entries) {
            if (content.article(entry.articleId()).isEmpty()) {
                return Optional.of(WORDS.format("index.unknownStory", entry.articleId(), Described.edition(content.edition())));
            }
            if (seen.contains(entry.articleId())) {
                return Optional.of(WORDS.format("index.storyTwice",
                        Described.story(content.article(entry.articleId()).orElseThrow())));
            }
            seen.add(entry.articleId());
            String s = entry.shortText();
            if (s.codePointCount(0, s.length()) > IndexEntry.SHORT_TEXT_MAX) {
                return Optional.of(WORDS.format("index.shortTextTooLong", s, IndexEntry.SHORT_TEXT_MAX));
            }
        }
        return Optional.empty();
    }

    /** As {@link #refusal}, thrown. */
    static void check(EditionContent content, String title, List<IndexEntry> entries) {
        refusal(content, title, entries).ifPresent(message -> {
            throw new OperationRefusedException(message);
        });
    }
}
