-- Copydesk schema 6: ad slots (广告, issue 8). A placement may now be an ad slot, which names its
-- advertiser; an advertiser's finished PDF, once delivered, is kept whole in ad_artwork, one row per
-- slot (page and slot name), and goes when the page goes. Slots without a row print as a grey
-- placeholder, which preflight refuses for print. ${binary_type} is BLOB on H2, BYTEA on PostgreSQL.
-- Portable SQL: H2 and PostgreSQL both drop and re-add a named CHECK constraint this way.

ALTER TABLE placements DROP CONSTRAINT placements_kind;
ALTER TABLE placements ADD CONSTRAINT placements_kind CHECK (kind IN ('story', 'photo', 'ad'));
ALTER TABLE placements ADD COLUMN advertiser VARCHAR(200);

CREATE TABLE ad_artwork (
    page_id     VARCHAR(64)   NOT NULL,
    ad_id       VARCHAR(64)   NOT NULL,
    file_name   VARCHAR(1000) NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     ${binary_type} NOT NULL,
    CONSTRAINT ad_artwork_pk PRIMARY KEY (page_id, ad_id),
    CONSTRAINT ad_artwork_page_fk FOREIGN KEY (page_id) REFERENCES pages (id) ON DELETE CASCADE
);
