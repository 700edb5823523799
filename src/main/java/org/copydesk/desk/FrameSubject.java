package org.copydesk.desk;

import java.util.Objects;

/** What a frame shows: a story (which may run through several frames) or a photo. */
public sealed interface FrameSubject {

    /** The article or photo id. */
    String contentId();

    record Story(String articleId) implements FrameSubject {
        public Story {
            Objects.requireNonNull(articleId, "articleId");
        }

        @Override
        public String contentId() {
            return articleId;
        }
    }

    record Picture(String photoId) implements FrameSubject {
        public Picture {
            Objects.requireNonNull(photoId, "photoId");
        }

        @Override
        public String contentId() {
            return photoId;
        }
    }
}
