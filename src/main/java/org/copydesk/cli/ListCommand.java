package org.copydesk.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.copydesk.i18n.Words;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.Article;
import org.copydesk.typeset.TextLength;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;
import org.copydesk.store.EditionSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk list [--edition ID|latest] [--limit N | --all] [--json]}: the editions in the
 * database (the newest {@value #DEFAULT_LIMIT} unless told otherwise: a ten-year archive has 3,650),
 * or one edition's pages with the stories and photos placed on them (and those not placed yet).
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the editions, or one edition's pages with their stories and photos.")
public final class ListCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(ListCommand.class);
    static final int DEFAULT_LIMIT = 50;

    @ParentCommand
    CopydeskCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--edition", paramLabel = "ID|latest", description = "Show this edition's pages.")
    String editionId;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + DEFAULT_LIMIT,
            description = "List the newest N editions (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--all", description = "List every edition, however many.")
    boolean all;

    /** One edition in the list. */
    record EditionRow(String id, String name, LocalDate publicationDate, int issueNumber, int pages,
                      int articles, int photos) {
        static EditionRow of(EditionSummary s) {
            Edition e = s.edition();
            return new EditionRow(e.id(), e.name(), e.publicationDate(), e.issueNumber(), s.pageCount(),
                    s.articleCount(), s.photoCount());
        }
    }

    /** A story frame, or a story not placed (part -1). */
    record StoryRow(String id, String headline, ArticleStatus status, int characters, int targetLength, int part) {
    }

    record PhotoRow(String id, String fileName, int widthPx, int heightPx, String caption) {
    }

    /**
     * A frame on a page as {@code copydesk place} takes it: kind {@code story} or {@code photo}, the
     * story's or photo's id, first 栏 and 行 counted from 1, span in 栏 and 行, the story's part (0 for
     * a photo) and 分栏 (the span for a photo). An ad slot is kind {@code ad}, its name as content id,
     * with its advertiser, whether its artwork is in and the artwork's file name; those fields appear
     * for ads only (the file name only once the artwork has arrived).
     */
    record FrameRow(String kind, String contentId, int column, int line, int columns, int lines, int part,
                    int textColumns, @JsonInclude(JsonInclude.Include.NON_NULL) String advertiser,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean hasArtwork,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String artwork,
                    @JsonInclude(JsonInclude.Include.NON_NULL) PhotoCrop crop,
                    @JsonInclude(JsonInclude.Include.NON_NULL) String text,
                    @JsonInclude(JsonInclude.Include.NON_NULL) StoryStyle style,
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<IndexEntry> entries) {
        static FrameRow of(Placement placement) {
            var r = placement.frame();
            if (placement instanceof StoryPlacement story) {
                return new FrameRow("story", story.articleId(), r.column() + 1, r.row() + 1, r.columnSpan(),
                        r.rowSpan(), story.part(), story.textColumns(), null, null, null, null, null,
                        story.style().equals(StoryStyle.PLAIN) ? null : story.style(), null);
            }
            if (placement instanceof AdPlacement ad) {
                return new FrameRow("ad", ad.adId(), r.column() + 1, r.row() + 1, r.columnSpan(), r.rowSpan(), 0,
                        r.columnSpan(), ad.advertiser(), ad.artwork().isPresent(), ad.artwork().map(a -> a.fileName()).orElse(null),
                        null, null, null, null);
            }
            if (placement instanceof IndexBoxPlacement index) {
                return new FrameRow("index", index.indexId(), r.column() + 1, r.row() + 1, r.columnSpan(), r.rowSpan(),
                        0, r.columnSpan(), null, null, null, null, index.title(), null, index.entries());
            }
            if (placement instanceof BannerPlacement banner) {
                return new FrameRow("banner", banner.bannerId(), r.column() + 1, r.row() + 1, r.columnSpan(), r.rowSpan(),
                        0, r.columnSpan(), null, null, null, null, banner.text(), null, null);
            }
            return new FrameRow("photo", placement.contentId(), r.column() + 1, r.row() + 1, r.columnSpan(),
                    r.rowSpan(), 0, r.columnSpan(), null, null, null, ((PhotoPlacement) placement).crop().orElse(null),
                    null, null, null);
        }
    }

    record PageRow(int number, String section, String spec, List<StoryRow> stories, List<PhotoRow> photos,
                   List<FrameRow> frames) {
    }

    /** Spiked stories are on no page and listed apart from the live ones not placed yet. */
    record EditionDetail(EditionRow edition, List<PageRow> pages, List<StoryRow> storiesNotPlaced,
                         List<PhotoRow> photosNotPlaced, List<StoryRow> storiesSpiked) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        root.onlyReads();
        PrintWriter out = spec.commandLine().getOut();
        if (editionId == null) {
            if (limit < 1 && !all) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), WORDS.format("list.badLimit", limit));
            }
            var repository = root.repository();
            List<EditionRow> rows = (all ? repository.editionSummaries() : repository.editionSummaries(limit))
                    .stream().map(EditionRow::of).toList();
            out.print(json ? toJson(rows) : editionsText(rows));
            if (!all && rows.size() == limit) {
                // Said on stderr, so the JSON and the table stay what scripts parse.
                int total = repository.editionCount();
                if (total > rows.size()) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println(WORDS.format("list.more", rows.size(), total));
                    err.flush();
                }
            }
        } else {
            EditionDetail detail = detail(root.editionContent(editionId));
            out.print(json ? toJson(detail) : detailText(detail));
        }
        out.flush();
        return 0;
    }

    static EditionDetail detail(EditionContent content) {
        Set<String> placedStories = new LinkedHashSet<>();
        Set<String> placedPhotos = new LinkedHashSet<>();
        List<PageRow> pages = new ArrayList<>();
        for (Page page : content.pages()) {
            List<StoryRow> stories = new ArrayList<>();
            List<PhotoRow> photos = new ArrayList<>();
            for (Placement placement : page.placements()) {
                if (placement instanceof StoryPlacement story) {
                    content.article(story.articleId()).ifPresent(a -> stories.add(storyRow(a, story.part())));
                    placedStories.add(story.articleId());
                } else if (placement instanceof PhotoPlacement photo) {
                    content.photo(photo.photoId()).ifPresent(p -> photos.add(photoRow(p)));
                    placedPhotos.add(photo.photoId());
                }
            }
            pages.add(new PageRow(page.number(), page.section(), page.spec().name(), stories, photos,
                    page.placements().stream().map(FrameRow::of).toList()));
        }
        List<StoryRow> storiesNotPlaced = content.articles().stream()
                .filter(a -> !placedStories.contains(a.id()) && a.status() != ArticleStatus.SPIKED)
                .map(a -> storyRow(a, -1)).toList();
        List<StoryRow> storiesSpiked = content.articles().stream()
                .filter(a -> !placedStories.contains(a.id()) && a.status() == ArticleStatus.SPIKED)
                .map(a -> storyRow(a, -1)).toList();
        List<PhotoRow> photosNotPlaced = content.photos().stream()
                .filter(p -> !placedPhotos.contains(p.id())).map(ListCommand::photoRow).toList();
        EditionRow edition = EditionRow.of(new EditionSummary(content.edition(), content.pages().size(),
                content.articles().size(), content.photos().size()));
        return new EditionDetail(edition, pages, storiesNotPlaced, photosNotPlaced, storiesSpiked);
    }

    /** 字数 of the body, counted as everywhere else in Copydesk. */
    static int characterCount(Article article) {
        return TextLength.of(article.body()).zi();
    }

    private static StoryRow storyRow(Article a, int part) {
        return new StoryRow(a.id(), a.headline(), a.status(), characterCount(a), a.targetLength(), part);
    }

    private static PhotoRow photoRow(Photo p) {
        return new PhotoRow(p.id(), p.fileName(), p.widthPx(), p.heightPx(), p.caption().printed());
    }

    private String editionsText(List<EditionRow> rows) {
        if (rows.isEmpty()) {
            return WORDS.format("list.none", TerminalText.visible(root.databaseDescription())) + "\n";
        }
        // The header is one line in the bundle, spaced to sit over these columns in each language.
        StringBuilder text = new StringBuilder(WORDS.format("list.header")).append(System.lineSeparator());
        for (EditionRow r : rows) {
            text.append(String.format("%-10s  %6d  %5d  %7d  %6d  %s  (%s)%n", r.publicationDate(), r.issueNumber(),
                    r.pages(), r.articles(), r.photos(), TerminalText.visible(r.name()), TerminalText.visible(r.id())));
        }
        return text.toString();
    }

    private static String detailText(EditionDetail d) {
        EditionRow e = d.edition();
        StringBuilder text = new StringBuilder();
        line(text, WORDS.format("list.edition", TerminalText.visible(e.name()), e.publicationDate().toString(),
                e.issueNumber(), TerminalText.visible(e.id())));
        for (PageRow page : d.pages()) {
            line(text, WORDS.format("list.page", page.number(), TerminalText.visible(page.section()),
                    TerminalText.visible(page.spec())));
            page.stories().forEach(s -> appendStory(text, s));
            page.photos().forEach(p -> appendPhoto(text, p));
            page.frames().stream().filter(f -> f.kind().equals("ad")).forEach(f -> line(text, WORDS.format(
                    f.hasArtwork() ? "list.ad" : "list.adEmpty", TerminalText.visible(f.advertiser()), f.column(),
                    f.columns(), f.line(), f.lines(), f.artwork() == null ? "" : TerminalText.visible(f.artwork()))));
            page.frames().stream().filter(f -> f.kind().equals("banner")).forEach(f -> line(text, WORDS.format(
                    "list.banner", TerminalText.visible(f.text()), f.column(), f.columns(), f.line(), f.lines())));
            // copydesk place --index prints a box's lines with their pages; the list counts them.
            page.frames().stream().filter(f -> f.kind().equals("index")).forEach(f -> line(text, WORDS.format(
                    "list.index", TerminalText.visible(f.text()), f.column(), f.columns(), f.line(), f.lines(), f.entries().size())));
        }
        if (!d.storiesNotPlaced().isEmpty() || !d.photosNotPlaced().isEmpty()) {
            line(text, WORDS.format("list.notPlaced"));
            d.storiesNotPlaced().forEach(s -> appendStory(text, s));
            d.photosNotPlaced().forEach(p -> appendPhoto(text, p));
        }
        if (!d.storiesSpiked().isEmpty()) {
            line(text, WORDS.format("list.spiked"));
            d.storiesSpiked().forEach(s -> appendStory(text, s));
        }
        return text.toString();
    }

    private static void appendStory(StringBuilder text, StoryRow s) {
        String headline = TerminalText.visible(s.headline());
        String story = s.targetLength() > 0
                ? WORDS.format("list.storyWithTarget", headline, status(s.status()), s.characters(), s.targetLength())
                : WORDS.format("list.story", headline, status(s.status()), s.characters());
        String part = s.part() > 0 ? "  " + WORDS.format("list.continued", s.part() + 1) : "";
        line(text, "  " + story + part);
    }

    private static void appendPhoto(StringBuilder text, PhotoRow p) {
        line(text, "  " + WORDS.format("list.photo", TerminalText.visible(p.fileName()), p.widthPx(), p.heightPx(),
                TerminalText.visible(p.caption())));
    }

    private static String status(ArticleStatus status) {
        return switch (status) {
            case DRAFT -> WORDS.format("list.status.DRAFT");
            case SUBMITTED -> WORDS.format("list.status.SUBMITTED");
            case EDITING -> WORDS.format("list.status.EDITING");
            case FOR_REVIEW -> WORDS.format("list.status.FOR_REVIEW");
            case SIGNED_OFF -> WORDS.format("list.status.SIGNED_OFF");
            case SPIKED -> WORDS.format("list.status.SPIKED");
        };
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append(System.lineSeparator());
    }

    static String toJson(Object value) throws JsonProcessingException {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(value) + System.lineSeparator();
    }
}
