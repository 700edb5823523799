package org.copydesk.desk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.exchange.WordContent;
import org.copydesk.exchange.WordDocumentReader;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.Photo;
import org.copydesk.model.WordStyles;
import org.copydesk.store.EditionRepository;

/**
 * Word and WPS documents (.docx, .doc, .wps): the text through the paper's style table, the
 * pictures as photos with draft captions, and a note for everything that did not come in as it
 * stood (tables, notes, comments, tracked changes, pictures that are not photos).
 */
final class WordStoryReader implements StoryReader {
    private static final Words WORDS = Words.ofPackage(WordStoryReader.class);

    /** Longest draft caption kept from a picture's alt text or caption paragraph, in characters. */
    static final int MAX_DRAFT_CAPTION = 2000;

    private final WordPictures pictures = new WordPictures(new PhotoImport());

    @Override
    public boolean reads(Path file) {
        return WordDocumentReader.isWordName(file);
    }

    @Override
    public Article read(Path file, String editionId) {
        return read(file, editionId, WordStyles.defaults()).article();
    }

    @Override
    public StoryReading readStory(Path file, String editionId, EditionRepository repository) {
        return read(file, editionId, repository.wordStyles());
    }

    StoryReading read(Path file, String editionId, WordStyles styles) {
        WordContent content = WordDocumentReader.read(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        WordStoryBuilder.Built built = WordStoryBuilder.build(content, styles, file.toString(), editionId);
        List<String> notes = new ArrayList<>(leftOutNotes(content.leftOut(), file.toString()));
        notes.addAll(built.notes());
        List<Photo> photos = new ArrayList<>();
        for (int i = 0; i < content.pictures().size(); i++) {
            WordContent.Picture picture = content.pictures().get(i);
            String caption = built.captions().getOrDefault(i, picture.altText());
            if (caption.codePointCount(0, caption.length()) > MAX_DRAFT_CAPTION) {
                // Alt text can be a whole description; a caption is a line or two (IPTC holds 2,000 bytes).
                caption = caption.substring(0, caption.offsetByCodePoints(0, MAX_DRAFT_CAPTION));
                notes.add(WORDS.format("word.note.captionCut", file.toString(), picture.fileName(), MAX_DRAFT_CAPTION));
            }
            WordPictures.Result result = pictures.photoOf(picture, caption, name, editionId);
            result.photo().ifPresentOrElse(photos::add, () -> notes.add(
                    WORDS.format("word.note.badPicture", file.toString(), picture.fileName(), result.problem())));
        }
        if (!photos.isEmpty()) {
            notes.add(WORDS.format("word.note.photos", file.toString(), photos.size()));
        }
        return new StoryReading(built.article(), photos, notes);
    }

    private static List<String> leftOutNotes(WordContent.LeftOut left, String file) {
        List<String> notes = new ArrayList<>();
        if (left.tables() > 0) {
            notes.add(WORDS.format("word.note.tables", file, left.tables(), left.tableRows()));
        }
        if (left.footnotes() > 0) {
            notes.add(WORDS.format("word.note.footnotes", file, left.footnotes()));
        }
        if (left.endnotes() > 0) {
            notes.add(WORDS.format("word.note.endnotes", file, left.endnotes()));
        }
        if (left.comments() > 0) {
            notes.add(WORDS.format("word.note.comments", file, left.comments()));
        }
        if (left.insertions() > 0 || left.deletions() > 0) {
            notes.add(WORDS.format("word.note.revisions", file, left.insertions(), left.deletions()));
        }
        if (left.textBoxes() > 0) {
            notes.add(WORDS.format("word.note.textBoxes", file, left.textBoxes()));
        }
        if (left.dropped() > 0) {
            notes.add(WORDS.format("word.note.dropped", file, left.dropped()));
        }
        return notes;
    }
}
