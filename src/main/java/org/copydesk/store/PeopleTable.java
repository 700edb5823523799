package org.copydesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.Person;
import org.copydesk.model.Role;

/** SQL for the {@code people} table: who works at the desk and in which role. */
final class PeopleTable {
    private static final Words WORDS = Words.ofPackage(PeopleTable.class);

    private PeopleTable() {
    }

    static List<Person> all(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name, role FROM people ORDER BY created_at, name");
             ResultSet rs = s.executeQuery()) {
            List<Person> people = new ArrayList<>();
            while (rs.next()) {
                people.add(read(rs));
            }
            return people;
        }
    }

    static Optional<Person> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT name, role FROM people WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM people"); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void insert(Connection c, Person person, Instant when) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO people (name, role, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, person.name());
            s.setString(2, person.role().name());
            s.setObject(3, ArticleTable.storable(when).atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    static boolean updateRole(Connection c, String name, Role role) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE people SET role = ? WHERE name = ?")) {
            s.setString(1, role.name());
            s.setString(2, name);
            return s.executeUpdate() == 1;
        }
    }

    private static Person read(ResultSet rs) throws SQLException {
        String name = rs.getString(1);
        String role = rs.getString(2);
        try {
            return new Person(name, Role.valueOf(role));
        } catch (IllegalArgumentException e) {
            throw new StoreException(WORDS.format("people.unknownRole", name, role), e);
        }
    }
}
