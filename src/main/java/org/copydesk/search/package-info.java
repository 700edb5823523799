/**
 * Archive search (decision 0018): a Lucene index of every story and caption, Chinese read two ways
 * (ICU dictionary words for ranking, Han character pairs so that any word is found inside longer
 * text), kept beside the database and rebuilt from it whenever it is missing, stale or damaged.
 * {@link org.copydesk.search.ArchiveIndex} owns the index; the desk's {@code ArchiveSearch} keeps it
 * up to date with the store.
 */
package org.copydesk.search;
