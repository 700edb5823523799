package org.copydesk.store;

/** Someone saved the article after this editor loaded it: the edit was not written. */
public class StaleArticleException extends StoreException {
    private final long expectedVersion;
    private final long actualVersion;

    public StaleArticleException(String articleId, long expectedVersion, long actualVersion) {
        super("article " + articleId + " was changed elsewhere (version " + actualVersion
                + ", this copy is version " + expectedVersion + "); nothing was overwritten");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() { return expectedVersion; }

    public long actualVersion() { return actualVersion; }
}
