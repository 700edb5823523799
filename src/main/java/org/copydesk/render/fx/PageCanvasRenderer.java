package org.copydesk.render.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.Fill;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PhotoFit;
import org.copydesk.typeset.Rule;
import org.copydesk.typeset.TwoEmDash;

/**
 * Draws a {@link PageLayout} on a canvas: the white page on grey, rules, photos, every code point
 * at the x the composer gave it, and optionally frame outlines with the selected story highlighted.
 * A picture of the export, never a second typesetter: nothing here measures or breaks text.
 */
public final class PageCanvasRenderer {
    private static final Color DESK = Color.rgb(0x8a, 0x8f, 0x96);
    private static final Color INK = Color.rgb(0x1a, 0x1a, 0x1a);
    private static final Color FRAME = Color.rgb(0x4a, 0x90, 0xd9, 0.45);
    private static final Color HIGHLIGHT_FILL = Color.rgb(0xff, 0xd5, 0x4f, 0.16);
    private static final Color HIGHLIGHT_LINE = Color.rgb(0xe6, 0x8a, 0x00);
    private static final Color OVERSET = Color.rgb(0xd3, 0x2f, 0x2f);
    private static final Color MISSING_PHOTO = Color.rgb(0xd8, 0xd8, 0xd8);
    /** The PDF's placeholder grey (device grey 0.85). */
    private static final Color AD_PLACEHOLDER = Color.gray(0.85);

    private final FxFontCache fonts;

    public PageCanvasRenderer(FxFontCache fonts) {
        this.fonts = Objects.requireNonNull(fonts);
    }

    /** Canvas size in pixels that holds the page with its margin at the options' scale. */
    public static double canvasWidth(PageLayout layout, PreviewOptions options) {
        return options.toCanvas(layout.spec().trimWidthPt()) + options.marginPx();
    }

    public static double canvasHeight(PageLayout layout, PreviewOptions options) {
        return options.toCanvas(layout.spec().trimHeightPt()) + options.marginPx();
    }

    /**
     * Draws the page.
     *
     * @param photos the decoded picture of a photo id, or null when it cannot be shown
     */
    public void draw(GraphicsContext gc, PageLayout layout, PreviewOptions options, Function<String, Image> photos) {
        drawPage(gc, layout, options, photos, Optional.empty());
    }

    /**
     * Draws the page without the lines of {@code live} (a story or photo id): those are left to
     * {@link #drawLive} on a transparent canvas laid over this one, and its frame outline and
     * overset mark to {@link #drawLiveFrames} above that, so that while {@code live} is being typed
     * only its own lines are drawn again. Together they show what {@link #draw} shows; only the live
     * frames' lines and outline then lie above the other frames' outlines instead of under them.
     *
     * @param photos the decoded picture of a photo id, or null when it cannot be shown
     */
    public void drawPage(GraphicsContext gc, PageLayout layout, PreviewOptions options, Function<String, Image> photos,
                         Optional<String> live) {
        var canvas = gc.getCanvas();
        Predicate<String> drawn = id -> live.filter(id::equals).isEmpty();
        gc.save();
        gc.setFill(DESK);
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.translate(options.marginPx(), options.marginPx());
        gc.scale(options.scale(), options.scale());
        double hairline = 1 / options.scale();

        double width = layout.spec().trimWidthPt();
        double height = layout.spec().trimHeightPt();
        gc.setFill(Color.rgb(0, 0, 0, 0.25));
        gc.fillRect(3 * hairline, 3 * hairline, width, height);
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, width, height);
        for (Fill tint : layout.fills()) {
            gc.setFill(Color.gray(tint.grey()));
            fill(gc, tint.box());
        }

        for (LayoutFrame frame : layout.frames()) {
            if (options.highlighted().filter(frame.contentId()::equals).isPresent()) {
                gc.setFill(HIGHLIGHT_FILL);
                fill(gc, frame.bounds());
            }
            frame.image().ifPresent(fit -> drawPhoto(gc, fit, photos.apply(frame.contentId()), hairline));
            if (frame.kind() == LayoutFrame.FrameKind.AD) {
                drawAd(gc, frame, photos.apply(frame.contentId()), hairline);
            }
        }
        gc.setStroke(INK);
        for (Rule rule : layout.rules()) {
            gc.setLineWidth(Math.max(rule.widthPt(), hairline));
            gc.strokeLine(rule.x1(), rule.y1(), rule.x2(), rule.y2());
        }
        drawText(gc, layout, options, drawn);
        if (options.showFrames()) {
            drawOutlines(gc, layout, options, hairline, drawn);
        }
        gc.restore();
    }

    /** The lines of content {@code live} (a story or a photo's caption) on the page, in reading order. */
    public static List<LayoutLine> liveLines(PageLayout layout, String live) {
        List<LayoutLine> lines = new ArrayList<>();
        for (LayoutFrame frame : layout.frames()) {
            if (frame.contentId().equals(live)) {
                lines.addAll(frame.lines());
            }
        }
        return lines;
    }

    /** Clears the canvas and draws {@code lines}: the layer of the live story over {@link #drawPage}'s picture. */
    public void drawLive(GraphicsContext gc, List<LayoutLine> lines, PreviewOptions options) {
        var canvas = gc.getCanvas();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        drawLines(gc, lines, options);
    }

    /**
     * Brings the live layer from {@code before} to {@code after} by clearing and drawing only what
     * changed: the boxes of the lines that went or came are cleared (overlapping boxes joined into
     * their bounding box first), and every line of {@code after} that reaches into a cleared box is
     * drawn again clipped to it, so ink outside the boxes is left as it was. The layer ends as
     * {@link #drawLive} would draw {@code after}; a keystroke usually changes the rest of one
     * paragraph, not the story.
     *
     * @return how many lines were drawn (a line reaching into two boxes counts twice)
     */
    public int redrawLive(GraphicsContext gc, List<LayoutLine> before, List<LayoutLine> after, PreviewOptions options) {
        // Typing changes a run of lines in the middle: the lines before it and after it are equal in
        // both lists. Comparing the two ends in order costs one equals per kept line, where sets
        // of all the lines cost a deep hash of each (every glyph of every line), per keystroke.
        int same = Math.min(before.size(), after.size());
        int head = 0;
        while (head < same && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < same - head && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        List<double[]> changed = new ArrayList<>();
        for (LayoutLine line : before.subList(head, before.size() - tail)) {
            changed.add(inkBox(line, options));
        }
        for (LayoutLine line : after.subList(head, after.size() - tail)) {
            changed.add(inkBox(line, options));
        }
        List<double[]> cleared = disjoint(changed);
        for (double[] box : cleared) {
            gc.clearRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
        }
        int drawn = 0;
        for (double[] box : cleared) {
            List<LayoutLine> reaching = new ArrayList<>();
            for (LayoutLine line : after) {
                if (overlap(inkBox(line, options), box)) {
                    reaching.add(line);
                }
            }
            gc.save();
            gc.beginPath();
            gc.rect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
            gc.clip();
            drawLines(gc, reaching, options);
            gc.restore();
            drawn += reaching.size();
        }
        return drawn;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** Boxes joined into their bounding box while any two overlap: no pixel is cleared or drawn twice. */
    private static List<double[]> disjoint(List<double[]> boxes) {
        List<double[]> out = new ArrayList<>();
        boxes.forEach(b -> out.add(b.clone()));
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size() && !joined; i++) {
                for (int j = i + 1; j < out.size() && !joined; j++) {
                    double[] a = out.get(i);
                    double[] b = out.get(j);
                    if (overlap(a, b)) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.min(a[1], b[1]);
                        a[2] = Math.max(a[2], b[2]);
                        a[3] = Math.max(a[3], b[3]);
                        out.remove(j);
                        joined = true;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where a line's ink can be, in whole canvas pixels (left, top, right, bottom): generous, since
     * ink outside it would be left behind: 1.25 em above the baseline and 0.45 em below, 0.6 em
     * beyond each end (hanging punctuation), two pixels more all round.
     */
    private static double[] inkBox(LayoutLine line, PreviewOptions options) {
        double left = line.x();
        double right = line.x();
        double top = line.baseline();
        double bottom = line.baseline();
        for (GlyphRun run : line.runs()) {
            double em = run.sizePt();
            left = Math.min(left, run.left() - 0.6 * em);
            right = Math.max(right, run.right() + 0.6 * em);
            top = Math.min(top, run.baseline() - 1.25 * em);
            bottom = Math.max(bottom, run.baseline() + 0.45 * em);
        }
        return new double[] {Math.floor(options.toCanvas(left)) - 2, Math.floor(options.toCanvas(top)) - 2,
                Math.ceil(options.toCanvas(right)) + 2, Math.ceil(options.toCanvas(bottom)) + 2};
    }

    /**
     * The outline and overset mark of {@code live}'s frames, when frames are shown: drawn on the
     * guides above the live layer (in {@link #draw}, outlines lie above the text too).
     */
    public void drawLiveFrames(GraphicsContext gc, PageLayout layout, PreviewOptions options, String live) {
        if (!options.showFrames()) {
            return;
        }
        gc.save();
        gc.translate(options.marginPx(), options.marginPx());
        gc.scale(options.scale(), options.scale());
        drawOutlines(gc, layout, options, 1 / options.scale(), live::equals);
        gc.restore();
    }

    private void drawLines(GraphicsContext gc, List<LayoutLine> lines, PreviewOptions options) {
        gc.save();
        gc.setTransform(1, 0, 0, 1, options.marginPx(), options.marginPx());
        gc.setFill(INK);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        lines.forEach(line -> drawLine(gc, line, options.scale()));
        gc.restore();
    }

    /**
     * The running head and the lines of the frames whose content {@code drawn} accepts, in canvas pixels under a translation only: fonts at their size times the
     * zoom, each code point at the composer's x times the zoom. Drawn under the page's scale instead,
     * JavaFX's software pipeline fills every glyph as a path (only text under a translation is drawn
     * from its glyph cache): that was 70% of the render thread's time on each keystroke.
     */
    private void drawText(GraphicsContext gc, PageLayout layout, PreviewOptions options, Predicate<String> drawn) {
        List<LayoutLine> lines = new ArrayList<>(layout.extras());
        for (LayoutFrame frame : layout.frames()) {
            if (drawn.test(frame.contentId())) {
                lines.addAll(frame.lines());
            }
        }
        drawLines(gc, lines, options);
    }

    /** The frame under a canvas point, the last drawn (topmost) first. */
    public static Optional<LayoutFrame> frameAt(PageLayout layout, PreviewOptions options, double canvasX, double canvasY) {
        double x = options.toPage(canvasX);
        double y = options.toPage(canvasY);
        var frames = layout.frames();
        for (int i = frames.size() - 1; i >= 0; i--) {
            Box b = frames.get(i).bounds();
            if (x >= b.x() && x <= b.right() && y >= b.y() && y <= b.bottom()) {
                return Optional.of(frames.get(i));
            }
        }
        return Optional.empty();
    }

    private void drawLine(GraphicsContext gc, LayoutLine line, double scale) {
        for (Rule dash : TwoEmDash.rules(line)) {
            // A filled box, not a stroke: the PDF fills the same box, and a stroke would get square caps.
            gc.fillRect(dash.x1() * scale, (dash.y1() - dash.widthPt() / 2) * scale, (dash.x2() - dash.x1()) * scale,
                    dash.widthPt() * scale);
        }
        for (GlyphRun run : line.runs()) {
            gc.setFont(fonts.font(run.face(), run.sizePt() * scale));
            String text = run.text();
            int[] codePoints = text.codePoints().toArray();
            double baseline = run.baseline() * scale;
            int index = 0;
            for (int offset = 0; offset < text.length(); index++) {
                int codePoint = codePoints[index];
                int next = offset + Character.charCount(codePoint);
                if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                        && !TwoEmDash.drawnAsRule(codePoints, index)) {
                    gc.fillText(text.substring(offset, next), run.x(index) * scale, baseline);
                }
                offset = next;
            }
        }
    }

    /** Draws the part of the picture the layout's fit shows; the decoded copy may be smaller than the stored photo. */
    private static void drawPhoto(GraphicsContext gc, PhotoFit fit, Image image, double hairline) {
        Box box = fit.box();
        if (image == null || image.isError() || image.getWidth() <= 0 || image.getHeight() <= 0) {
            gc.setFill(MISSING_PHOTO);
            fill(gc, box);
            gc.setStroke(Color.GRAY);
            gc.setLineWidth(hairline);
            gc.strokeLine(box.x(), box.y(), box.right(), box.bottom());
            gc.strokeLine(box.right(), box.y(), box.x(), box.bottom());
            return;
        }
        Box part = fit.visiblePart();
        gc.drawImage(image, part.x() * image.getWidth(), part.y() * image.getHeight(), part.width() * image.getWidth(),
                part.height() * image.getHeight(), box.x(), box.y(), box.width(), box.height());
    }

    /**
     * An ad slot. Without artwork the composer set the advertiser's name in it: a grey box under that
     * line, as the PDF prints it. With artwork (a frame without lines) the caller's picture of it is
     * drawn fitted into the slot when it gives one ({@link AdArtworkPreview} renders the PDF's first
     * page); otherwise the slot is a light box crossed and marked "PDF", since the preview draws no PDF
     * itself.
     */
    private static void drawAd(GraphicsContext gc, LayoutFrame frame, Image artwork, double hairline) {
        Box box = frame.bounds();
        if (!frame.lines().isEmpty()) {
            gc.setFill(AD_PLACEHOLDER);
            fill(gc, box);
            gc.setStroke(Color.GRAY);
            gc.setLineWidth(hairline);
            stroke(gc, box);
            return;
        }
        if (artwork != null && !artwork.isError() && artwork.getWidth() > 0 && artwork.getHeight() > 0) {
            double scale = Math.min(box.width() / artwork.getWidth(), box.height() / artwork.getHeight());
            double w = artwork.getWidth() * scale;
            double h = artwork.getHeight() * scale;
            gc.drawImage(artwork, box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h);
            return;
        }
        gc.setFill(MISSING_PHOTO);
        fill(gc, box);
        gc.setStroke(Color.GRAY);
        gc.setLineWidth(hairline);
        stroke(gc, box);
        gc.strokeLine(box.x(), box.y(), box.right(), box.bottom());
        gc.strokeLine(box.right(), box.y(), box.x(), box.bottom());
        gc.setFill(INK);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(frame.contentId() + " (PDF)", box.x() + box.width() / 2, box.y() + box.height() / 2, box.width());
    }

    private static void drawOutlines(GraphicsContext gc, PageLayout layout, PreviewOptions options, double hairline,
                                     Predicate<String> drawn) {
        for (LayoutFrame frame : layout.frames()) {
            if (!drawn.test(frame.contentId())) {
                continue;
            }
            boolean highlighted = options.highlighted().filter(frame.contentId()::equals).isPresent();
            gc.setStroke(highlighted ? HIGHLIGHT_LINE : FRAME);
            gc.setLineWidth(highlighted ? 2 * hairline : hairline);
            stroke(gc, frame.bounds());
        }
        for (Copyfit fit : layout.copyfits()) {
            if (!fit.overset() || !drawn.test(fit.articleId())) {
                continue;
            }
            layout.frames().stream()
                    .filter(f -> f.contentId().equals(fit.articleId()) && f.part() == fit.overflowingPart())
                    .forEach(f -> {
                        gc.setStroke(OVERSET);
                        gc.setLineWidth(2 * hairline);
                        Box b = f.bounds();
                        gc.strokeLine(b.x(), b.bottom(), b.right(), b.bottom());
                    });
        }
    }

    private static void fill(GraphicsContext gc, Box box) {
        gc.fillRect(box.x(), box.y(), box.width(), box.height());
    }

    private static void stroke(GraphicsContext gc, Box box) {
        gc.strokeRect(box.x(), box.y(), box.width(), box.height());
    }
}
