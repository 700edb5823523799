-- Copydesk schema 7: the photo desk's import (issue 10). A photo keeps its original bytes and is
-- shown turned by its EXIF orientation (1 to 8; decision 0013), and keeps what its IPTC/XMP said
-- besides caption and credit (headline, keywords, city, date created, source) as a JSON object.
-- Rows from before have no metadata kept and are upright.

ALTER TABLE photos ADD COLUMN orientation INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE photos ADD CONSTRAINT photos_orientation CHECK (orientation BETWEEN 1 AND 8);
ALTER TABLE photos ADD COLUMN details_json VARCHAR;
