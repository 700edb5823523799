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

    /** An ad slot (广告), by its id on the page. */
    record Ad(String adId) implements Selection {
        public Ad {
            Objects.requireNonNull(adId, "adId");
        }
    }

    /** A banner (通栏标语), by its id on the page. */
    record Banner(String bannerId) implements Selection {
        public Banner {
            Objects.requireNonNull(bannerId, "bannerId");
        }
    }

    /** A 导读 box (index to inside pages), by its id on the page. */
    record IndexBox(String indexId) implements Selection {
        public IndexBox {
            Objects.requireNonNull(indexId, "indexId");
        }
    }

    /** The article, photo, ad, banner or 导读 box id, for highlighting its frames. */
    default Optional<String> contentId() {
        if (this instanceof Story s) {
            return Optional.of(s.articleId());
        }
        if (this instanceof Picture p) {
            return Optional.of(p.photoId());
        }
        if (this instanceof Ad a) {
            return Optional.of(a.adId());
        }
        if (this instanceof Banner b) {
            return Optional.of(b.bannerId());
        }
        if (this instanceof IndexBox i) {
            return Optional.of(i.indexId());
        }
        return Optional.empty();
    }
}
