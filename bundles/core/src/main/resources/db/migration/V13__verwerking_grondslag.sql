-- Doorbraak core schema, version 13: the platform's own grondslag (AVG art. 6 lid 1 sub e …) is no longer repeated in
-- every verwerking row; NULL means that grondslag (VerwerkingenLogImpl.GRONDSLAG), another one is stored as text.
-- Rows from before keep their text. Portable SQL (H2 and PostgreSQL).
ALTER TABLE verwerking ALTER COLUMN grondslag DROP NOT NULL;
