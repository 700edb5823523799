package org.copydesk.exchange;

import org.copydesk.i18n.Words;

/**
 * Which zip entry names a package may use: relative paths of plain segments, no way out of the
 * package folder (zip slip), no absolute or drive paths, no backslashes or control characters.
 */
final class EntryNames {
    private static final Words WORDS = Words.ofPackage(EntryNames.class);
    private static final int MAX_LENGTH = 200;

    private EntryNames() {
    }

    static void check(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            throw PackageException.entry(name, WORDS.format("name.emptyOrLong"));
        }
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw PackageException.entry(name, WORDS.format("name.absolute"));
        }
        if (name.indexOf('\\') >= 0) {
            throw PackageException.entry(name, WORDS.format("name.backslash"));
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw PackageException.entry(name.replaceAll("\\p{Cntrl}", "?"), WORDS.format("name.control"));
            }
        }
        String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String segment : body.split("/", -1)) {
            if (segment.equals("..")) {
                throw PackageException.entry(name, WORDS.format("name.zipSlip"));
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw PackageException.entry(name, WORDS.format("name.dotSegment"));
            }
        }
    }
}
