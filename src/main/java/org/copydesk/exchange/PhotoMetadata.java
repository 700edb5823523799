package org.copydesk.exchange;

import org.copydesk.model.Caption;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoDetails;

/**
 * What a photo file says about itself: the caption and credit to prefill, the other details kept
 * with it, and the EXIF orientation it is to be shown with.
 *
 * @param caption     caption text, photographer (the name alone) and credit, kind news
 * @param details     headline, keywords, city, date created, source
 * @param orientation EXIF orientation 1 to 8 ({@link Photo#UPRIGHT} when the file has none)
 */
public record PhotoMetadata(Caption caption, PhotoDetails details, int orientation) {
    public static final PhotoMetadata NONE = new PhotoMetadata(new Caption("", "", "", null), PhotoDetails.NONE, Photo.UPRIGHT);

    public PhotoMetadata {
        orientation = orientation >= 1 && orientation <= 8 ? orientation : Photo.UPRIGHT;
    }
}
