package org.copydesk.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.copydesk.model.GridRect;
import org.copydesk.render.fx.PageCanvasRenderer;
import org.copydesk.render.fx.PreviewOptions;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.PageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout preview: the page on screen drawn on a canvas in a scroll pane, fit to width by
 * default or to the whole page ({@link PreviewFit}), with zoom steps. Redraws whenever the layout,
 * the selection or the zoom changes. Clicking a frame selects its story or photo.
 */
final class PagePreviewPane {
    private static final Logger LOG = LoggerFactory.getLogger(PagePreviewPane.class);
    private static final double MARGIN_PX = 16;
    private static final double ZOOM_STEP = 1.25;
    private static final double MIN_SCALE = 0.2;
    private static final double MAX_SCALE = 3.0;
    /** Resize handles, in screen pixels at any zoom. */
    static final double HANDLE_PX = 7;

    private final EditionWorkspace workspace;
    private final PageCanvasRenderer renderer;
    private final Function<String, Image> photos;
    private final Canvas canvas = new Canvas();
    /**
     * Over the page: the lines of the selected story (or caption), the ones being typed. The page
     * under them is drawn again only when something else on it changed ({@link PagePicture}).
     */
    private final Canvas live = new Canvas();
    /** Above the page: handles on the selected frames and the frame the mouse proposes. */
    private final Canvas guides = new Canvas();
    private final ScrollPane scroll;
    private final BooleanProperty showFrames = new SimpleBooleanProperty(true);
    private PreviewFit fit = PreviewFit.WIDTH;
    private double scale = 0.5;
    private PageLayout lastDrawn;
    private PreviewOptions lastOptions;
    private PagePicture lastPicture;
    /** The lines on the live layer now: what the next keystroke's redraw compares with. */
    private List<LayoutLine> liveShown = List.of();
    private int pageDraws;
    /** What the guides layer shows now. */
    private GuidesPicture guidesShown;
    private int liveLinesDrawn;
    private Consumer<Selection> onPicked = s -> { };
    private Optional<Guide> guide = Optional.empty();
    /** While a photo is cropped on the page: the whole picture, in page points, beyond its frame. */
    private Optional<Box> cropOutline = Optional.empty();

    /** A frame proposed by the mouse, drawn blue when it can be made up and red when not. */
    record Guide(GridRect rect, boolean fits) {
    }

    PagePreviewPane(EditionWorkspace workspace, PageCanvasRenderer renderer, Function<String, Image> photos) {
        this.workspace = Objects.requireNonNull(workspace);
        this.renderer = Objects.requireNonNull(renderer);
        this.photos = Objects.requireNonNull(photos);
        live.setMouseTransparent(true);
        guides.setMouseTransparent(true);
        var holder = new StackPane(canvas, live, guides);
        holder.getStyleClass().add("page-preview-desk");
        scroll = new ScrollPane(holder);
        scroll.getStyleClass().add("page-preview");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(false);
        // A vertical bar that came and went would change the width that fit-width divides, which
        // would resize the page, which would toggle the bar again: keep it always there.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (fit.followsResize(old, now)) {
                redraw();
            }
        });
        workspace.layoutProperty().addListener((obs, old, now) -> redraw());
        // The pulse after a keystroke draws the page with the keystroke in it, even when it came
        // before the queued composition ran (EditionWorkspace#composeQueued).
        Runnable composeQueued = workspace::composeQueued;
        scroll.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(composeQueued);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(composeQueued);
            }
        });
        workspace.selectionProperty().addListener((obs, old, now) -> redraw());
        showFrames.addListener((obs, old, now) -> redraw());
        canvas.setOnMouseClicked(e -> pick(e.getX(), e.getY()));
    }

    Node node() {
        return scroll;
    }

    Canvas canvas() {
        return canvas;
    }

    /** The layout drawn last; null before the first page is drawn. */
    PageLayout lastDrawnLayout() {
        return lastDrawn;
    }

    /** The scale and margin of the last drawing; null before the first. */
    PreviewOptions lastOptions() {
        return lastOptions;
    }

    BooleanProperty showFramesProperty() {
        return showFrames;
    }

    void onPicked(Consumer<Selection> listener) {
        onPicked = Objects.requireNonNull(listener);
    }

    void zoomIn() {
        setScale(scale * ZOOM_STEP);
    }

    void zoomOut() {
        setScale(scale / ZOOM_STEP);
    }

    void fitWidth() {
        fitTo(PreviewFit.WIDTH);
    }

    /**
     * The whole page in view, margins included; kept through resizes and page changes like fit
     * width. A viewport too small for the page at the least zoom shows it at the least zoom.
     */
    void fitPage() {
        fitTo(PreviewFit.PAGE);
    }

    /** The fit the zoom follows now: for tests. */
    PreviewFit fit() {
        return fit;
    }

    private void fitTo(PreviewFit wanted) {
        fit = wanted;
        redraw();
    }

    private void setScale(double wanted) {
        fit = PreviewFit.NONE;
        scale = clamp(wanted);
        redraw();
    }

    private static double clamp(double wanted) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, wanted));
    }

    private PreviewOptions options(PageLayout layout) {
        fit.scale(scroll.getViewportBounds(), layout.spec().trimWidthPt(), layout.spec().trimHeightPt(), MARGIN_PX)
                .ifPresent(wanted -> scale = clamp(wanted));
        return new PreviewOptions(scale, MARGIN_PX, showFrames.get(), workspace.selectionProperty().get().contentId());
    }

    void redraw() {
        PageLayout layout = workspace.layoutProperty().get();
        if (layout == null) {
            for (Canvas c : new Canvas[] {canvas, live}) {
                c.setWidth(0);
                c.setHeight(0);
            }
            lastDrawn = null;
            lastPicture = null;
            liveShown = List.of();
            return;
        }
        PreviewOptions options = options(layout);
        double width = Math.ceil(PageCanvasRenderer.canvasWidth(layout, options));
        double height = Math.ceil(PageCanvasRenderer.canvasHeight(layout, options));
        long start = System.nanoTime();
        Optional<String> typed = options.highlighted();
        var picture = PagePicture.of(layout, options, typed, photos);
        List<LayoutLine> liveNow = typed.map(id -> PageCanvasRenderer.liveLines(layout, id)).orElse(List.of());
        if (!picture.equals(lastPicture) || canvas.getWidth() != width || canvas.getHeight() != height) {
            for (Canvas c : new Canvas[] {canvas, live}) {
                c.setWidth(width);
                c.setHeight(height);
            }
            renderer.drawPage(canvas.getGraphicsContext2D(), layout, options, photos, typed);
            lastPicture = picture;
            pageDraws++;
            renderer.drawLive(live.getGraphicsContext2D(), liveNow, options);
            liveLinesDrawn += liveNow.size();
        } else {
            // Same page, zoom and live story as drawn: only the live story's changed lines.
            liveLinesDrawn += renderer.redrawLive(live.getGraphicsContext2D(), liveShown, liveNow, options);
        }
        liveShown = liveNow;
        LOG.debug("drew page {} at scale {} in {} ms", layout.pageNumber(), options.scale(),
                (System.nanoTime() - start) / 1_000_000.0);
        lastDrawn = layout;
        lastOptions = options;
        drawGuides();
    }

    /** How many times the page under the selected story's lines was drawn: for tests and the bench. */
    int pageDraws() {
        return pageDraws;
    }

    /** How many lines were drawn on the live layer so far: for tests and the bench. */
    int liveLinesDrawn() {
        return liveLinesDrawn;
    }

    /** Shows {@code shown} over the page, or no proposed frame when empty. */
    void showGuide(Optional<Guide> shown) {
        guide = Objects.requireNonNull(shown);
        drawGuides();
    }

    /** Outlines the whole picture of a photo being cropped (the part its frame hides), or nothing. */
    void showCropOutline(Optional<Box> wholePicture) {
        cropOutline = Objects.requireNonNull(wholePicture);
        drawGuides();
    }

    Optional<Box> cropOutline() {
        return cropOutline;
    }

    Optional<Guide> guide() {
        return guide;
    }

    /** Canvas pixels to page points; empty before the first page is drawn. */
    Optional<Point2D> toPage(double canvasX, double canvasY) {
        PreviewOptions options = lastOptions;
        return options == null ? Optional.empty() : Optional.of(new Point2D(options.toPage(canvasX), options.toPage(canvasY)));
    }

    /**
     * Everything the guides layer shows. Typing seldom changes it (the outline moves only when the
     * story's frames change, the overset mark when it starts or stops oversetting), so it is drawn
     * again only when this differs from what it shows: each drawing is a clear of the page-sized
     * canvas and a repaint of it by the render thread.
     */
    private record GuidesPicture(double width, double height, PreviewOptions options, Optional<String> selected,
                                 List<Box> selectedFrames, List<Integer> selectedParts, List<Integer> oversetParts,
                                 Optional<Guide> guide, Optional<Box> cropOutline) {
        static GuidesPicture of(Canvas canvas, PageLayout layout, PreviewOptions options, Optional<String> selected,
                                Optional<Guide> guide, Optional<Box> cropOutline) {
            List<LayoutFrame> frames = layout == null || selected.isEmpty() ? List.of() : layout.frames().stream()
                    .filter(f -> selected.get().equals(f.contentId())).toList();
            List<Integer> overset = layout == null || selected.isEmpty() ? List.of() : layout.copyfits().stream()
                    .filter(fit -> fit.overset() && fit.articleId().equals(selected.get()))
                    .map(org.copydesk.typeset.Copyfit::overflowingPart).toList();
            return new GuidesPicture(canvas.getWidth(), canvas.getHeight(), options, selected,
                    frames.stream().map(LayoutFrame::bounds).toList(), frames.stream().map(LayoutFrame::part).toList(),
                    overset, guide, cropOutline);
        }
    }

    private void drawGuides() {
        PageLayout layout = lastDrawn;
        PreviewOptions options = lastOptions;
        Optional<String> selected = workspace.selectionProperty().get().contentId();
        var picture = GuidesPicture.of(canvas, layout, options, selected, guide, cropOutline);
        if (picture.equals(guidesShown)) {
            return;
        }
        guidesShown = picture;
        guides.setWidth(canvas.getWidth());
        guides.setHeight(canvas.getHeight());
        GraphicsContext gc = guides.getGraphicsContext2D();
        gc.clearRect(0, 0, guides.getWidth(), guides.getHeight());
        if (layout == null || options == null) {
            return;
        }
        selected.ifPresent(id -> renderer.drawLiveFrames(gc, layout, options, id));
        gc.setFill(Color.web("#1f6feb"));
        for (LayoutFrame frame : layout.frames()) {
            if (selected.isPresent() && selected.get().equals(frame.contentId())) {
                drawHandles(gc, options, frame.bounds());
            }
        }
        guide.ifPresent(g -> {
            var spec = layout.spec();
            double x = options.toCanvas(spec.columnLeftPt(g.rect().column()));
            double y = options.toCanvas(spec.rowTopPt(g.rect().row()));
            double w = spec.spanWidthPt(g.rect().columnSpan()) * options.scale();
            double h = g.rect().rowSpan() * spec.linePitchPt() * options.scale();
            Color colour = g.fits() ? Color.web("#1f6feb") : Color.web("#d1242f");
            gc.setFill(colour.deriveColor(0, 1, 1, 0.18));
            gc.fillRect(x, y, w, h);
            gc.setStroke(colour);
            gc.setLineWidth(2);
            gc.setLineDashes(6, 4);
            gc.strokeRect(x, y, w, h);
            gc.setLineDashes();
        });
        cropOutline.ifPresent(whole -> {
            gc.setStroke(Color.web("#d4700a"));
            gc.setLineWidth(1.5);
            gc.setLineDashes(4, 3);
            gc.strokeRect(options.toCanvas(whole.x()), options.toCanvas(whole.y()),
                    whole.width() * options.scale(), whole.height() * options.scale());
            gc.setLineDashes();
        });
    }

    /** Small squares at the corners and the middle of each side: where a resize can be grabbed. */
    private static void drawHandles(GraphicsContext gc, PreviewOptions options, Box box) {
        double size = HANDLE_PX;
        double[] xs = {box.x(), box.x() + box.width() / 2, box.right()};
        double[] ys = {box.y(), box.y() + box.height() / 2, box.y() + box.height()};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i == 1 && j == 1) {
                    continue;
                }
                gc.fillRect(options.toCanvas(xs[i]) - size / 2, options.toCanvas(ys[j]) - size / 2, size, size);
            }
        }
    }

    private void pick(double x, double y) {
        PageLayout layout = lastDrawn;
        if (layout == null) {
            return;
        }
        PageCanvasRenderer.frameAt(layout, lastOptions, x, y).ifPresent(frame -> onPicked.accept(switch (frame.kind()) {
            case STORY -> new Selection.Story(frame.contentId());
            case PHOTO -> new Selection.Picture(frame.contentId());
            case AD -> new Selection.Ad(frame.contentId());
            case BANNER -> new Selection.Banner(frame.contentId());
            case INDEX -> new Selection.IndexBox(frame.contentId());
        }));
    }
}
