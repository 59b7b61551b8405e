-- Doorbraak core schema, version 12: a verwerkingen journal file has one id (its first line) instead of one per line;
-- verwerking_import holds how many lines of the file being imported are in the table, so an import repeated after a
-- crash continues after them. The unique index over every row's id cost more than the rest of the import.
-- Portable SQL (H2 and PostgreSQL); the index goes first because PostgreSQL shares names between tables and indexes.
DROP INDEX verwerking_journaal;
ALTER TABLE verwerking DROP COLUMN journaal_id;
CREATE TABLE verwerking_import (
    journaal VARCHAR(36) NOT NULL,
    regels   INTEGER     NOT NULL,
    CONSTRAINT verwerking_import_pk PRIMARY KEY (journaal)
);
