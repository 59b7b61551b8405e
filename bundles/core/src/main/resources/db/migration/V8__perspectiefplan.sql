-- Perspectiefplan and rekentool (issue 4 point 9). Portable SQL, as V1: standard types, no H2-only functions.
-- V6 and V7 are reserved for parts built at the same time.

-- one plan per casus: the inwoner's goal in their own words, and the rekentool below
CREATE TABLE perspectiefplan (
    casus_id        VARCHAR(36)   NOT NULL,
    gemeente        VARCHAR(64)   NOT NULL,
    -- personal data: NULL once retention has purged it (the amounts stay for the rapportage)
    doel            VARCHAR(4000),
    versie          BIGINT        NOT NULL,
    aangemaakt      TIMESTAMP WITH TIME ZONE NOT NULL,
    aangemaakt_door VARCHAR(100)  NOT NULL,
    gewijzigd       TIMESTAMP WITH TIME ZONE NOT NULL,
    gewijzigd_door  VARCHAR(100)  NOT NULL,
    CONSTRAINT perspectiefplan_pk PRIMARY KEY (casus_id),
    CONSTRAINT perspectiefplan_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id) ON DELETE CASCADE
);
CREATE INDEX perspectiefplan_gemeente ON perspectiefplan (gemeente);

-- personal data too (the inwoner's steps); retention deletes the rows
CREATE TABLE perspectiefplan_stap (
    casus_id   VARCHAR(36)  NOT NULL,
    volgnummer INTEGER      NOT NULL,
    tekst      VARCHAR(500) NOT NULL,
    CONSTRAINT perspectiefplan_stap_pk PRIMARY KEY (casus_id, volgnummer),
    CONSTRAINT perspectiefplan_stap_plan_fk FOREIGN KEY (casus_id) REFERENCES perspectiefplan (casus_id)
        ON DELETE CASCADE
);

-- the rekentool: yearly costs per organisatie of the current route (doormodderen) and the proposed one (doorbreken)
CREATE TABLE perspectiefplan_kosten (
    casus_id     VARCHAR(36)    NOT NULL,
    volgnummer   INTEGER        NOT NULL,
    organisatie  VARCHAR(200)   NOT NULL,
    post         VARCHAR(200),
    doormodderen NUMERIC(14, 2) NOT NULL,
    doorbreken   NUMERIC(14, 2) NOT NULL,
    CONSTRAINT perspectiefplan_kosten_pk PRIMARY KEY (casus_id, volgnummer),
    CONSTRAINT perspectiefplan_kosten_plan_fk FOREIGN KEY (casus_id) REFERENCES perspectiefplan (casus_id)
        ON DELETE CASCADE,
    CONSTRAINT perspectiefplan_kosten_bedrag_ck CHECK (doormodderen >= 0 AND doorbreken >= 0)
);
