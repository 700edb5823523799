package org.copydesk.exchange;

import org.copydesk.i18n.Words;

/** An edition package was refused; the message names the package entry and the problem. */
public final class PackageException extends RuntimeException {
    private static final Words WORDS = Words.ofPackage(PackageException.class);
    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }

    static PackageException entry(String entry, String problem) {
        return new PackageException(WORDS.format("package.entry", entry, problem));
    }
}
