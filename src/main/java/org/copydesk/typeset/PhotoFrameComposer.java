package org.copydesk.typeset;

import java.util.List;
import java.util.Optional;
import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoCrop;
import org.copydesk.model.PhotoPlacement;

/**
 * A photo frame: the picture, kept at its aspect ratio inside the frame's width, and beneath it
 * the caption with its credit ({@code 说明 姓名/摄}) in 黑体 a size below the body.
 */
final class PhotoFrameComposer {
    private PhotoFrameComposer() {
    }

    /** The frame, and an OVERSET problem in {@code problems} when the caption alone overfills it. */
    static LayoutFrame compose(Typesetter setter, HouseStyle style, PageSpec spec, Photo photo, PhotoPlacement placement, GridRect rect,
                               java.util.List<LayoutProblem> problems) {
        Box frame = FrameGrid.box(spec, rect);
        double size = captionSize(spec);
        TextStyle captionStyle = style.of(LineRole.CAPTION);
        double pitch = size * captionStyle.pitch();
        double gap = size * 0.5;
        String caption = photo.caption().printed();
        int captionLines = setter.countLines(Passage.plain(caption, size, captionStyle.face()), frame.width());
        double captionHeight = captionLines * pitch;
        // a gap between picture and caption, and one under the caption so it keeps clear of the
        // body line in the grid row below the frame
        double room = Math.max(0, frame.height() - captionHeight - (captionLines > 0 ? 2 * gap : 0));
        if (captionHeight > frame.height()) {
            problems.add(new LayoutProblem(LayoutProblem.Kind.OVERSET, photo.id(), "the caption needs "
                    + captionLines + " lines, more than the photo frame's " + rect.rowSpan() + " 行"));
        }
        Box image = placement.crop().isPresent()
                // Cropped: the picture fills the frame above its caption.
                ? new Box(frame.x(), frame.y(), frame.width(), room)
                : wholePictureBox(photo, frame, room);
        double captionTop = image.bottom() + gap;
        List<LayoutLine> lines = setter.setBlock(Passage.plain(caption, size, captionStyle.face()), LineRole.CAPTION,
                captionStyle.alignment(), frame.x(), captionTop + (pitch - size) / 2 + 0.88 * size, frame.width(), pitch, 0);
        return new LayoutFrame(LayoutFrame.FrameKind.PHOTO, placement.photoId(), 0, frame,
                Optional.of(new PhotoFit(image, photo.widthPx(), photo.heightPx(),
                        placement.crop().orElse(PhotoCrop.CENTRED))), lines);
    }

    /** Uncropped: the whole picture at the frame's width, or less wide when the frame is not tall enough. */
    private static Box wholePictureBox(Photo photo, Box frame, double room) {
        double aspect = (double) photo.heightPx() / photo.widthPx();
        double width = frame.width();
        double height = width * aspect;
        if (height > room) {
            height = room;
            width = aspect > 0 ? height / aspect : 0;
        }
        return new Box(frame.x() + (frame.width() - width) / 2, frame.y(), width, height);
    }

    /** 六号 under 小五 body, otherwise the next size down the 号 scale. */
    static double captionSize(PageSpec spec) {
        return HaoScale.smaller(HaoScale.atMost(spec.bodySizePt()));
    }
}
