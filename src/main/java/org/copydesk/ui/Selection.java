package org.copydesk.ui;

import java.util.Objects;
import java.util.Optional;

/** What the user has selected in the navigator or the preview. */
public sealed interface Selection {

    record Nothing() implements Selection {
    }

    record Story(String articleId) implements Selection {
        public Story {
            Objects.requireNonNull(articleId, "articleId");
        }
    }

    record Picture(String photoId) implements Selection {
        public Picture {
            Objects.requireNonNull(photoId, "photoId");
        }
    }

    /** The article or photo id, for highlighting its frames. */
    default Optional<String> contentId() {
        if (this instanceof Story s) {
            return Optional.of(s.articleId());
        }
        if (this instanceof Picture p) {
            return Optional.of(p.photoId());
        }
        return Optional.empty();
    }
}
