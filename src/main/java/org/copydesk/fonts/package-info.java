/**
 * The bundled font files and what is measured from them: glyph advances and coverage. The same
 * files are drawn by the preview and embedded in the PDF, so widths cannot drift.
 */
package org.copydesk.fonts;
