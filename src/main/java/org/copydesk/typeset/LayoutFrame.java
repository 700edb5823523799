package org.copydesk.typeset;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A placed frame: a story part, a photo with its caption, or an ad slot (广告: its artwork, or the
 * advertiser's name set as a placeholder while the artwork has not arrived).
 *
 * @param kind       story, photo, ad, banner or 导读 box
 * @param contentId  the article or photo id, or the ad slot's name
 * @param part       for stories, which linked part (0 = opening frame); 0 for photos
 * @param bounds     the frame's rectangle on the page
 * @param image      for photos: where the picture itself is drawn and how it is cropped (the caption lines sit below)
 * @param lines      the lines set in this frame, in reading order
 */
public record LayoutFrame(FrameKind kind, String contentId, int part, Box bounds, Optional<PhotoFit> image,
                          List<LayoutLine> lines) {
    public enum FrameKind { STORY, PHOTO, AD, BANNER, INDEX }

    public LayoutFrame {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(bounds, "bounds");
        image = image == null ? Optional.empty() : image;
        lines = List.copyOf(lines);
    }
}
