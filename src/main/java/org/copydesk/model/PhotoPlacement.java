package org.copydesk.model;

import java.util.Objects;

/**
 * A photo frame on the grid. The frame includes the caption beneath the picture; story text that
 * overlaps the frame flows around it.
 *
 * @param photoId   the photo
 * @param frame     picture plus caption
 * @param articleId the story it illustrates, or empty when it stands alone
 */
public record PhotoPlacement(String photoId, GridRect frame, String articleId) implements Placement {
    public PhotoPlacement {
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(frame, "frame");
        articleId = articleId == null ? "" : articleId;
    }

    @Override
    public String contentId() { return photoId; }
}
