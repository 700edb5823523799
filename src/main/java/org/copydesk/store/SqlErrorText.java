package org.copydesk.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.i18n.FileErrorText;
import org.copydesk.i18n.Words;

/**
 * Says in words what a constraint violation or a disk failure means, instead of H2's index names
 * ({@code PRIMARY_KEY_4}) or our constraint names ({@code editions_pk}); the SQLException stays the
 * cause of the StoreException, so the log keeps the driver's own text.
 */
final class SqlErrorText {
    private static final Words WORDS = Words.ofPackage(SqlErrorText.class);

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

    /** Our unique constraints beyond the primary keys; H2 names their index after them. */
    private static final List<String> UNIQUE_CONSTRAINTS = List.of("articles_list_order_unique", "photos_list_order_unique");

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
            return Optional.of(WORDS.format("sql.diskFull"));
        }
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        return switch (state) {
            case UNIQUE -> Optional.of(alreadyThere(message));
            case FOREIGN_KEY, FOREIGN_KEY_PARENT_MISSING -> Optional.of(missingParent(message));
            case CHECK_H2, CHECK_POSTGRES -> Optional.of(constraintName(message)
                    .map(SqlErrorText::notAllowed)
                    .orElse(WORDS.format("sql.check")));
            // Only H2's own file failures: a PostgreSQL connection failure wraps an IOException too.
            default -> e.getErrorCode() == H2_IO_EXCEPTION || e.getErrorCode() == H2_GENERAL_ERROR && ioFailure(e) != null
                    ? Optional.of(Optional.ofNullable(ioFailure(e)).map(io -> WORDS.format("sql.ioDetail", io))
                            .orElse(WORDS.format("sql.io")))
                    : Optional.empty();
        };
    }

    /** The message without H2's error codes; for text that has no better wording. */
    static String withoutCodes(String message) {
        return H2_CODES.matcher(message).replaceAll("").strip();
    }

    private static String alreadyThere(String message) {
        // Our primary keys are named <table>_pk (PostgreSQL names them; H2 names the table instead).
        Optional<String> byConstraint = constraintName(message).map(name -> name.replaceFirst("_pk$", ""))
                .flatMap(SqlErrorText::alreadyThereIn);
        if (byConstraint.isPresent()) {
            return byConstraint.get();
        }
        Matcher h2 = H2_UNIQUE.matcher(message);
        if (h2.find()) {
            String index = h2.group(1).toLowerCase(Locale.ROOT);
            String table = h2.group(2).toLowerCase(Locale.ROOT);
            // H2 names a unique constraint's index after it (ARTICLES_LIST_ORDER_UNIQUE_INDEX_E).
            Optional<String> byIndex = UNIQUE_CONSTRAINTS.stream().filter(name -> index.startsWith(name + "_index"))
                    .findFirst().flatMap(SqlErrorText::alreadyThereIn);
            Optional<String> found = byIndex.or(() -> alreadyThereIn(table));
            if (found.isPresent()) {
                return found.get();
            }
        }
        return WORDS.format("sql.already");
    }

    /** A unique key broken, by table (H2 names the table, not our constraint) or by constraint (PostgreSQL). */
    private static Optional<String> alreadyThereIn(String tableOrConstraint) {
        return Optional.ofNullable(switch (tableOrConstraint) {
            case "editions" -> WORDS.format("sql.already.editions");
            case "pages" -> WORDS.format("sql.already.pages");
            case "articles" -> WORDS.format("sql.already.articles");
            case "photos" -> WORDS.format("sql.already.photos");
            case "placements" -> WORDS.format("sql.already.placements");
            case "article_revisions" -> WORDS.format("sql.already.revisions");
            case "articles_list_order_unique" -> WORDS.format("sql.already.storyOrder");
            case "photos_list_order_unique" -> WORDS.format("sql.already.photoOrder");
            default -> null;
        });
    }

    private static String missingParent(String message) {
        return constraintName(message).map(FK_PARENT::matcher).filter(Matcher::find)
                .map(m -> switch (m.group(1)) {
                    case "edition" -> WORDS.format("sql.parent.edition");
                    case "page" -> WORDS.format("sql.parent.page");
                    default -> WORDS.format("sql.parent.article");
                })
                .orElse(WORDS.format("sql.parent"));
    }

    private static String notAllowed(String checkName) {
        return checkName.equals("placements_kind") ? WORDS.format("sql.check.placementsKind")
                : WORDS.format("sql.checkRule", checkName);
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
            if (FileErrorText.saysDiskFull(t.getMessage())) {
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
