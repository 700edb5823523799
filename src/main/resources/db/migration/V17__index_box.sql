-- Copydesk schema 17: the 导读 box (index to inside pages) on a front page (issue 11). A placement
-- may now be an index box: its title is kept in index_title, its lines in index_entries as a JSON
-- array of {"articleId": ..., "shortText": ...} in order. The pages the lines name are not stored:
-- the composer reads them from where each story is placed, so moving a story moves its reference.
-- The lines live in the placement's own row so that everything copying placement rows (a save
-- rewriting a page, salvage from a backup) carries them without a table of its own.
-- Portable SQL: H2 and PostgreSQL both drop and re-add a named CHECK constraint this way.

ALTER TABLE placements DROP CONSTRAINT placements_kind;
ALTER TABLE placements ADD CONSTRAINT placements_kind CHECK (kind IN ('story', 'photo', 'ad', 'banner', 'index'));
ALTER TABLE placements ADD COLUMN index_title VARCHAR(40);
ALTER TABLE placements ADD COLUMN index_entries VARCHAR;
