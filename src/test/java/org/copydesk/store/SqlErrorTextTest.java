package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user reads when the database refuses a write: the H2 failures are provoked for real on our
 * schema, the PostgreSQL ones carry the driver's message shapes; none may show index names, our
 * constraint names, H2's error codes or the SQL.
 */
class SqlErrorTextTest {
    private static Connection h2;

    @BeforeAll
    static void schema() throws Exception {
        h2 = DriverManager.getConnection("jdbc:h2:mem:sql-error-text;DB_CLOSE_DELAY=-1");
        try (Statement s = h2.createStatement()) {
            for (String file : new String[] {"V1__editions_pages_articles_photos.sql", "V4__unique_list_order.sql",
                "V6__ad_artwork.sql"}) {
                String sql;
                try (var in = SqlErrorTextTest.class.getResourceAsStream("/db/migration/" + file)) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("${binary_type}", "BLOB").replaceAll("(?m)^--.*$", "");
                }
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
            s.execute("INSERT INTO editions VALUES ('e1', 'n', DATE '2026-11-27', 1)");
            s.execute("INSERT INTO pages VALUES ('p1', 'e1', 1, 's', '{}')");
            s.execute("INSERT INTO articles VALUES ('a1', 'e1', 0, '', '', '', '', '{}', '', 'DRAFT', 1, 1,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO article_revisions VALUES ('a1', 1, CURRENT_TIMESTAMP, '{}')");
            s.execute("INSERT INTO photos VALUES ('f1', 'e1', 0, 'a.jpg', 'image/jpeg', X'00', 1, 's', 1, 1, '', '', '', 'x')");
            s.execute("INSERT INTO placements VALUES ('p1', 0, 'story', 'a1', 1, 1, 1, 1, null, null, null, null, null)");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        h2.close();
    }

    /** Runs {@code sql} on the H2 schema, which must refuse it. */
    private static SQLException h2Refuses(String sql) {
        try (Statement s = h2.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("H2 accepted " + sql);
    }

    private static final String ARTICLE_VALUES = "'e1', %d, '', '', '', '', '{}', '', 'DRAFT', 1, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP";

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("H2 edition id twice", (Source) () -> h2Refuses(
                        "INSERT INTO editions VALUES ('e1', 'n', DATE '2026-11-27', 1)"), "an edition with this id is already"),
                Arguments.of("H2 page id twice", (Source) () -> h2Refuses(
                        "INSERT INTO pages VALUES ('p1', 'e1', 2, 's', '{}')"), "a page with this id is already"),
                Arguments.of("H2 story id twice", (Source) () -> h2Refuses(
                        "INSERT INTO articles VALUES ('a1', " + ARTICLE_VALUES.formatted(5) + ")"), "a story with this id is already"),
                Arguments.of("H2 story position twice", (Source) () -> h2Refuses(
                        "INSERT INTO articles VALUES ('a2', " + ARTICLE_VALUES.formatted(0) + ")"), "two stories were given the same position"),
                Arguments.of("H2 revision twice", (Source) () -> h2Refuses(
                        "INSERT INTO article_revisions VALUES ('a1', 1, CURRENT_TIMESTAMP, '{}')"), "revision of the story is already saved"),
                Arguments.of("H2 photo id twice", (Source) () -> h2Refuses(
                        "INSERT INTO photos VALUES ('f1', 'e1', 7, 'a.jpg', 'image/jpeg', X'00', 1, 's', 1, 1, '', '', '', 'x')"),
                        "a photo with this id is already"),
                Arguments.of("H2 photo position twice", (Source) () -> h2Refuses(
                        "INSERT INTO photos VALUES ('f2', 'e1', 0, 'a.jpg', 'image/jpeg', X'00', 1, 's', 1, 1, '', '', '', 'x')"),
                        "two photos were given the same position"),
                Arguments.of("H2 placement position twice", (Source) () -> h2Refuses(
                        "INSERT INTO placements VALUES ('p1', 0, 'photo', 'f1', 1, 1, 1, 1, null, null, null, null, null)"),
                        "two items were placed at the same position"),
                Arguments.of("H2 page of a missing edition", (Source) () -> h2Refuses(
                        "INSERT INTO pages VALUES ('p9', 'gone', 1, 's', '{}')"), "its edition is not in the database"),
                Arguments.of("H2 revision of a missing story", (Source) () -> h2Refuses(
                        "INSERT INTO article_revisions VALUES ('gone', 1, CURRENT_TIMESTAMP, '{}')"), "its story is not in the database"),
                Arguments.of("H2 unknown placement kind", (Source) () -> h2Refuses(
                        "INSERT INTO placements VALUES ('p1', 9, 'advert', 'x', 1, 1, 1, 1, null, null, null, null, null)"),
                        "neither a story, a photo nor an ad"),
                Arguments.of("H2 name too long", (Source) () -> h2Refuses(
                        "INSERT INTO editions VALUES ('e9', '" + "x".repeat(300) + "', DATE '2026-11-27', 1)"),
                        "too long for name (at most 200 characters)"),
                Arguments.of("H2 full disk", (Source) () -> DbException.convert(DataUtils.newMVStoreException(
                        DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed; length {1} at {2}",
                        "sun.nio.ch.FileChannelImpl@ae372b9", 1601536, 2428928, new IOException("No space left on device")))
                        .getSQLException(), "the disk is full"),
                Arguments.of("H2 IO exception", (Source) () -> new SQLException(
                        "IO Exception: \"java.io.IOException: Input/output error\"; \"/data/copydesk.mv.db\" [90028-232]",
                        "90028", 90028, new IOException("Input/output error")), "could not be read or written (Input/output error)"),
                Arguments.of("PostgreSQL edition id twice", (Source) () -> new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"editions_pk\"\n  Detail: Key (id)=(e1) already exists.",
                        "23505"), "an edition with this id is already"),
                Arguments.of("PostgreSQL story position twice", (Source) () -> new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"articles_list_order_unique\"\n"
                                + "  Detail: Key (edition_id, list_order)=(e1, 0) already exists.", "23505"),
                        "two stories were given the same position"),
                Arguments.of("PostgreSQL revision twice", (Source) () -> new SQLException(
                        "ERROR: duplicate key value violates unique constraint \"article_revisions_pk\"", "23505"),
                        "revision of the story is already saved"),
                Arguments.of("PostgreSQL photo of a missing edition", (Source) () -> new SQLException(
                        "ERROR: insert or update on table \"photos\" violates foreign key constraint \"photos_edition_fk\"\n"
                                + "  Detail: Key (edition_id)=(gone) is not present in table \"editions\".", "23503"),
                        "its edition is not in the database"),
                Arguments.of("PostgreSQL placement on a missing page", (Source) () -> new SQLException(
                        "ERROR: insert or update on table \"placements\" violates foreign key constraint \"placements_page_fk\"",
                        "23503"), "its page is not in the database"),
                Arguments.of("PostgreSQL unknown placement kind", (Source) () -> new SQLException(
                        "ERROR: new row for relation \"placements\" violates check constraint \"placements_kind\"", "23514"),
                        "neither a story, a photo nor an ad"),
                Arguments.of("PostgreSQL full disk", (Source) () -> new SQLException(
                        "ERROR: could not extend file \"base/16384/16385\": No space left on device\n"
                                + "  Hint: Check free disk space.", "53100"), "the disk is full"),
                Arguments.of("H2 write failure", (Source) () -> DbException.convert(DataUtils.newMVStoreException(
                        DataUtils.ERROR_WRITING_FAILED, "Writing to {0} failed; length {1} at {2}",
                        "sun.nio.ch.FileChannelImpl@ae372b9", 4096, 8192, new IOException("Input/output error")))
                        .getSQLException(), "could not be read or written (Input/output error)"),
                Arguments.of("PostgreSQL server not reachable keeps its words", (Source) () -> new SQLException(
                        "Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct.", "08001",
                        new java.net.ConnectException("Connection refused")), "Connection to 127.0.0.1:1 refused"),
                Arguments.of("unknown H2 error keeps its text", (Source) () -> h2Refuses("SELECT nope FROM editions"),
                        "Column \"NOPE\" not found"));
    }

    @FunctionalInterface
    interface Source {
        SQLException get();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void saysWhatHappenedInOneLineWithoutInternals(String name, Source failure, String expected) {
        String message = SqlErrors.shortMessage(failure.get());

        assertThat(message).contains(expected)
                .doesNotContain("[9").doesNotContain("[2").doesNotContain("-232]")
                .doesNotContainIgnoringCase("PRIMARY_KEY").doesNotContainIgnoringCase("_pk")
                .doesNotContainIgnoringCase("_fk").doesNotContainIgnoringCase("_unique")
                .doesNotContain("SQL statement").doesNotContain("INSERT").doesNotContain("FileChannelImpl");
        assertThat(message.lines()).hasSize(1);
    }
}
