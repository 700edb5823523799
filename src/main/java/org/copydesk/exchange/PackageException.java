package org.copydesk.exchange;

/** An edition package was refused; the message names the package entry and the problem. */
public final class PackageException extends RuntimeException {
    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }

    static PackageException entry(String entry, String problem) {
        return new PackageException("entry '" + entry + "': " + problem);
    }
}
