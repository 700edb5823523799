package org.copydesk.desk;

import java.util.Objects;

/**
 * What a frame shows: a story (which may run through several frames), a photo, an ad slot (广告), a
 * banner (通栏标语) or a 导读 box (index to inside pages).
 */
public sealed interface FrameSubject {

    /** The article or photo id, or the ad slot's name. */
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

    /** An ad slot, by its name on the page (the advertiser's name unless make-up gave it another). */
    record Ad(String adId) implements FrameSubject {
        public Ad {
            Objects.requireNonNull(adId, "adId");
        }

        @Override
        public String contentId() {
            return adId;
        }
    }

    /** A banner, by its name on the page; its slogan is the placement's. */
    record Banner(String bannerId) implements FrameSubject {
        public Banner {
            Objects.requireNonNull(bannerId, "bannerId");
        }

        @Override
        public String contentId() {
            return bannerId;
        }
    }

    /** A 导读 box, by its name on the page; its title and lines are the placement's. */
    record IndexBox(String indexId) implements FrameSubject {
        public IndexBox {
            Objects.requireNonNull(indexId, "indexId");
        }

        @Override
        public String contentId() {
            return indexId;
        }
    }
}
