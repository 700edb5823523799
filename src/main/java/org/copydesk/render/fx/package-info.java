/**
 * Draws a composed {@link org.copydesk.typeset.PageLayout} onto a JavaFX canvas with the bundled
 * font files. It only draws what the composer decided: it never measures or breaks text.
 */
package org.copydesk.render.fx;
