-- Copydesk schema 2: the commit marker, a counter raised by every write transaction. The same number
-- is kept beside the embedded database in copydesk.commit after each commit; a database whose counter
-- is behind that file has lost committed work (a file that lost its tail, an older copy put in place)
-- and is refused as damaged instead of being written over. Portable SQL for H2 and PostgreSQL.

CREATE TABLE commit_marker (
    id      INTEGER NOT NULL,
    counter BIGINT  NOT NULL,
    CONSTRAINT commit_marker_pk PRIMARY KEY (id),
    CONSTRAINT commit_marker_one_row CHECK (id = 1)
);
INSERT INTO commit_marker (id, counter) VALUES (1, 0);
