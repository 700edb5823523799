package org.copydesk.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.sample.SampleEdition;

/**
 * The child process of {@link CrashSafetyTest}: runs the store operations a desk runs (import of a
 * batch of stories, autosave of edits, import of a whole edition, recreating the sample, online
 * backup, closing and reopening) in a random order until it is killed. After each operation
 * returns it prints an acknowledgement line ({@code ACK kind key number .}); the parent holds the
 * database to every whole line it read.
 *
 * <p>Arguments: database folder, random seed.
 */
public final class CrashWorkload {
    static final String BASE_EDITION = "crash-base";

    private final Path folder;
    private final Random random;
    private final PrintStream out;
    private Database database;
    private final List<String> baseArticles = new ArrayList<>();
    private EditionContent sample;
    private int backups;

    private CrashWorkload(Path folder, long seed, PrintStream out) {
        this.folder = folder;
        this.random = new Random(seed);
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        new CrashWorkload(Path.of(args[0]), Long.parseLong(args[1]), out).run();
    }

    private void run() {
        open();
        while (true) {
            int roll = random.nextInt(100);
            if (roll < 30) {
                importStories();
            } else if (roll < 70) {
                autosave();
            } else if (roll < 78) {
                importEdition();
            } else if (roll < 82) {
                recreateSample();
            } else if (roll < 88) {
                backUp();
            } else {
                database.close();
                open();
            }
        }
    }

    private void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(folder.toString()), Map.of()));
        EditionRepository repository = database.repository();
        if (repository.loadEdition(BASE_EDITION).isEmpty()) {
            repository.insertEdition(TestEditions.edition(BASE_EDITION).build());
            ack("EDITION", BASE_EDITION, 0);
        }
        baseArticles.clear();
        repository.loadEdition(BASE_EDITION).orElseThrow().articles().forEach(a -> baseArticles.add(a.id()));
        ack("OPEN", folder.toString(), 0);
    }

    /** {@code copydesk import} of three files: one batch, each story saved as its first revision. */
    private void importStories() {
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stories.add(new Article(UUID.randomUUID().toString(), BASE_EDITION, "", "导入稿件" + random.nextInt(1000),
                    "", "本报记者 李华", List.of(new Block.Paragraph(TestEditions.chineseText(200 + random.nextInt(3000)))),
                    ArticleStatus.DRAFT, 800, 0, TestEditions.CREATED, TestEditions.CREATED));
        }
        for (Article saved : database.repository().saveArticles(stories)) {
            baseArticles.add(saved.id());
            ack("ARTICLE", saved.id(), saved.version());
        }
    }

    /** The editor's autosave: a story edited a little and saved as a new revision. */
    private void autosave() {
        String id = baseArticles.get(random.nextInt(baseArticles.size()));
        Article current = database.repository().article(id).orElseThrow();
        List<Block> body = new ArrayList<>(current.body());
        body.add(new Block.Paragraph("补充" + random.nextInt(100_000) + TestEditions.chineseText(random.nextInt(400))));
        if (body.size() > 12) {
            body.remove(0);
        }
        Article saved = database.repository().saveArticle(current.withBody(body));
        ack("ARTICLE", saved.id(), saved.version());
    }

    /** {@code copydesk import-edition}: a whole edition with pages, stories and a photo. */
    private void importEdition() {
        String id = "crash-" + UUID.randomUUID();
        EditionContent content = TestEditions.edition(id).withLongStory(500 + random.nextInt(20_000)).build();
        database.repository().insertEdition(content);
        ack("EDITION", id, content.articles().size());
    }

    /** {@code copydesk sample --force}: the sample edition replaced by a fresh one. */
    private void recreateSample() {
        if (sample == null) {
            sample = SampleEdition.create();
        }
        EditionRepository repository = database.repository();
        repository.replaceEdition(sample, repository.loadEdition(sample.edition().id()));
        ack("EDITION", sample.edition().id(), sample.articles().size());
    }

    private void backUp() {
        Path zip = folder.resolve("crash-backups").resolve("backup-" + (backups++ % 3) + ".zip");
        database.backupTo(zip);
        ack("BACKUP", zip.toString(), 0);
    }

    private void ack(String kind, String key, long number) {
        out.println("ACK " + kind + " " + key + " " + number + " .");
        out.flush();
    }

    /** For the parent: whether {@code folder} was ever used (so a first check can be skipped). */
    static boolean used(Path folder) {
        return Files.exists(folder.resolve(DatabaseLocation.DEFAULT_NAME + DatabaseLocation.H2_FILE_SUFFIX));
    }
}
