-- Copydesk schema 5: the paper's own settings (issue 8) and its house style (issue 7), one row per
-- setting. A setting with no row has its built-in value, so a new database, and one migrated from an
-- older Copydesk, composes exactly as before until someone changes a setting. The keys are the
-- store's (PaperSettingsTable); the house style is stored whole as JSON text. VARCHAR without a
-- length is unbounded on PostgreSQL and up to 1,000,000 characters on H2. Portable SQL.

CREATE TABLE paper_settings (
    setting_key   VARCHAR(100) NOT NULL,
    setting_value VARCHAR      NOT NULL,
    CONSTRAINT paper_settings_pk PRIMARY KEY (setting_key)
);
