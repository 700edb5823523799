package org.copydesk.store;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * A second process for {@link DatabaseOpenTest}: opens the database folder given as the first
 * argument, inserts a test edition with the id given as the optional second argument, prints
 * {@code OPEN <pid>}, and keeps the database open until its standard input is closed.
 */
public final class HoldDatabaseOpen {
    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(DatabaseLocation.resolve(Optional.of(args[0]), Map.of()))) {
            if (args.length > 1) {
                database.repository().insertEdition(TestEditions.edition(args[1]).build());
            }
            System.out.println("OPEN " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
