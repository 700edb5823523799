package org.copydesk.desk;

import java.util.List;
import org.copydesk.model.Block;
import org.copydesk.model.EditorNote;

/**
 * Keeps a note on its text when the story changes. The editor moves notes with each edit as it
 * happens; a story changed elsewhere (another desk, a restore, a replace-all) is matched here when
 * the notes are read: the note stays where it is if its quotation is still there, else it moves to
 * the nearest place the quotation is found (its own paragraph first), else it is detached: shown
 * apart with its quotation, never dropped.
 */
public final class NoteAnchors {

    private NoteAnchors() {
    }

    /** The note placed on {@code body} as it is now. */
    public static EditorNote anchor(EditorNote note, List<Block> body) {
        if (fits(note, body)) {
            return note.detached() ? note.movedTo(note.paragraph(), note.start(), note.end(), note.quoted()) : note;
        }
        if (note.quoted().isEmpty()) {
            // A note on a point has nothing to look for: it goes to the end of its paragraph, or the last one.
            if (body.isEmpty()) {
                return note.detached() ? note : note.asDetached();
            }
            int paragraph = Math.min(note.paragraph(), body.size() - 1);
            int end = body.get(paragraph).text().length();
            return note.movedTo(paragraph, Math.min(note.start(), end), Math.min(note.start(), end), "");
        }
        int bestParagraph = -1;
        int bestStart = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int p = 0; p < body.size(); p++) {
            String text = body.get(p).text();
            for (int at = text.indexOf(note.quoted()); at >= 0; at = text.indexOf(note.quoted(), at + 1)) {
                // Its own paragraph first, then the nearest paragraph; within one, nearest the old place.
                long distance = (long) Math.abs(p - note.paragraph()) * 1_000_000L + Math.abs(at - note.start());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    bestParagraph = p;
                    bestStart = at;
                }
            }
        }
        if (bestParagraph < 0) {
            return note.detached() ? note : note.asDetached();
        }
        return note.movedTo(bestParagraph, bestStart, bestStart + note.quoted().length(), note.quoted());
    }

    /** Whether the note's range is in the body, on whole characters, and still holds its quotation. */
    public static boolean fits(EditorNote note, List<Block> body) {
        if (note.paragraph() >= body.size()) {
            return false;
        }
        String text = body.get(note.paragraph()).text();
        return note.end() <= text.length() && wholeCharacters(text, note.start(), note.end())
                && text.substring(note.start(), note.end()).equals(note.quoted());
    }

    /** Neither end of {@code [start, end)} falls between the halves of a surrogate pair. */
    public static boolean wholeCharacters(String text, int start, int end) {
        return boundary(text, start) && boundary(text, end);
    }

    private static boolean boundary(String text, int at) {
        return at <= 0 || at >= text.length()
                || !(Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at)));
    }
}
