-- Copydesk schema 4: an edition's articles and photos each have distinct list positions.
-- Until now two imports on a shared PostgreSQL server could both read the same MAX(list_order) and
-- give their stories the same position. The store now locks the edition's row before appending;
-- these constraints make a duplicate impossible rather than silent.

-- Renumber first, keeping the order the store reads (list_order, then id), so that a database that
-- already holds duplicates migrates; in one that holds none, every row keeps its position relative
-- to the others (positions become 0, 1, 2, ... per edition).
UPDATE articles SET list_order = (
    SELECT COUNT(*) FROM articles b
    WHERE b.edition_id = articles.edition_id
      AND (b.list_order < articles.list_order OR (b.list_order = articles.list_order AND b.id < articles.id)));

UPDATE photos SET list_order = (
    SELECT COUNT(*) FROM photos b
    WHERE b.edition_id = photos.edition_id
      AND (b.list_order < photos.list_order OR (b.list_order = photos.list_order AND b.id < photos.id)));

-- The unique constraints' indexes serve the by-edition lookups the old indexes served.
DROP INDEX articles_by_edition;
DROP INDEX photos_by_edition;
ALTER TABLE articles ADD CONSTRAINT articles_list_order_unique UNIQUE (edition_id, list_order);
ALTER TABLE photos ADD CONSTRAINT photos_list_order_unique UNIQUE (edition_id, list_order);
