package org.copydesk.desk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.EditorNote;
import org.copydesk.store.EditionRepository;

/**
 * Editors' notes (批注) on a story's text: reading them anchored to the text as it is now, adding
 * one on a range, resolving and reopening. The article editor and {@code copydesk notes} both come
 * here. Notes are never part of the story's text: the composer, the PDF and the body of an export
 * never see them.
 */
public final class EditorNotes {
    private static final Words WORDS = Words.ofPackage(EditorNotes.class);

    private final StoryOperations stories;
    private final Clock clock;

    EditorNotes(StoryOperations stories, Clock clock) {
        this.stories = Objects.requireNonNull(stories, "stories");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The story's notes, oldest first, each placed on the story's text as stored now ({@link
     * NoteAnchors}); a note that moved or came loose is saved so, so every reader sees the same.
     */
    public List<EditorNote> load(EditionRepository repository, String storyId) {
        Article story = stories.find(repository, storyId);
        List<EditorNote> stored = repository.notes(story.id());
        List<EditorNote> anchored = new ArrayList<>(stored.size());
        List<EditorNote> moved = new ArrayList<>();
        for (EditorNote note : stored) {
            EditorNote now = NoteAnchors.anchor(note, story.body());
            anchored.add(now);
            if (!now.equals(note)) {
                moved.add(now);
            }
        }
        if (!moved.isEmpty()) {
            repository.saveNotes(moved);
        }
        return List.copyOf(anchored);
    }

    /**
     * Adds a note by the repository's person on characters {@code [start, end)} (UTF-16) of body
     * block {@code paragraph} (0-based); refused when the range is not in the story or splits a character.
     */
    public EditorNote add(EditionRepository repository, String storyId, int paragraph, int start, int end, String text) {
        Article story = stories.find(repository, storyId);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new OperationRefusedException(WORDS.format("notes.empty"));
        }
        if (note.length() > EditorNote.MAX_TEXT_LENGTH) {
            throw new OperationRefusedException(WORDS.format("notes.tooLong", EditorNote.MAX_TEXT_LENGTH));
        }
        if (paragraph < 0 || paragraph >= story.body().size()) {
            throw new OperationRefusedException(WORDS.format("notes.noParagraph", paragraph + 1,
                    Described.story(story), story.body().size()));
        }
        String block = story.body().get(paragraph).text();
        if (start < 0 || end < start || end > block.length() || !NoteAnchors.wholeCharacters(block, start, end)) {
            throw new OperationRefusedException(WORDS.format("notes.badRange", paragraph + 1,
                    block.codePointCount(0, block.length())));
        }
        String quoted = block.substring(start, end);
        if (quoted.length() > EditorNote.MAX_TEXT_LENGTH) {
            throw new OperationRefusedException(WORDS.format("notes.quoteTooLong", EditorNote.MAX_TEXT_LENGTH));
        }
        EditorNote added = new EditorNote(UUID.randomUUID().toString(), story.id(), paragraph, start, end, quoted, note,
                repository.person().name(), clock.instant(), false, false);
        repository.saveNotes(List.of(added));
        return added;
    }

    /**
     * {@link #add} as people count: paragraph {@code paragraphNumber} of the body (1 = the first),
     * characters {@code fromChar} to {@code toChar} of it, both included, counted from 1 (a character
     * outside the BMP counts once).
     */
    public EditorNote addOnCharacters(EditionRepository repository, String storyId, int paragraphNumber, int fromChar,
                                      int toChar, String text) {
        Article story = stories.find(repository, storyId);
        int paragraph = paragraphNumber - 1;
        if (paragraph < 0 || paragraph >= story.body().size()) {
            throw new OperationRefusedException(WORDS.format("notes.noParagraph", paragraphNumber,
                    Described.story(story), story.body().size()));
        }
        String block = story.body().get(paragraph).text();
        int characters = block.codePointCount(0, block.length());
        if (fromChar < 1 || toChar < fromChar - 1 || toChar > characters) {
            throw new OperationRefusedException(WORDS.format("notes.badRange", paragraphNumber, characters));
        }
        return add(repository, story.id(), paragraph, block.offsetByCodePoints(0, fromChar - 1),
                block.offsetByCodePoints(0, toChar), text);
    }

    /** Marks the note dealt with ({@code resolved}) or open again; {@code noteId} may be the start of its id. */
    public EditorNote setResolved(EditionRepository repository, String storyId, String noteId, boolean resolved) {
        EditorNote note = find(repository, storyId, noteId);
        EditorNote changed = note.withResolved(resolved);
        if (!changed.equals(note)) {
            repository.saveNotes(List.of(changed));
        }
        return changed;
    }

    /** Saves where the editor moved notes to while the text was edited. */
    public void keepAnchors(EditionRepository repository, List<EditorNote> notes) {
        if (!notes.isEmpty()) {
            repository.saveNotes(notes);
        }
    }

    /** Every note on every story of an edition, as an edition package carries them. */
    public List<EditorNote> ofEdition(EditionRepository repository, String editionId) {
        return repository.notesOfEdition(editionId);
    }

    private EditorNote find(EditionRepository repository, String storyId, String noteId) {
        String wanted = noteId == null ? "" : noteId.strip();
        List<EditorNote> matching = repository.notes(stories.find(repository, storyId).id()).stream()
                .filter(n -> !wanted.isEmpty() && n.id().startsWith(wanted)).toList();
        if (matching.size() != 1) {
            throw new OperationRefusedException(WORDS.format(matching.isEmpty() ? "notes.unknown" : "notes.ambiguous",
                    wanted, storyId));
        }
        return matching.get(0);
    }
}
