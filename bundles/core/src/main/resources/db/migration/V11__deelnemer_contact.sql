-- Doorbraak core schema, version 11: a deelnemer of a tafel may be a contact of the korte lijnen (issue 4, point 8).
-- NULL: the deelnemer is not in the contactenlijst. No foreign key: a contact is never deleted (only deactivated), and
-- the copies kept with a bijeenkomst or besluit must stay as they were whatever happens to the contact later.
-- Portable SQL (H2 and PostgreSQL); existing rows keep NULL, so a database of an earlier version migrates in place.
ALTER TABLE tafel_deelnemer ADD COLUMN contact_id VARCHAR(36);
-- the copies of a deelnemer as it was at a bijeenkomst or besluit keep the reference too
ALTER TABLE bijeenkomst_aanwezige ADD COLUMN contact_id VARCHAR(36);
ALTER TABLE besluit_deelnemer ADD COLUMN contact_id VARCHAR(36);
-- "at which tafels does this contact sit": GET …/contacten/{id}/tafels
CREATE INDEX tafel_deelnemer_contact ON tafel_deelnemer (contact_id);
