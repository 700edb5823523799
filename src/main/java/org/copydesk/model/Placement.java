package org.copydesk.model;

/** Something made up on a page grid: a story frame or a photo frame. */
public sealed interface Placement permits StoryPlacement, PhotoPlacement {
    GridRect frame();

    /** The article or photo this placement shows. */
    String contentId();
}
