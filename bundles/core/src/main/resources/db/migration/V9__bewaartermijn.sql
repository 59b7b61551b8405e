-- Doorbraak core schema, version 9: retention. When the bewaartermijn after closing has passed, the personal fields
-- of a casus and its parts are purged; the row stays for the anonymised figures (rapportage). Portable SQL.

-- when the personal data of this casus was purged; NULL while it is kept
ALTER TABLE casus ADD COLUMN gewist TIMESTAMP WITH TIME ZONE;
-- retention looks for closed casussen past the term that are not purged yet
CREATE INDEX casus_te_wissen ON casus (gemeente, gewist, afgesloten);
