-- Copydesk schema 12: check-out locks (issue 14). One row per story or page someone is editing or
-- making up; the primary key is what makes taking one atomic on H2 and PostgreSQL alike: of two
-- Copydesks inserting the same subject at once, the second's INSERT fails and it is told who holds it.
-- subject_kind is Checkout.Kind's name (STORY, PAGE); holder_token is one Copydesk session.
-- Times are the database's clock, so machines whose clocks differ still agree on which lock is stale.
-- Portable SQL.

CREATE TABLE checkouts (
    subject_kind  VARCHAR(10)              NOT NULL,
    subject_id    VARCHAR(64)              NOT NULL,
    holder_name   VARCHAR(100)             NOT NULL,
    holder_host   VARCHAR(255)             NOT NULL,
    holder_pid    BIGINT                   NOT NULL,
    holder_token  VARCHAR(64)              NOT NULL,
    taken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT checkouts_pk PRIMARY KEY (subject_kind, subject_id)
);

-- Every check-out that someone else ended, by hand (with a reason) or by taking over a stale one.
-- Its holder's Copydesk finds it here on its next heartbeat or save and tells its user.
CREATE TABLE checkout_breaks (
    break_id       VARCHAR(36)              NOT NULL,
    subject_kind   VARCHAR(10)              NOT NULL,
    subject_id     VARCHAR(64)              NOT NULL,
    holder_name    VARCHAR(100)             NOT NULL,
    holder_host    VARCHAR(255)             NOT NULL,
    holder_pid     BIGINT                   NOT NULL,
    holder_token   VARCHAR(64)              NOT NULL,
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    broken_by      VARCHAR(100)             NOT NULL,
    broken_on_host VARCHAR(255)             NOT NULL,
    reason         VARCHAR(1000)            NOT NULL,
    broken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    takeover       BOOLEAN                  NOT NULL,
    CONSTRAINT checkout_breaks_pk PRIMARY KEY (break_id)
);

CREATE INDEX checkout_breaks_by_holder ON checkout_breaks (holder_token, subject_kind, subject_id);
