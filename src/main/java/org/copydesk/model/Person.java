package org.copydesk.model;

import java.util.Objects;

/**
 * Who is working: the name every revision, stage move, lock and sign-off records, and the role that
 * decides what they may do.
 *
 * @param name the name shown to colleagues (a database user's name on a shared server)
 * @param role what they do on the desk
 */
public record Person(String name, Role role) {
    /** The longest name the database keeps. */
    public static final int MAX_NAME_LENGTH = 100;

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a person's name has 1 to " + MAX_NAME_LENGTH + " characters: " + name);
        }
    }

    /**
     * The person at this machine before anyone has said who they are: the operating system's user
     * name, with every right, as on a single-user embedded database.
     */
    public static Person local() {
        String user = System.getProperty("user.name", "").strip();
        return new Person(user.isEmpty() ? "copydesk" : user, Role.ADMIN);
    }
}
