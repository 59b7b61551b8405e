-- Doorbraak core schema, version 16: accounts that sign in with the gemeente's identity provider (OpenID Connect,
-- issue 10 point 4). The pair (issuer, subject) is who the identity provider says it is; the username stays the key of
-- the account. Portable SQL (H2 and PostgreSQL).
ALTER TABLE gebruiker ADD COLUMN sso_issuer VARCHAR(500);
ALTER TABLE gebruiker ADD COLUMN sso_subject VARCHAR(255);
CREATE UNIQUE INDEX gebruiker_sso ON gebruiker (sso_issuer, sso_subject);
