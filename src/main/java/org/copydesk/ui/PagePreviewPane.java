package org.copydesk.ui;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import org.copydesk.render.fx.PageCanvasRenderer;
import org.copydesk.render.fx.PreviewOptions;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.PageLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layout preview: the page on screen drawn on a canvas in a scroll pane, fit to width by
 * default, with zoom steps. Redraws whenever the layout, the selection or the zoom changes.
 * Clicking a frame selects its story or photo.
 */
final class PagePreviewPane {
    private static final Logger LOG = LoggerFactory.getLogger(PagePreviewPane.class);
    private static final double MARGIN_PX = 16;
    private static final double ZOOM_STEP = 1.25;
    private static final double MIN_SCALE = 0.2;
    private static final double MAX_SCALE = 3.0;

    private final EditionWorkspace workspace;
    private final PageCanvasRenderer renderer;
    private final Function<String, Image> photos;
    private final Canvas canvas = new Canvas();
    private final ScrollPane scroll;
    private final BooleanProperty showFrames = new SimpleBooleanProperty(true);
    private boolean fitWidth = true;
    private double scale = 0.5;
    private PageLayout lastDrawn;
    private PreviewOptions lastOptions;
    private Consumer<Selection> onPicked = s -> { };

    PagePreviewPane(EditionWorkspace workspace, PageCanvasRenderer renderer, Function<String, Image> photos) {
        this.workspace = Objects.requireNonNull(workspace);
        this.renderer = Objects.requireNonNull(renderer);
        this.photos = Objects.requireNonNull(photos);
        var holder = new StackPane(canvas);
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
            if (fitWidth && Math.abs(old.getWidth() - now.getWidth()) > 0.5) {
                redraw();
            }
        });
        workspace.layoutProperty().addListener((obs, old, now) -> redraw());
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
        fitWidth = true;
        redraw();
    }

    private void setScale(double wanted) {
        fitWidth = false;
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, wanted));
        redraw();
    }

    private PreviewOptions options(PageLayout layout) {
        if (fitWidth) {
            double available = scroll.getViewportBounds().getWidth() - 2 * MARGIN_PX;
            if (available > 50) {
                scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, available / layout.spec().trimWidthPt()));
            }
        }
        return new PreviewOptions(scale, MARGIN_PX, showFrames.get(), workspace.selectionProperty().get().contentId());
    }

    void redraw() {
        PageLayout layout = workspace.layoutProperty().get();
        if (layout == null) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            lastDrawn = null;
            return;
        }
        PreviewOptions options = options(layout);
        canvas.setWidth(Math.ceil(PageCanvasRenderer.canvasWidth(layout, options)));
        canvas.setHeight(Math.ceil(PageCanvasRenderer.canvasHeight(layout, options)));
        long start = System.nanoTime();
        renderer.draw(canvas.getGraphicsContext2D(), layout, options, photos);
        LOG.debug("drew page {} at scale {} in {} ms", layout.pageNumber(), options.scale(),
                (System.nanoTime() - start) / 1_000_000.0);
        lastDrawn = layout;
        lastOptions = options;
    }

    private void pick(double x, double y) {
        PageLayout layout = lastDrawn;
        if (layout == null) {
            return;
        }
        PageCanvasRenderer.frameAt(layout, lastOptions, x, y).ifPresent(frame -> onPicked.accept(
                frame.kind() == LayoutFrame.FrameKind.STORY
                        ? new Selection.Story(frame.contentId())
                        : new Selection.Picture(frame.contentId())));
    }
}
