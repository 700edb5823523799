package org.copydesk.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words what a constraint violation or a disk failure means, instead of H2's index names
 * ({@code PRIMARY_KEY_4}) or our constraint names ({@code editions_pk}); the SQLException stays the
 * cause of the StoreException, so the log keeps the driver's own text.
 */
final class SqlErrorText {
    private SqlErrorText() {
    }

    private static final String UNIQUE = "23505";
    /** PostgreSQL's and H2's "a row still refers to it"; H2 uses 23506 for "refers to a missing row". */
    private static final String FOREIGN_KEY = "23503";
    private static final String FOREIGN_KEY_PARENT_MISSING = "23506";
    /** H2 says 23513 for a check constraint, PostgreSQL 23514. */
    private static final String CHECK_H2 = "23513";
    private static final String CHECK_POSTGRES = "23514";
    /** PostgreSQL: disk full. */
    private static final String DISK_FULL = "53100";
    private static final int H2_IO_EXCEPTION = 90028;
    /** H2's "General error", which is how a failed MVStore write (a full disk) arrives. */
    private static final int H2_GENERAL_ERROR = 50000;

    /** Unique keys by table (H2 names the table, not our constraint) and by constraint (PostgreSQL). */
    private static final Map<String, String> ALREADY_THERE = Map.ofEntries(
            Map.entry("editions", "an edition with this id is already in the database"),
            Map.entry("pages", "a page with this id is already in the database"),
            Map.entry("articles", "a story with this id is already in the database"),
            Map.entry("photos", "a photo with this id is already in the database"),
            Map.entry("placements", "two items were placed at the same position on one page"),
            Map.entry("article_revisions", "this revision of the story is already saved (saved twice at once?)"),
            Map.entry("articles_list_order_unique", "two stories were given the same position in the edition"),
            Map.entry("photos_list_order_unique", "two photos were given the same position in the edition"));
    private static final Map<String, String> MISSING_PARENT = Map.of(
            "edition", "its edition is not in the database (was it deleted meanwhile?)",
            "page", "its page is not in the database (was it deleted meanwhile?)",
            "article", "its story is not in the database (was it deleted meanwhile?)");
    private static final Map<String, String> CHECKS = Map.of(
            "placements_kind", "a page item is neither a story nor a photo");

    /** PostgreSQL: {@code ... constraint "editions_pk"}. */
    private static final Pattern QUOTED_CONSTRAINT = Pattern.compile("constraint \"([A-Za-z0-9_]+)\"");
    /** H2 unique index: {@code "PUBLIC.ARTICLES_LIST_ORDER_UNIQUE_INDEX_E ON PUBLIC.ARTICLES(...}. */
    private static final Pattern H2_UNIQUE = Pattern.compile("\"(?:[A-Z_]+\\.)?([A-Z0-9_]+) ON (?:[A-Z_]+\\.)?([A-Z0-9_]+)\\(");
    /** H2 foreign key or check: {@code "PAGES_EDITION_FK: PUBLIC.PAGES FOREIGN KEY...} or {@code "PLACEMENTS_KIND: "}. */
    private static final Pattern H2_NAMED = Pattern.compile("violation: \"([A-Z0-9_]+):");
    /** Our foreign keys are named {@code <table>_<parent>_fk}. */
    private static final Pattern FK_PARENT = Pattern.compile("_(edition|page|article)_fk$");

    /** H2's {@code [23505-232]} and MVStore's {@code [2.3.232/2]}. */
    private static final Pattern H2_CODES = Pattern.compile("\\s*\\[(?:\\d{5}-\\d+|\\d+\\.\\d+\\.\\d+/\\d+)]");

    /** What happened, in words, when it is a failure we know; empty otherwise. */
    static Optional<String> known(SQLException e) {
        if (diskFull(e)) {
            return Optional.of("the disk is full: free some space and try again");
        }
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        return switch (state) {
            case UNIQUE -> Optional.of(alreadyThere(message));
            case FOREIGN_KEY, FOREIGN_KEY_PARENT_MISSING -> Optional.of(missingParent(message));
            case CHECK_H2, CHECK_POSTGRES -> Optional.of(constraintName(message)
                    .map(name -> CHECKS.getOrDefault(name, "a value is not allowed by the database (rule " + name + ")"))
                    .orElse("a value is not allowed by the database"));
            // Only H2's own file failures: a PostgreSQL connection failure wraps an IOException too.
            default -> e.getErrorCode() == H2_IO_EXCEPTION || e.getErrorCode() == H2_GENERAL_ERROR && ioFailure(e) != null
                    ? Optional.of("the database file could not be read or written"
                            + Optional.ofNullable(ioFailure(e)).map(io -> " (" + io + ")").orElse(""))
                    : Optional.empty();
        };
    }

    /** The message without H2's error codes; for text that has no better wording. */
    static String withoutCodes(String message) {
        return H2_CODES.matcher(message).replaceAll("").strip();
    }

    private static String alreadyThere(String message) {
        // Our primary keys are named <table>_pk (PostgreSQL names them; H2 names the table instead).
        Optional<String> constraint = constraintName(message).map(name -> name.replaceFirst("_pk$", ""));
        if (constraint.isPresent() && ALREADY_THERE.containsKey(constraint.get())) {
            return ALREADY_THERE.get(constraint.get());
        }
        Matcher h2 = H2_UNIQUE.matcher(message);
        if (h2.find()) {
            String index = h2.group(1).toLowerCase(Locale.ROOT);
            String table = h2.group(2).toLowerCase(Locale.ROOT);
            // H2 names a unique constraint's index after it (ARTICLES_LIST_ORDER_UNIQUE_INDEX_E).
            String byIndex = ALREADY_THERE.keySet().stream()
                    .filter(name -> name.endsWith("_unique") && index.startsWith(name + "_index"))
                    .findFirst().map(ALREADY_THERE::get).orElse(null);
            if (byIndex != null) {
                return byIndex;
            }
            if (ALREADY_THERE.containsKey(table)) {
                return ALREADY_THERE.get(table);
            }
        }
        return "the same key is already in the database";
    }

    private static String missingParent(String message) {
        return constraintName(message).map(FK_PARENT::matcher).filter(Matcher::find)
                .map(m -> MISSING_PARENT.get(m.group(1)))
                .orElse("it refers to something that is not in the database (was it deleted meanwhile?)");
    }

    /** Our lower-case constraint name, from PostgreSQL's quotes or H2's {@code "NAME: } prefix. */
    private static Optional<String> constraintName(String message) {
        Matcher pg = QUOTED_CONSTRAINT.matcher(message);
        if (pg.find()) {
            return Optional.of(pg.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher h2 = H2_NAMED.matcher(message);
        return h2.find() ? Optional.of(h2.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static boolean diskFull(SQLException e) {
        if (DISK_FULL.equals(e.getSQLState())) {
            return true;
        }
        for (Throwable t = e; t != null; t = next(t)) {
            String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // Linux/macOS ENOSPC, Windows ERROR_DISK_FULL, PostgreSQL's "could not extend file".
            if (text.contains("no space left on device") || text.contains("not enough space on the disk")
                    || text.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    /** The message of the first IOException in the chain, without H2's codes; null if there is none. */
    private static String ioFailure(SQLException e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof IOException io) {
                return io.getMessage() == null ? io.getClass().getSimpleName() : withoutCodes(io.getMessage());
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t.getCause() != null && t.getCause() != t) {
            return t.getCause();
        }
        return t instanceof SQLException sql ? sql.getNextException() : null;
    }
}
