package org.copydesk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A check-out: one person's claim to edit a story or make up a page, so that colleagues open it
 * read-only meanwhile. The holder's window renews it with a heartbeat; one whose heartbeat is older
 * than the lease is stale, and may be taken over.
 *
 * @param subject   what is checked out
 * @param holder    who holds it, on which machine and in which process
 * @param since     when it was taken (the database's clock)
 * @param heartbeat when the holder last said it is still there (the database's clock)
 */
public record Checkout(Subject subject, Holder holder, Instant since, Instant heartbeat) {

    /** What can be checked out. */
    public enum Kind { STORY, PAGE }

    /** One story or one page, by its id. */
    public record Subject(Kind kind, String id) {
        public Subject {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        public static Subject story(String articleId) {
            return new Subject(Kind.STORY, articleId);
        }

        public static Subject page(String pageId) {
            return new Subject(Kind.PAGE, pageId);
        }
    }

    /**
     * Who holds a check-out.
     *
     * @param name  the person ({@code repository.person().name()})
     * @param host  the machine's name
     * @param pid   the Copydesk process
     * @param token this Copydesk's session: two windows of one person on one machine are two holders
     */
    public record Holder(String name, String host, long pid, String token) {
        public Holder {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(token, "token");
        }

        /** True when {@code other} is this same session. */
        public boolean sameSession(Holder other) {
            return token.equals(other.token);
        }
    }

    public Checkout {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(heartbeat, "heartbeat");
    }

    /** True when the holder has not renewed it within {@code lease} before {@code now}. */
    public boolean isStale(Instant now, Duration lease) {
        return heartbeat.plus(lease).isBefore(now);
    }
}
