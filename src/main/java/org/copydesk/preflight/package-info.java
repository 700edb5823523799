/**
 * Checks an edition before it goes out: overset text, empty headlines, missing captions and credits,
 * glyphs missing from the fonts, low-resolution and RGB photos, unresolved jumps, unplaced stories,
 * unfilled pages, frames over frames and text over photos, empty areas (开天窗) and stories on a page
 * that were not signed off. Each {@link org.copydesk.preflight.Finding} says how bad it is and where, with its
 * message as a bundle key and arguments ({@link org.copydesk.preflight.Message}) and as text rendered
 * by {@link org.copydesk.preflight.PreflightText} from {@code messages.properties} (English) or
 * {@code messages_zh_CN.properties} (Chinese).
 */
package org.copydesk.preflight;
