package org.copydesk.typeset;

import java.util.List;
import java.util.Optional;
import org.copydesk.model.AdPlacement;
import org.copydesk.model.GridRect;
import org.copydesk.model.PageSpec;

/**
 * An ad slot (广告): the frame the advertiser bought. While its artwork has not arrived, the
 * advertiser's name is set centred in the slot in the caption face, so preview and PDF both show whose
 * space it is; with artwork the frame holds no lines (the renderers place the artwork).
 */
final class AdFrameComposer {
    private AdFrameComposer() {
    }

    static LayoutFrame compose(Typesetter setter, HouseStyle style, PageSpec spec, AdPlacement ad, GridRect rect) {
        Box frame = FrameGrid.box(spec, rect);
        if (ad.artwork().isPresent()) {
            return new LayoutFrame(LayoutFrame.FrameKind.AD, ad.adId(), 0, frame, Optional.empty(), List.of());
        }
        TextStyle nameStyle = style.of(LineRole.CAPTION);
        double size = HaoScale.atMost(spec.bodySizePt() * 1.5);
        double pitch = size * nameStyle.pitch();
        double margin = Math.min(size, frame.width() / 10);
        double measure = Math.max(size, frame.width() - 2 * margin);
        Passage name = Passage.plain(ad.advertiser(), size, nameStyle.face());
        int count = setter.countLines(name, measure);
        // Centred across and down the slot; a name taller than the slot starts at its top.
        double top = frame.y() + Math.max(0, (frame.height() - count * pitch) / 2);
        List<LayoutLine> lines = setter.setBlock(name, LineRole.CAPTION, Alignment.CENTER, frame.x() + margin,
                top + (pitch - size) / 2 + 0.88 * size, measure, pitch, 0);
        return new LayoutFrame(LayoutFrame.FrameKind.AD, ad.adId(), 0, frame, Optional.empty(), lines);
    }
}
