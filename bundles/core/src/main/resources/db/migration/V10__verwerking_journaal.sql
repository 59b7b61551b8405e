-- Doorbraak core schema, version 10: verwerkingen arrive through a journal file first (see VerwerkingenLogImpl);
-- each line has an id, so a journal that is imported twice after a crash does not give double rows. Portable SQL.
ALTER TABLE verwerking ADD COLUMN journaal_id VARCHAR(36);
CREATE UNIQUE INDEX verwerking_journaal ON verwerking (journaal_id);
