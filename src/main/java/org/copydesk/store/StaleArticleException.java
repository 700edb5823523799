package org.copydesk.store;

import org.copydesk.i18n.Words;

/** Someone saved the article after this editor loaded it: the edit was not written. */
public class StaleArticleException extends StoreException {
    private static final Words WORDS = Words.ofPackage(StaleArticleException.class);

    private final long expectedVersion;
    private final long actualVersion;

    public StaleArticleException(String articleId, long expectedVersion, long actualVersion) {
        super(WORDS.format("stale", articleId, actualVersion, expectedVersion));
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() { return expectedVersion; }

    public long actualVersion() { return actualVersion; }
}
