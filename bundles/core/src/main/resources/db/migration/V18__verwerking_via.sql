-- Doorbraak core schema, version 18: through which plug-in a verwerking came (its bundle symbolic name); NULL for the
-- platform's own doors (web, shell, the core itself) and for every line written before this version. Portable SQL.
ALTER TABLE verwerking ADD COLUMN via VARCHAR(200);
