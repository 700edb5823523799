package org.copydesk.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.copydesk.exchange.PageTextCues.Cue;

/**
 * The paragraphs of a page's text for the splitter, each with its cue: one per line, except that a
 * long line stopping mid-sentence (copy hard-wrapped by whoever copied the page) goes on into the
 * next, and a jump line at the end or start of a paragraph is split off onto its own.
 */
final class PageTextParagraphs {
    /** A line shorter than this that does not end a sentence is not joined to the next. */
    private static final int JOIN_MIN = PageTextCues.SHORT_MAX;

    private PageTextParagraphs() {
    }

    /** A paragraph of the source: where it starts, its text, the blank lines before it, its cue. */
    record Unit(int lineNumber, String text, int blanksBefore, Cue cue) {
        Unit withCue(Cue newCue) {
            return new Unit(lineNumber, text, blanksBefore, newCue);
        }
    }

    /** The text's paragraphs with their cues; hard-wrapped lines joined, jump lines split off. */
    static List<Unit> of(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Unit> units = new ArrayList<>();
        // The paragraph being joined is kept in a builder: joining a hard-wrapped 10 MB paragraph line
        // by line into new strings would copy it once per line.
        StringBuilder joining = null;
        int blanks = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                blanks++;
                continue;
            }
            for (String part : withJumpsApart(line)) {
                Cue cue = PageTextCues.of(part);
                int last = units.size() - 1;
                if (blanks == 0 && last >= 0 && joinsNext(units.get(last), joining) && (cue == Cue.TEXT || cue == Cue.SHORT)) {
                    if (joining == null) {
                        joining = new StringBuilder(units.get(last).text());
                    }
                    appendJoined(joining, part);
                } else {
                    finish(units, joining);
                    joining = null;
                    units.add(new Unit(i + 1, part, blanks, cue));
                }
                blanks = 0;
            }
        }
        finish(units, joining);
        return units;
    }

    /** Puts the joined text into the last unit; its cue stays (a long text or dateline paragraph). */
    private static void finish(List<Unit> units, StringBuilder joining) {
        if (joining != null) {
            Unit last = units.get(units.size() - 1);
            units.set(units.size() - 1, new Unit(last.lineNumber(), joining.toString(), last.blanksBefore(), last.cue()));
        }
    }

    /** A long line that stops mid-sentence was wrapped by whoever copied the page: the next line goes on. */
    private static boolean joinsNext(Unit unit, StringBuilder joining) {
        CharSequence text = joining != null ? joining : unit.text();
        return (unit.cue() == Cue.TEXT || unit.cue() == Cue.DATELINE) && text.length() > JOIN_MIN
                && !PageTextCues.endsSentence(text.subSequence(Math.max(0, text.length() - 2), text.length()).toString());
    }

    /** Nothing between Han characters; one space between two Latin letters or digits. */
    private static void appendJoined(StringBuilder before, String after) {
        int last = before.codePointBefore(before.length());
        int first = after.codePointAt(0);
        if (last < 0x250 && Character.isLetterOrDigit(last) && first < 0x250 && Character.isLetterOrDigit(first)) {
            before.append(' ');
        }
        before.append(after);
    }

    /** {@code ……（下转第3版）} ends the text on this page: the jump line is a line of its own. */
    private static List<String> withJumpsApart(String line) {
        Matcher m = PageTextCues.JUMP_LINE.matcher(line);
        if (!m.find() || m.start() == 0 && m.end() == line.length()) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>();
        if (m.start() > 0) {
            parts.add(line.substring(0, m.start()).strip());
        }
        parts.add(m.group());
        if (m.end() < line.length()) {
            parts.add(line.substring(m.end()).strip());
        }
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }
}
