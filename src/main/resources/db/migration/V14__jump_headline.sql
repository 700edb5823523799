-- Copydesk schema 14: a story's 转版标题 (jump headline), printed over its continuation on another
-- page (issue 11). Empty lets the composer shorten the headline, so every story stored before
-- this version prints as the composer derives it. Portable SQL (H2 2.x and PostgreSQL).

ALTER TABLE articles ADD COLUMN jump_headline VARCHAR(1000) DEFAULT '' NOT NULL;
