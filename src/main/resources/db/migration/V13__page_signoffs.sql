-- Copydesk schema 13: a page signed off (签发) as composed (issue 14). Each row is one sign-off:
-- who, when, the digest of the composed page and its lines as signed (compact JSON, to show later
-- what changed). A sign-off is withdrawn, never deleted: withdrawn_at says since when, withdrawn_by
-- whose change or hand withdrew it (when known), withdrawn_reason why. Signing a page again adds a
-- row; the newest row of a page is its state. page_id has no foreign key, so the history survives a
-- page's frames being saved again; the rows go with their edition.

CREATE TABLE page_signoffs (
    id               VARCHAR(64)  NOT NULL,
    page_id          VARCHAR(64)  NOT NULL,
    edition_id       VARCHAR(64)  NOT NULL,
    page_number      INTEGER      NOT NULL,
    signed_by        VARCHAR(100) NOT NULL,
    signed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    layout_hash      VARCHAR(80)  NOT NULL,
    signed_layout    VARCHAR      NOT NULL,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    withdrawn_by     VARCHAR(100),
    withdrawn_reason VARCHAR(500) NOT NULL DEFAULT '',
    CONSTRAINT page_signoffs_pk PRIMARY KEY (id),
    CONSTRAINT page_signoffs_edition_fk FOREIGN KEY (edition_id) REFERENCES editions (id) ON DELETE CASCADE
);

CREATE INDEX page_signoffs_page ON page_signoffs (edition_id, page_id, signed_at);
