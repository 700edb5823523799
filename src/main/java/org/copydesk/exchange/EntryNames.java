package org.copydesk.exchange;

/**
 * Which zip entry names a package may use: relative paths of plain segments, no way out of the
 * package folder (zip slip), no absolute or drive paths, no backslashes or control characters.
 */
final class EntryNames {
    private static final int MAX_LENGTH = 200;

    private EntryNames() {
    }

    static void check(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw PackageException.entry(name, "has an empty or overlong name");
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw PackageException.entry(name, "is an absolute path");
        }
        if (name.indexOf('\\') >= 0) {
            throw PackageException.entry(name, "uses backslashes; zip paths use '/'");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw PackageException.entry(name.replaceAll("\\p{Cntrl}", "?"), "has control characters in its name");
            }
        }
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : body.split("/", -1)) {
            if (segment.equals("..")) {
                throw PackageException.entry(name, "points outside the package (zip slip)");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw PackageException.entry(name, "has an empty or '.' path segment");
            }
        }
    }
}
