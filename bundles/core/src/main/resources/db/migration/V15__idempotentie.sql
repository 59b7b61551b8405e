-- Doorbraak core schema, version 15: Idempotency-Key on POSTs that create (issue 10, point 7). A row is written in the
-- transaction that creates the object, so a retry after a lost answer (even a kill -9 right after the commit) finds
-- it and gets the original object instead of a second one. Only what to look up again, never the answer itself (it
-- may hold personal data that retention must be able to purge). Portable SQL (H2 and PostgreSQL).
CREATE TABLE idempotentie (
    door       VARCHAR(100) NOT NULL,
    sleutel    VARCHAR(255) NOT NULL,
    -- SHA-256 (hex) over method, path and body: the same key with another request is refused
    verzoek    VARCHAR(64)  NOT NULL,
    object     VARCHAR(30)  NOT NULL,
    object_id  VARCHAR(200) NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotentie_pk PRIMARY KEY (door, sleutel)
);
CREATE INDEX idempotentie_aangemaakt ON idempotentie (aangemaakt);
