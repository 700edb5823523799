package org.copydesk.model;

/** Something made up on a page grid: a story frame, a photo frame or an ad slot. */
public sealed interface Placement permits StoryPlacement, PhotoPlacement, AdPlacement {
    GridRect frame();

    /** The article or photo this placement shows, or the ad slot's name. */
    String contentId();
}
