/**
 * Moving editions in and out: the edition package (a zip with a manifest, ninjs 3.1 articles, photos
 * with their captions in XMP and IPTC, and page PDFs), written reproducibly and read with every entry
 * validated before anything is returned; also the importers of story text.
 */
package org.copydesk.exchange;
