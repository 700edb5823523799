-- Copydesk schema 8: the paper's table from Word style names to story roles (issue 9), read when a
-- .docx or .doc is imported. No rows means the built-in table (model.WordStyles.defaults()), so a new
-- database and one migrated from an older Copydesk import Word files with the defaults until someone
-- edits the table; once saved, the rows are the whole table. list_order keeps the order the user sees.
-- The role is WordStyleRole's code (kicker, headline, subtitle, subhead, body, byline, caption, ignore).
-- Portable SQL.

CREATE TABLE word_styles (
    style_name VARCHAR(400) NOT NULL,
    style_role VARCHAR(20)  NOT NULL,
    list_order INTEGER      NOT NULL,
    CONSTRAINT word_styles_pk PRIMARY KEY (style_name)
);
