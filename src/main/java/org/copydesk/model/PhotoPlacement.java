package org.copydesk.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A photo frame on the grid. The frame includes the caption beneath the picture; story text that
 * overlaps the frame flows around it.
 *
 * @param photoId   the photo
 * @param frame     picture plus caption
 * @param articleId the story it illustrates, or empty when it stands alone
 * @param crop      how the picture is cropped to fill the frame; empty shows the whole picture at
 *                  the frame's width (its height follows the picture's shape)
 */
public record PhotoPlacement(String photoId, GridRect frame, String articleId, Optional<PhotoCrop> crop)
        implements Placement {
    public PhotoPlacement {
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(frame, "frame");
        articleId = articleId == null ? "" : articleId;
        crop = crop == null ? Optional.empty() : crop;
    }

    /** A frame showing the whole picture, uncropped. */
    public PhotoPlacement(String photoId, GridRect frame, String articleId) {
        this(photoId, frame, articleId, Optional.empty());
    }

    @Override
    public String contentId() { return photoId; }

    /** The same frame with the picture cropped as {@code newCrop} says, or whole again when empty. */
    public PhotoPlacement withCrop(Optional<PhotoCrop> newCrop) {
        return new PhotoPlacement(photoId, frame, articleId, newCrop);
    }

    /** The same picture and crop in another place. */
    public PhotoPlacement withFrame(GridRect newFrame) {
        return new PhotoPlacement(photoId, newFrame, articleId, crop);
    }
}
