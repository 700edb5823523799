/**
 * The one composition engine: Chinese line breaking (clreq), justification, column flow, headline
 * stacks, photos, jumps and copyfit. Produces {@link org.copydesk.typeset.PageLayout}, which the
 * preview and the PDF both draw. No JavaFX, no PDFBox here.
 */
package org.copydesk.typeset;
