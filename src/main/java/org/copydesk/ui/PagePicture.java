package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.image.Image;
import org.copydesk.model.PageSpec;
import org.copydesk.render.fx.PreviewOptions;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PhotoFit;
import org.copydesk.typeset.Rule;

/**
 * Everything the preview's page picture depends on, except the lines of the story being typed
 * (the live story, drawn on its own layer): two equal values draw the same picture, so a keystroke
 * that changed only the live story's lines leaves the page as it is. The pictures of photos and ads
 * are compared by identity (a replaced photo is a new image).
 */
record PagePicture(String pageId, int pageNumber, PageSpec spec, PreviewOptions options, List<Object> frames,
                   List<LayoutLine> extras, List<Rule> rules, List<Object> fills, List<Copyfit> otherCopyfits,
                   List<Optional<Image>> pictures) {

    /** A live frame as the page picture draws it: its place and picture, not its lines. */
    private record FrameOutline(LayoutFrame.FrameKind kind, String contentId, int part, Box bounds,
                                Optional<PhotoFit> image) {
    }

    static PagePicture of(PageLayout layout, PreviewOptions options, Optional<String> live,
                          Function<String, Image> photos) {
        List<Object> frames = new ArrayList<>(layout.frames().size());
        List<Optional<Image>> pictures = new ArrayList<>();
        for (LayoutFrame frame : layout.frames()) {
            boolean isLive = live.filter(frame.contentId()::equals).isPresent();
            frames.add(isLive
                    ? new FrameOutline(frame.kind(), frame.contentId(), frame.part(), frame.bounds(), frame.image())
                    : frame);
            if (frame.image().isPresent() || frame.kind() == LayoutFrame.FrameKind.AD) {
                pictures.add(Optional.ofNullable(photos.apply(frame.contentId())));
            }
        }
        List<Copyfit> others = layout.copyfits().stream()
                .filter(fit -> live.filter(fit.articleId()::equals).isEmpty()).toList();
        return new PagePicture(layout.pageId(), layout.pageNumber(), layout.spec(), options, List.copyOf(frames),
                layout.extras(), layout.rules(), List.copyOf(layout.fills()), others, List.copyOf(pictures));
    }
}
