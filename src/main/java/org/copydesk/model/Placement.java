package org.copydesk.model;

/** Something made up on a page grid: a story frame, a photo frame, an ad slot, a banner or a 导读 box. */
public sealed interface Placement permits StoryPlacement, PhotoPlacement, AdPlacement, BannerPlacement, IndexBoxPlacement {
    GridRect frame();

    /** The article or photo this placement shows, or the ad slot's name. */
    String contentId();
}
