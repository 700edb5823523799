package org.copydesk.store;

import org.copydesk.i18n.Words;

/**
 * The embedded database cannot be used because it is damaged: H2 cannot read it, it is empty or
 * missing although work was saved to it, or it holds less than was committed (its commit marker is
 * behind the one kept beside it). Nothing was changed; {@link DatabaseRestore} puts the newest
 * backup that opens in its place.
 */
public class DatabaseDamagedException extends StoreException {
    private static final Words WORDS = Words.ofPackage(DatabaseDamagedException.class);

    private final DatabaseLocation location;
    private final String problem;

    DatabaseDamagedException(DatabaseLocation location, String problem, Throwable cause) {
        super(WORDS.format("damaged", location.describe(), problem), cause);
        this.location = location;
        this.problem = problem;
    }

    DatabaseDamagedException(DatabaseLocation location, String problem) {
        this(location, problem, null);
    }

    public DatabaseLocation location() {
        return location;
    }

    /** What is wrong, e.g. "the file is empty (0 bytes)". */
    public String problem() {
        return problem;
    }
}
