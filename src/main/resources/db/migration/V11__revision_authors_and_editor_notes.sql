-- Copydesk schema 11 (issue 14, tracked changes and notes): every revision names who saved it, and
-- editors leave notes (批注) on a range of a story's text. Revisions saved before this step have no
-- author: NULL, read as "unknown".

ALTER TABLE article_revisions ADD COLUMN author VARCHAR(100);

-- A note on characters [start_offset, end_offset) (UTF-16 units) of one paragraph of a story, with the
-- text it was written on, so it can be found again when the paragraph changes. Never printed.
CREATE TABLE editor_notes (
    id              VARCHAR(64)   NOT NULL,
    article_id      VARCHAR(64)   NOT NULL,
    paragraph_index INTEGER       NOT NULL,
    start_offset    INTEGER       NOT NULL,
    end_offset      INTEGER       NOT NULL,
    quoted_text     VARCHAR(4000) NOT NULL,
    note_text       VARCHAR(4000) NOT NULL,
    author          VARCHAR(100)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved        BOOLEAN       NOT NULL,
    detached        BOOLEAN       NOT NULL,
    CONSTRAINT editor_notes_pk PRIMARY KEY (id),
    CONSTRAINT editor_notes_article_fk FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
    CONSTRAINT editor_notes_range CHECK (paragraph_index >= 0 AND start_offset >= 0 AND end_offset >= start_offset)
);
CREATE INDEX editor_notes_by_article ON editor_notes (article_id, created_at);
