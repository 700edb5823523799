package org.copydesk.desk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.copydesk.copyin.Script;
import org.copydesk.copyin.StoryCopyIn;
import org.copydesk.exchange.StoryImportException;
import org.copydesk.i18n.Words;
import org.copydesk.model.Article;
import org.copydesk.model.Photo;
import org.copydesk.store.ArticleLimits;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;

/**
 * Brings story files into an edition, all or nothing: every file is read and checked first (by the
 * reader registered for its kind), and only when all are good are they saved, in one transaction.
 * One bad file, a database failure or a killed process imports none.
 */
public final class StoryImport {
    private static final Words WORDS = Words.ofPackage(StoryImport.class);

    /** The script the paper prints: Simplified until papers have a setting for it (decision 0015). */
    public static final Script PAPER_SCRIPT = Script.SIMPLIFIED;

    private final List<StoryReader> readers;

    public StoryImport(List<StoryReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The readers for story text files; later formats are added to this list. */
    public static StoryImport withBuiltInReaders() {
        return new StoryImport(List.of(new WordStoryReader(), new TextStoryReader()));
    }

    /** Whether some reader takes {@code file}. */
    public boolean reads(Path file) {
        return readers.stream().anyMatch(reader -> reader.reads(file));
    }

    /**
     * Reads and checks every file, then saves all the stories as new, unplaced articles of
     * {@code editionId}. Throws {@link ImportRefusedException} listing every bad file, or a
     * {@link StoreException} saying nothing was imported.
     */
    public List<Article> importFiles(EditionRepository repository, String editionId, List<Path> files) {
        return importWithReport(repository, editionId, files).stories();
    }

    /**
     * As {@link #importFiles}, and also saves the photos that came with the stories (a Word
     * document's pictures) in the same transaction, and returns the notes the readers made.
     */
    public ImportReport importWithReport(EditionRepository repository, String editionId, List<Path> files) {
        return importWithReport(repository, editionId, files, CopyInOptions.asWritten());
    }

    /**
     * As {@link #importWithReport(EditionRepository, String, List)}, cleaning the copy as
     * {@code options} say, and noting each story mostly in the other script than the paper's
     * (decision 0015).
     */
    public ImportReport importWithReport(EditionRepository repository, String editionId, List<Path> files,
                                         CopyInOptions options) {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(options, "options");
        StoryCopyIn copyIn = StoryCopyIn.standard();
        List<Article> articles = new ArrayList<>();
        List<Photo> photos = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                StoryReading reading = readerFor(file).readStory(file, editionId, repository);
                Article article = copyIn(copyIn, file, reading.article(), options, notes);
                ArticleLimits.problem(article).ifPresentOrElse(
                        problem -> problems.add(WORDS.format("import.fileProblem", file.toString(), problem)),
                        () -> {
                            articles.add(article);
                            photos.addAll(reading.photos());
                            notes.addAll(reading.notes());
                        });
            } catch (StoryImportException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems, files.size());
        }
        try {
            // One transaction for the whole batch; each story is inserted as its first revision.
            return new ImportReport(repository.saveArticlesWithPhotos(articles, photos), photos, notes);
        } catch (StoreException e) {
            throw new StoreException(WORDS.format("import.notSaved", e.getMessage()), e);
        }
    }

    private static Article copyIn(StoryCopyIn copyIn, Path file, Article article, CopyInOptions options,
                                  List<String> notes) {
        Article cleaned = article;
        if (options.fixPunctuation()) {
            int marks = copyIn.punctuation(article).size();
            if (marks > 0) {
                cleaned = copyIn.fixPunctuation(article);
                notes.add(WORDS.format("import.punctuationFixed", file.toString(), marks));
            }
        }
        var detection = copyIn.detect(cleaned);
        if (detection.mostlyOtherThan(PAPER_SCRIPT)) {
            notes.add(WORDS.format("import.otherScript", file.toString(), scriptWord(PAPER_SCRIPT.other()),
                    scriptWord(PAPER_SCRIPT), PAPER_SCRIPT == Script.SIMPLIFIED ? "simplified" : "traditional"));
        }
        return cleaned;
    }

    /** 简体 or 繁体, in the user's language. */
    static String scriptWord(Script script) {
        return script == Script.SIMPLIFIED ? WORDS.format("script.SIMPLIFIED") : WORDS.format("script.TRADITIONAL");
    }

    private StoryReader readerFor(Path file) {
        return readers.stream().filter(reader -> reader.reads(file)).findFirst()
                .orElseThrow(() -> new StoryImportException(WORDS.format("import.unknownKind", file.toString())));
    }
}
