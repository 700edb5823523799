package org.copydesk.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An ad slot (广告) on the grid: space sold to an advertiser. Until the advertiser's artwork is in,
 * the page shows a grey placeholder with the advertiser's name; with it, the artwork's first page.
 * Nothing may overlap an ad, and an ad may not overlap anything.
 *
 * @param adId       the slot's name on the page, as make-up calls it (unique on a page)
 * @param frame      the slot
 * @param advertiser who bought it, as the placeholder names them
 * @param artwork    the advertiser's PDF, or empty while it has not arrived
 */
public record AdPlacement(String adId, GridRect frame, String advertiser, Optional<AdArtwork> artwork)
        implements Placement {
    public AdPlacement {
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(frame, "frame");
        advertiser = advertiser == null || advertiser.isBlank() ? adId : advertiser;
        artwork = artwork == null ? Optional.empty() : artwork;
    }

    public AdPlacement withArtwork(Optional<AdArtwork> newArtwork) {
        return new AdPlacement(adId, frame, advertiser, newArtwork);
    }

    @Override
    public String contentId() { return adId; }
}
