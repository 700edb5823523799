package org.copydesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.copydesk.desk.FrameRules;
import org.copydesk.desk.FrameSubject;
import org.copydesk.i18n.Words;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.EditionContent;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.IndexBoxPlacement;
import org.copydesk.model.IndexEntry;
import org.copydesk.model.IndexReference;
import org.copydesk.model.StoryStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code copydesk place}: frames a story or photo on a page in 栏 and 行 (from 1), or moves its frame
 * there, by the rules the window's frame dialog obeys ({@link FrameRules}). A frame that runs off the
 * grid, covers page 1's 报头 or covers another is refused with exit 1, naming what is in the way.
 */
@Command(name = "place", mixinStandardHelpOptions = true,
        description = "Place a story, photo, ad slot, banner or 导读 box on a page, or move its frame there. Columns (栏) and "
                + "lines (行) count from 1. Story frames may not overlap; a photo may sit on a story but not on another "
                + "photo; an ad or a banner may not overlap anything; nothing may cover page 1's masthead (报头) in its top "
                + "lines. A story frame may be boxed (--boxed, --tint), "
                + "carry a vertical headline (--vertical-headline) or be set vertically (--vertical-text). A 导读 box "
                + "(--index) lists stories inside the edition with the page each starts on, read from the make-up.")
final class PlaceCommand implements Callable<Integer> {
    private static final Words WORDS = Words.ofPackage(PlaceCommand.class);

    @ParentCommand
    CopydeskCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    EditionOption edition;

    @CommandLine.Mixin
    FrameSubjectOptions what;

    @Option(names = "--artwork", paramLabel = "FILE.pdf",
            description = "With --ad: the advertiser's PDF, whose first page fills the slot (without it the slot "
                    + "keeps its artwork, or prints as a grey placeholder that a print export refuses).")
    java.nio.file.Path artwork;

    @Option(names = "--page", required = true, paramLabel = "N", description = "The page (版次).")
    int page;

    @Option(names = "--column", required = true, paramLabel = "C", description = "First column (栏), from 1.")
    int column;

    @Option(names = "--line", required = true, paramLabel = "L", description = "First line (行), from 1.")
    int line;

    @Option(names = "--columns", required = true, paramLabel = "W", description = "Width in columns (栏数).")
    int columns;

    @Option(names = "--lines", required = true, paramLabel = "H", description = "Depth in lines (行数).")
    int lines;

    @Option(names = "--part", paramLabel = "K", defaultValue = "0",
            description = "Which frame of a story: 0 opens it, 1, 2 ... continue it (default ${DEFAULT-VALUE}).")
    int part;

    @Option(names = "--text-columns", paramLabel = "T",
            description = "Columns a story's text is set in across the frame (分栏; default: its width).")
    Integer textColumns;

    @Option(names = "--text", paramLabel = "TEXT",
            description = "With --banner: the slogan, one line spaced across the frame, e.g. '学党史 悟思想 办实事 开新局' "
                    + "(default: the slogan it had, or its name).")
    String text;

    @Option(names = "--tint", negatable = true,
            description = "A light tint (底纹) behind the story frame or banner; --no-tint takes it away.")
    Boolean tint;

    @Option(names = "--rules", negatable = true,
            description = "With --banner: a rule above and below it; --no-rules takes them away.")
    Boolean rules;

    @Option(names = "--entries", paramLabel = "ID[=SHORT],...", split = ",",
            description = "With --index: the stories the 导读 box points at, in order, each by its id (or the start of "
                    + "it), optionally with a short text to print instead of its headline: s12,s20=新港二期年底通车,s31 "
                    + "(default: the lines it had, or each other page's lead story).")
    java.util.List<String> entries;

    @Option(names = "--title", paramLabel = "TITLE",
            description = "With --index: the 导读 box's title, e.g. 本期导读 (default: the title it had, or 导读).")
    String title;

    @Option(names = "--boxed", paramLabel = "BORDER",
            description = "With --story: a border round the frame (花边框): none, plain, double or floral.")
    String boxed;

    @Option(names = "--vertical-headline", paramLabel = "SIDE", arity = "0..1", fallbackValue = "right",
            description = "With --story: set the headline top to bottom (竖题) at the right (default) or left of the "
                    + "text; none sets it across the top again.")
    String verticalHeadline;

    @Option(names = "--vertical-text", negatable = true,
            description = "With --story: set the whole story in vertical columns read right to left (竖排短文).")
    Boolean verticalText;

    @Override
    public Integer call() {
        EditionContent before = root.editionContent(edition.edition);
        FrameSubject subject = what.subject(root, spec, before);
        if (artwork != null && !(subject instanceof FrameSubject.Ad)) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.artworkForAds"));
        }
        boolean story = subject instanceof FrameSubject.Story;
        boolean banner = subject instanceof FrameSubject.Banner;
        if (!(subject instanceof FrameSubject.IndexBox) && (entries != null || title != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.entriesForIndex"));
        }
        if (!banner && (text != null || rules != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.textForBanners"));
        }
        if (!story && (boxed != null || verticalHeadline != null || verticalText != null || (tint != null && !banner))) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.styleForStories"));
        }
        var frame = new FrameRules.Frame(column, columns, line, lines,
                story && textColumns != null ? textColumns : columns, story ? part : 0);
        EditionContent after;
        if (subject instanceof FrameSubject.Ad slot) {
            after = root.desk().makeup().placeAd(root.repository(), before.edition().id(), slot, page, frame,
                    Optional.ofNullable(artwork));
        } else if (subject instanceof FrameSubject.Banner named) {
            after = root.desk().makeup().placeBanner(root.repository(), before.edition().id(), named, page, frame,
                    Optional.ofNullable(text), Optional.ofNullable(tint), Optional.ofNullable(rules));
            String slogan = after.page(page).flatMap(p -> p.placements().stream()
                    .filter(b -> b instanceof BannerPlacement && b.contentId().equals(named.bannerId())).findFirst())
                    .map(b -> ((BannerPlacement) b).text()).orElse(named.bannerId());
            EditionCommand.print(spec, WORDS.format("place.bannerDone", TerminalText.visible(slogan), page, column, columns,
                    line, lines, TerminalText.visible(named.bannerId())));
            return 0;
        } else if (subject instanceof FrameSubject.IndexBox index) {
            Optional<List<IndexEntry>> given = entries == null ? Optional.empty() : Optional.of(entries(before));
            after = root.desk().makeup().placeIndex(root.repository(), before.edition().id(), index, page, frame,
                    Optional.ofNullable(title), given);
            IndexBoxPlacement box = after.page(page).flatMap(p -> p.placements().stream()
                    .filter(b -> b instanceof IndexBoxPlacement && b.contentId().equals(index.indexId())).findFirst())
                    .map(IndexBoxPlacement.class::cast).orElseThrow();
            EditionCommand.print(spec, WORDS.format("place.indexDone", TerminalText.visible(box.title()), page, column,
                    columns, line, lines, box.entries().size(), TerminalText.visible(index.indexId())));
            for (IndexEntry entry : box.entries()) {
                IndexReference ref = IndexReference.of(after, page, entry);
                EditionCommand.print(spec, WORDS.format("place.indexLine", TerminalText.visible(ref.text()),
                        ref.pageLabel().isEmpty() ? WORDS.format("place.indexNoPage") : ref.pageLabel()));
            }
            return 0;
        } else if (subject instanceof FrameSubject.Story storySubject) {
            UnaryOperator<StoryStyle> restyle = restyle();
            after = root.desk().makeup().placeStory(root.repository(), before.edition().id(), storySubject, page, frame,
                    restyle);
        } else {
            after = root.desk().makeup().place(root.repository(), before.edition().id(), subject, page, frame);
        }
        String what = story ? after.article(subject.contentId()).map(a -> a.headline()).orElse(subject.contentId())
                : after.photo(subject.contentId()).map(p -> p.fileName()).orElse(subject.contentId());
        EditionCommand.print(spec, WORDS.format("place.done", TerminalText.visible(what), page, column, columns, line, lines,
                frame.part(), TerminalText.visible(subject.contentId())));
        return 0;
    }

    /** {@code --entries} as 导读 lines: each story named by its id or the start of it, as {@code --story} names one. */
    private List<IndexEntry> entries(EditionContent content) {
        List<IndexEntry> out = new ArrayList<>();
        for (String item : entries) {
            String[] parts = item.split("=", 2);
            if (parts[0].isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.badEntry", item));
            }
            String id = root.desk().makeup().story(content, parts[0].strip()).contentId();
            out.add(new IndexEntry(id, parts.length > 1 ? parts[1] : ""));
        }
        return out;
    }

    /** The story options as a change of the frame's style: what is not given stays as it was. */
    private UnaryOperator<StoryStyle> restyle() {
        FrameBorder border = boxed == null ? null : switch (boxed.strip().toLowerCase(Locale.ROOT)) {
            case "none" -> FrameBorder.NONE;
            case "plain" -> FrameBorder.PLAIN;
            case "double" -> FrameBorder.DOUBLE;
            case "floral" -> FrameBorder.FLORAL;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.badBorder", boxed));
        };
        StoryStyle.VerticalHeadline side = verticalHeadline == null ? null
                : switch (verticalHeadline.strip().toLowerCase(Locale.ROOT)) {
                    case "right" -> StoryStyle.VerticalHeadline.RIGHT;
                    case "left" -> StoryStyle.VerticalHeadline.LEFT;
                    case "none" -> StoryStyle.VerticalHeadline.NONE;
                    default -> throw new CommandLine.ParameterException(spec.commandLine(),
                            WORDS.format("place.badSide", verticalHeadline));
                };
        return style -> {
            StoryStyle s = style;
            s = border == null ? s : s.withBorder(border);
            s = tint == null ? s : s.withTint(tint);
            s = side == null ? s : s.withVerticalHeadline(side);
            return verticalText == null ? s : s.withVerticalText(verticalText);
        };
    }
}
