package org.copydesk.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One issue of the paper.
 *
 * @param id          stable identity (a UUID string); survives export and import between databases
 * @param name        the paper's name as printed in the running head, e.g. 江澜周报
 * @param publicationDate the date printed on the pages
 * @param issueNumber the running issue number (总第N期)
 */
public record Edition(String id, String name, LocalDate publicationDate, int issueNumber) {
    public Edition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publicationDate, "publicationDate");
    }
}
