package org.copydesk.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.ChineseTextGenerator;

/**
 * Fills a database with a made-up archive for the ten-year benchmarks (docs/performance.md, "A
 * ten-year archive"): one edition a day going back from a fixed date, 8 to 16 broadsheet pages,
 * about 30 stories of generated Chinese copy placed on them, and a few small photos (every photo its
 * own row; the JPEG bytes are shared). Same arguments, same archive. Each edition goes in through
 * the repository's {@code insertEdition}, as an import would, so the rows are what Copydesk writes.
 *
 * <pre>
 * mvn -B -ntp -q -Pbench test-compile exec:exec -Dbench.main=org.copydesk.bench.ArchiveGenerator \
 *     -Dbench.args="--db /tmp/archive-db --editions 3650"
 * </pre>
 * Options: {@code --db} a folder (H2) or a {@code jdbc:postgresql:} URL; {@code --editions} (3650);
 * {@code --stories} per edition (30); {@code --chars} per story body (600); {@code --photos} per
 * edition (3); {@code --seed} (2026); {@code --last} the newest edition's date (2026-12-01).
 * Refuses a database that already holds editions with the same ids (the insert refuses them).
 */
public final class ArchiveGenerator {
    private static final Instant SAVED = Instant.parse("2026-12-01T18:00:00Z");
    private static final String[] SECTIONS = {"要闻", "要闻", "本埠", "本埠", "经济", "国际", "文化", "体育",
        "副刊", "评论", "科技", "教育", "健康", "旅游", "娱乐", "广告"};
    private static final String[] REPORTERS = {"王晓明", "李海燕", "陈志强", "刘雨桐", "张建华", "黄思远", "周敏"};

    private final ChineseTextGenerator text;
    private final Random random;
    private final int stories;
    private final int chars;
    private final int photos;
    private final byte[] jpeg;
    private final String jpegSha;

    ArchiveGenerator(long seed, int stories, int chars, int photos) {
        this.text = new ChineseTextGenerator(seed);
        this.random = new Random(seed);
        this.stories = stories;
        this.chars = chars;
        this.photos = photos;
        this.jpeg = smallJpeg();
        this.jpegSha = sha256(jpeg);
    }

    public static void main(String[] args) {
        Map<String, String> options = options(args);
        String db = options.getOrDefault("--db", "/tmp/copydesk-archive-db");
        int editions = Integer.parseInt(options.getOrDefault("--editions", "3650"));
        LocalDate last = LocalDate.parse(options.getOrDefault("--last", "2026-12-01"));
        ArchiveGenerator generator = new ArchiveGenerator(Long.parseLong(options.getOrDefault("--seed", "2026")),
                Integer.parseInt(options.getOrDefault("--stories", "30")),
                Integer.parseInt(options.getOrDefault("--chars", "600")),
                Integer.parseInt(options.getOrDefault("--photos", "3")));
        long start = System.nanoTime();
        try (Database database = Database.open(DatabaseLocation.resolve(Optional.of(db), Map.of()))) {
            EditionRepository repository = database.repository();
            // Oldest first, so issue numbers rise with the date as a paper's do.
            for (int i = 0; i < editions; i++) {
                LocalDate date = last.minusDays(editions - 1L - i);
                repository.insertEdition(generator.edition(date, i + 1));
                if ((i + 1) % 100 == 0 || i + 1 == editions) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%,6d / %,d editions  %6.1f s  (%.0f editions/s)%n", i + 1,
                            editions, seconds, (i + 1) / seconds);
                }
            }
            System.out.println("archive written to " + database.description());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option such as --db, not " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " has no value");
        }
        return options;
    }

    /** One day's paper: its pages, its stories spread over them, its photos on the first pages. */
    EditionContent edition(LocalDate date, int issue) {
        String editionId = "ed-" + date;
        Edition edition = new Edition(editionId, "江城日报 " + date, date, issue);
        int pageCount = 8 + random.nextInt(9);
        List<Article> articles = new ArrayList<>(stories);
        for (int s = 0; s < stories; s++) {
            articles.add(article(editionId, date, s));
        }
        List<Photo> photoRows = new ArrayList<>(photos);
        for (int p = 0; p < photos; p++) {
            photoRows.add(new Photo(editionId + "-photo-" + p, editionId, "photo-" + date + "-" + p + ".jpg",
                    "image/jpeg", jpeg, jpegSha, 320, 240, new Caption(text.paragraph(30), REPORTERS[p % REPORTERS.length],
                    "江城日报", CaptionKind.NEWS)));
        }
        List<Page> pages = new ArrayList<>(pageCount);
        int next = 0;
        for (int n = 1; n <= pageCount; n++) {
            // Stories shared out as evenly as the page count allows; the last page takes what is left.
            int onPage = n == pageCount ? stories - next : Math.max(1, (stories - next) / (pageCount - n + 1));
            List<Placement> frames = new ArrayList<>();
            int rows = 100 / Math.max(1, onPage);
            for (int k = 0; k < onPage && next < stories; k++, next++) {
                boolean withPhoto = k == 0 && n - 1 < photos;
                GridRect frame = new GridRect(0, k * rows, withPhoto ? 5 : 8, rows);
                frames.add(StoryPlacement.of(articles.get(next).id(), frame, 0));
                if (withPhoto) {
                    frames.add(new PhotoPlacement(photoRows.get(n - 1).id(), new GridRect(5, k * rows, 3, rows),
                            articles.get(next).id()));
                }
            }
            pages.add(new Page(editionId + "-p" + n, editionId, n, SECTIONS[(n - 1) % SECTIONS.length],
                    PageSpec.broadsheet(), frames));
        }
        return new EditionContent(edition, pages, articles, photoRows);
    }

    private Article article(String editionId, LocalDate date, int s) {
        List<Block> body = new ArrayList<>();
        List<String> paragraphs = text.paragraphs(chars);
        body.add(new Block.Lead("本报讯", paragraphs.get(0)));
        for (int i = 1; i < paragraphs.size(); i++) {
            body.add(new Block.Paragraph(paragraphs.get(i)));
        }
        Instant saved = date.atTime(17, 0).toInstant(ZoneOffset.ofHours(8));
        ArticleStatus status = s % 10 == 9 ? ArticleStatus.EDITING : ArticleStatus.SIGNED_OFF;
        return new Article(editionId + "-s" + s, editionId, s % 3 == 0 ? text.subhead() : "", text.subhead() + text.subhead(),
                "", "本报记者 " + REPORTERS[s % REPORTERS.length], body, status, 0, 1,
                saved.isAfter(SAVED) ? SAVED : saved, saved.isAfter(SAVED) ? SAVED : saved);
    }

    /** A small grey-blue JPEG; every photo row holds these bytes. */
    private static byte[] smallJpeg() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 110, 140));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(220, 200, 150));
        g.fillOval(120, 60, 80, 80);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
