package org.copydesk.exchange;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.exchange.PageTextCues.Cue;
import org.copydesk.exchange.PageTextParagraphs.Unit;

/**
 * Splits a text holding many stories one after another (a wire file, the text of a whole printed
 * page) into a proposal of stories, by the cues a newspaper page gives: short lines without closing
 * punctuation before a lead are the headline stack, a dateline or a reporter line opens a story,
 * names after the body close it, captions end with their credit, and 版次 lines, editors' names and
 * slogans are furniture. The cues are listed in {@link PageTextCues} and in decision 0017.
 *
 * <p>Pure and linear in the text: it reads nothing and saves nothing; the editor corrects the
 * proposal before anything is stored.
 */
public final class PageTextSplitter {
    /** The most lines a headline stack grows to across runs (kicker, headline, subtitle, furniture above). */
    private static final int MAX_STACK = 6;

    private PageTextSplitter() {
    }

    /** The proposal for {@code text} (line ends of any kind). */
    public static SplitProposal split(String text, String sourceName) {
        List<Unit> units = markCaptions(PageTextParagraphs.of(text));
        return new SplitProposal(sourceName, new Structure(units).lines());
    }

    /**
     * Captions the line alone does not show: a portrait's title-and-name line next to a caption, and
     * the caption text on the line before a line that is only the credit ({@code 记者 王明/摄}).
     */
    private static List<Unit> markCaptions(List<Unit> units) {
        List<Unit> out = new ArrayList<>(units);
        for (int i = 0; i < out.size(); i++) {
            Unit u = out.get(i);
            if (u.cue() == Cue.CAPTION && i > 0 && u.blanksBefore() == 0
                    && CaptionCredit.read(u.lineNumber(), u.text()).creditOnly()) {
                Unit before = out.get(i - 1);
                if ((before.cue() == Cue.TEXT || before.cue() == Cue.SHORT) && before.text().length() <= 150) {
                    out.set(i - 1, before.withCue(Cue.CAPTION));
                }
            }
        }
        // A slogan-like line set right above a headline (no blank line between) is its kicker.
        for (int i = out.size() - 2; i >= 0; i--) {
            Unit u = out.get(i);
            Unit next = out.get(i + 1);
            if (u.cue() == Cue.FURNITURE && PageTextCues.isSlogan(u.text()) && next.blanksBefore() == 0
                    && next.cue() == Cue.SHORT) {
                out.set(i, u.withCue(Cue.SHORT));
            }
        }
        // Forward, then back: a row of head shots next to one caption are all portraits.
        for (int i = 1; i < out.size(); i++) {
            markPortrait(out, i, out.get(i - 1));
        }
        for (int i = out.size() - 2; i >= 0; i--) {
            markPortrait(out, i, out.get(i + 1));
        }
        return out;
    }

    private static void markPortrait(List<Unit> units, int i, Unit neighbour) {
        Unit u = units.get(i);
        if (u.cue() == Cue.SHORT && neighbour.cue() == Cue.CAPTION && CaptionCredit.looksLikePortrait(u.text())) {
            units.set(i, u.withCue(Cue.CAPTION));
        }
    }

    /** The walk through the paragraphs that decides where each story starts and what each line is. */
    private static final class Structure {
        private final List<Unit> units;
        private final List<ProposedLine> lines = new ArrayList<>();
        private int story = -1;
        /** Whether the story has a lead or body paragraph yet. */
        private boolean hasBody;
        /** Whether an end byline or a 下转 line closed it: the next headline or text starts another. */
        private boolean closed;
        /** Indexes in {@link #lines} of the current story's headline stack. */
        private final List<Integer> head = new ArrayList<>();

        Structure(List<Unit> units) {
            this.units = units;
        }

        List<ProposedLine> lines() {
            int i = 0;
            while (i < units.size()) {
                Unit u = units.get(i);
                if (u.cue() == Cue.SHORT || u.cue() == Cue.MARKED_SUBHEAD) {
                    int end = i;
                    while (end < units.size() && (units.get(end).cue() == Cue.SHORT
                            || units.get(end).cue() == Cue.MARKED_SUBHEAD)) {
                        end++;
                    }
                    titles(units.subList(i, end), end < units.size() ? units.get(end) : null);
                    i = end;
                } else {
                    one(u);
                    i++;
                }
            }
            return List.copyOf(lines);
        }

        private void one(Unit u) {
            switch (u.cue()) {
                case FURNITURE -> add(u, SplitLabel.FURNITURE, Math.max(story, 0));
                case CAPTION -> add(u, SplitLabel.CAPTION, Math.max(story, 0));
                case JUMP -> {
                    add(u, SplitLabel.JUMP, Math.max(story, 0));
                    closed = closed || u.text().contains("下转") || u.text().contains("转第");
                }
                case NAMES -> {
                    if (story < 0) {
                        startStory();
                    }
                    if (hasBody) {
                        add(u, SplitLabel.BYLINE, story);
                        closed = true;
                    } else {
                        add(u, SplitLabel.REPORTER, story);
                    }
                }
                case DATELINE -> {
                    if (story < 0 || hasBody) {
                        startStory();
                    }
                    add(u, SplitLabel.LEAD, story);
                    hasBody = true;
                }
                default -> {
                    if (story < 0 || closed) {
                        startStory();
                    }
                    add(u, hasBody ? SplitLabel.BODY : SplitLabel.LEAD, story);
                    hasBody = true;
                }
            }
        }

        /** A run of short lines: the next story's headline stack, or subheads inside this one. */
        private void titles(List<Unit> run, Unit after) {
            boolean opensStory = after != null && (after.cue() == Cue.DATELINE
                    || after.cue() == Cue.NAMES && !PageTextCues.isBracketed(after.text()));
            boolean stack = run.size() >= 2 || run.stream().anyMatch(u -> PageTextCues.isSubtitle(u.text()));
            boolean marked = run.size() == 1 && run.get(0).cue() == Cue.MARKED_SUBHEAD;
            boolean newStory = story < 0 || closed || opensStory || stack && !marked
                    || run.get(0).blanksBefore() >= 2 && !marked;
            if (hasBody && !newStory) {
                run.forEach(u -> add(u, SplitLabel.SUBHEAD, story));
                return;
            }
            // A stack is a few lines: more short lines before any body start another story, which
            // also keeps relabelling the stack linear in a file of nothing but short lines.
            boolean stackFull = head.size() + run.size() > MAX_STACK;
            if (newStory && (story < 0 || hasBody || closed) || stackFull) {
                startStory();
            }
            for (Unit u : run) {
                head.add(lines.size());
                add(u, SplitLabel.HEADLINE, story);
            }
            labelHead();
        }

        /**
         * Labels the stack: a line starting with a dash is the subtitle; of the others the last three
         * at most are kicker, headline, subtitle (two: the shorter is the headline, so a longer line
         * before it is the kicker and a clearly longer line after it the subtitle; near the same length,
         * kicker then headline); lines above those are
         * furniture (a section name, a slogan).
         */
        private void labelHead() {
            List<Integer> plain = new ArrayList<>();
            boolean dashed = false;
            for (int index : head) {
                if (PageTextCues.isSubtitle(lines.get(index).text())) {
                    relabel(index, SplitLabel.SUBTITLE);
                    dashed = true;
                } else {
                    plain.add(index);
                }
            }
            int extra = Math.max(0, plain.size() - (dashed ? 2 : 3));
            for (int index : plain.subList(0, extra)) {
                relabel(index, SplitLabel.FURNITURE);
            }
            plain = plain.subList(extra, plain.size());
            if (plain.size() == 1) {
                relabel(plain.get(0), SplitLabel.HEADLINE);
            } else if (plain.size() == 2) {
                int first = length(plain.get(0));
                int second = length(plain.get(1));
                if (!dashed && first + 2 < second) {
                    relabel(plain.get(0), SplitLabel.HEADLINE);
                    relabel(plain.get(1), SplitLabel.SUBTITLE);
                } else {
                    relabel(plain.get(0), SplitLabel.KICKER);
                    relabel(plain.get(1), SplitLabel.HEADLINE);
                }
            } else if (plain.size() == 3) {
                relabel(plain.get(0), SplitLabel.KICKER);
                relabel(plain.get(1), SplitLabel.HEADLINE);
                relabel(plain.get(2), SplitLabel.SUBTITLE);
            }
        }

        private int length(int index) {
            String text = lines.get(index).text();
            return text.codePointCount(0, text.length());
        }

        private void relabel(int index, SplitLabel label) {
            lines.set(index, lines.get(index).withLabel(label));
        }

        private void startStory() {
            story++;
            hasBody = false;
            closed = false;
            head.clear();
        }

        private void add(Unit u, SplitLabel label, int storyIndex) {
            lines.add(new ProposedLine(u.lineNumber(), u.text(), label, storyIndex));
        }
    }
}
