-- Doorbraak core schema, version 14: real accounts (issue 10). Portable SQL (H2 and PostgreSQL); existing rows get the
-- defaults, so a database of an earlier version (demo accounts only) migrates in place.

-- optimistic locking for changes by a beheerder (If-Match), as on casus and tafel
ALTER TABLE gebruiker ADD COLUMN versie BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE gebruiker ADD COLUMN gewijzigd TIMESTAMP WITH TIME ZONE;
-- lokaal (password here) or sso (the gemeente's identity provider; no password here)
ALTER TABLE gebruiker ADD COLUMN bron VARCHAR(10) DEFAULT 'lokaal' NOT NULL;
-- NULL until the user has chosen one (an account made by a beheerder starts with a one-time code), and for sso
ALTER TABLE gebruiker ALTER COLUMN wachtwoord_hash DROP NOT NULL;
-- a one-time password (first start) must be replaced before the account can do anything else
ALTER TABLE gebruiker ADD COLUMN wachtwoord_wijzigen BOOLEAN DEFAULT FALSE NOT NULL;
-- a contact of the korte lijnen of the same gemeente, so a mandate belongs to a person who logs in; no foreign key,
-- as elsewhere: contacts are only ever deactivated
ALTER TABLE gebruiker ADD COLUMN contact_id VARCHAR(36);
-- brute force: failed attempts since the last success, and until when the account is locked
ALTER TABLE gebruiker ADD COLUMN mislukte_pogingen INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE gebruiker ADD COLUMN laatst_mislukt TIMESTAMP WITH TIME ZONE;
ALTER TABLE gebruiker ADD COLUMN geblokkeerd_tot TIMESTAMP WITH TIME ZONE;
ALTER TABLE gebruiker ADD COLUMN laatst_ingelogd TIMESTAMP WITH TIME ZONE;
-- a one-time code from a beheerder (new account, forgotten password): SHA-256 of the code, never the code itself
ALTER TABLE gebruiker ADD COLUMN code_hash VARCHAR(100);
ALTER TABLE gebruiker ADD COLUMN code_geldig_tot TIMESTAMP WITH TIME ZONE;
CREATE INDEX gebruiker_contact ON gebruiker (contact_id);

-- changes to accounts are audited too, and platform accounts (platformbeheerder, rijk) belong to no gemeente
ALTER TABLE audit ALTER COLUMN gemeente DROP NOT NULL;
-- the audittrail of one account (GET …/gebruikers/{naam}/audittrail), also of a platform account
CREATE INDEX audit_object_id ON audit (object, object_id);
