/**
 * PDF export: draws the composer's {@link org.copydesk.typeset.PageLayout} with PDFBox, placing every
 * glyph where the layout says, with subset-embedded TrueType fonts, print (PDF/X-4 style) and archive
 * (PDF/A-2b) profiles, page previews as PNG, and atomic writes of every file.
 */
package org.copydesk.render.pdf;
