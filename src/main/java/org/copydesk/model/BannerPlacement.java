package org.copydesk.model;

import java.util.Objects;

/**
 * A banner or slogan (通栏标语/横幅) across several columns: one line of large type spaced evenly
 * across its frame, such as {@code 学党史 悟思想 办实事 开新局}. It belongs to no story.
 *
 * @param bannerId the banner's name on the page, as make-up calls it (unique on a page)
 * @param frame    where on the grid
 * @param text     the slogan; spaces separate its phrases
 * @param tinted   whether a light tint lies behind it
 * @param ruled    whether a rule runs above and below it
 */
public record BannerPlacement(String bannerId, GridRect frame, String text, boolean tinted, boolean ruled)
        implements Placement {
    /** The longest slogan make-up accepts: a banner is one line. */
    public static final int TEXT_MAX = 60;

    public BannerPlacement {
        Objects.requireNonNull(bannerId, "bannerId");
        Objects.requireNonNull(frame, "frame");
        text = text == null || text.isBlank() ? bannerId : text.strip();
    }

    public BannerPlacement withFrame(GridRect newFrame) {
        return new BannerPlacement(bannerId, newFrame, text, tinted, ruled);
    }

    @Override
    public String contentId() { return bannerId; }
}
