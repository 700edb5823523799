/**
 * Checks an edition before it goes out: overset text, empty headlines, missing captions and credits,
 * glyphs missing from the fonts, low-resolution and RGB photos, unresolved jumps, unplaced stories and
 * unfilled pages. Each {@link org.copydesk.preflight.Finding} says how bad it is and where.
 */
package org.copydesk.preflight;
