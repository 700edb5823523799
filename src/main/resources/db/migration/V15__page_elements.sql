-- Copydesk schema 15: elements of a Chinese page (issue 11). A placement may now be a banner
-- (通栏标语), whose slogan is kept in banner_text; a story frame may be boxed (花边框/底纹框: a
-- border of frame_border and/or a tint), carry a vertical headline (竖题, headline_side RIGHT or
-- LEFT) or be set vertically throughout (竖排, vertical_text). NULL in every new column is a plain
-- frame, as every frame was before. tinted and ruled serve banners too.
-- Portable SQL: H2 and PostgreSQL both drop and re-add a named CHECK constraint this way.

ALTER TABLE placements DROP CONSTRAINT placements_kind;
ALTER TABLE placements ADD CONSTRAINT placements_kind CHECK (kind IN ('story', 'photo', 'ad', 'banner'));
ALTER TABLE placements ADD COLUMN frame_border VARCHAR(10);
ALTER TABLE placements ADD COLUMN tinted BOOLEAN;
ALTER TABLE placements ADD COLUMN headline_side VARCHAR(10);
ALTER TABLE placements ADD COLUMN vertical_text BOOLEAN;
ALTER TABLE placements ADD COLUMN banner_text VARCHAR(200);
ALTER TABLE placements ADD COLUMN ruled BOOLEAN;
