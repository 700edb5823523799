-- Copydesk schema 1: editions with their pages, placements, articles (+ every saved revision) and photos.
-- Portable SQL for H2 2.x and PostgreSQL. The one type they spell differently, a large binary, is the
-- placeholder ${binary_type} (BLOB on H2, BYTEA on PostgreSQL), set by Database when it migrates.
-- VARCHAR without a length is unbounded on PostgreSQL and up to 1,000,000 characters on H2.

CREATE TABLE editions (
    id               VARCHAR(64)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    publication_date DATE         NOT NULL,
    issue_number     INTEGER      NOT NULL,
    CONSTRAINT editions_pk PRIMARY KEY (id)
);
CREATE INDEX editions_by_date ON editions (publication_date, issue_number);

CREATE TABLE pages (
    id          VARCHAR(64)  NOT NULL,
    edition_id  VARCHAR(64)  NOT NULL,
    page_number INTEGER      NOT NULL,
    section     VARCHAR(200) NOT NULL,
    spec_json   VARCHAR      NOT NULL,
    CONSTRAINT pages_pk PRIMARY KEY (id),
    CONSTRAINT pages_edition_fk FOREIGN KEY (edition_id) REFERENCES editions (id) ON DELETE CASCADE
);
CREATE INDEX pages_by_edition ON pages (edition_id, page_number);

-- A story or photo frame on a page grid, in the order the page lists them. Placements name their
-- article or photo without a foreign key: make-up may place a story before it is written.
CREATE TABLE placements (
    page_id          VARCHAR(64) NOT NULL,
    list_order       INTEGER     NOT NULL,
    kind             VARCHAR(10) NOT NULL,
    content_id       VARCHAR(64) NOT NULL,
    grid_column      INTEGER     NOT NULL,
    grid_row         INTEGER     NOT NULL,
    column_span      INTEGER     NOT NULL,
    row_span         INTEGER     NOT NULL,
    part_order       INTEGER,
    text_columns     INTEGER,
    headline_size_pt DOUBLE PRECISION,
    for_article_id   VARCHAR(64),
    CONSTRAINT placements_pk PRIMARY KEY (page_id, list_order),
    CONSTRAINT placements_page_fk FOREIGN KEY (page_id) REFERENCES pages (id) ON DELETE CASCADE,
    CONSTRAINT placements_kind CHECK (kind IN ('story', 'photo'))
);

CREATE TABLE articles (
    id            VARCHAR(64)   NOT NULL,
    edition_id    VARCHAR(64)   NOT NULL,
    list_order    INTEGER       NOT NULL,
    kicker        VARCHAR(1000) NOT NULL,
    headline      VARCHAR(1000) NOT NULL,
    subtitle      VARCHAR(1000) NOT NULL,
    byline        VARCHAR(1000) NOT NULL,
    body_json     VARCHAR       NOT NULL,
    plain_text    VARCHAR       NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    target_length INTEGER       NOT NULL,
    version       BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT articles_pk PRIMARY KEY (id),
    CONSTRAINT articles_edition_fk FOREIGN KEY (edition_id) REFERENCES editions (id) ON DELETE CASCADE
);
CREATE INDEX articles_by_edition ON articles (edition_id, list_order);

-- Every saved value of an article, whole, as JSON: what "restore revision" brings back.
CREATE TABLE article_revisions (
    article_id   VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    article_json VARCHAR     NOT NULL,
    CONSTRAINT article_revisions_pk PRIMARY KEY (article_id, version),
    CONSTRAINT article_revisions_article_fk FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE
);

-- The original file's bytes, untouched, with the digest that identifies them.
CREATE TABLE photos (
    id            VARCHAR(64)   NOT NULL,
    edition_id    VARCHAR(64)   NOT NULL,
    list_order    INTEGER       NOT NULL,
    file_name     VARCHAR(500)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    content       ${binary_type} NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    width_px      INTEGER       NOT NULL,
    height_px     INTEGER       NOT NULL,
    caption_text  VARCHAR(4000) NOT NULL,
    photographer  VARCHAR(200)  NOT NULL,
    credit        VARCHAR(200)  NOT NULL,
    caption_kind  VARCHAR(20)   NOT NULL,
    CONSTRAINT photos_pk PRIMARY KEY (id),
    CONSTRAINT photos_edition_fk FOREIGN KEY (edition_id) REFERENCES editions (id) ON DELETE CASCADE
);
CREATE INDEX photos_by_edition ON photos (edition_id, list_order);
