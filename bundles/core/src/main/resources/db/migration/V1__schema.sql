-- Doorbraak core schema, version 1.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL, DATABASE_TO_LOWER=TRUE) and on PostgreSQL.
-- Standard types only; JSON is kept as text (VARCHAR) so both databases treat it alike.

CREATE TABLE tafel (
    id              VARCHAR(36)  NOT NULL,
    gemeente        VARCHAR(64)  NOT NULL,
    naam            VARCHAR(200) NOT NULL,
    variant         VARCHAR(64)  NOT NULL,
    versie          BIGINT       NOT NULL,
    aangemaakt      TIMESTAMP WITH TIME ZONE NOT NULL,
    aangemaakt_door VARCHAR(100) NOT NULL,
    gewijzigd       TIMESTAMP WITH TIME ZONE NOT NULL,
    gewijzigd_door  VARCHAR(100) NOT NULL,
    CONSTRAINT tafel_pk PRIMARY KEY (id)
);
-- lists per gemeente are ordered by naam
CREATE INDEX tafel_gemeente_naam ON tafel (gemeente, naam, id);
-- the variant register looks for variants still in use
CREATE INDEX tafel_variant ON tafel (variant);

CREATE TABLE tafel_deelnemer (
    tafel_id       VARCHAR(36)   NOT NULL,
    volgnummer     INTEGER       NOT NULL,
    naam           VARCHAR(200)  NOT NULL,
    organisatie    VARCHAR(200)  NOT NULL,
    mandaat        VARCHAR(1000),
    mandaat_bedrag NUMERIC(14, 2),
    CONSTRAINT tafel_deelnemer_pk PRIMARY KEY (tafel_id, volgnummer),
    CONSTRAINT tafel_deelnemer_tafel_fk FOREIGN KEY (tafel_id) REFERENCES tafel (id) ON DELETE CASCADE,
    CONSTRAINT tafel_deelnemer_bedrag_ck CHECK (mandaat_bedrag IS NULL OR mandaat_bedrag >= 0)
);

CREATE TABLE casus (
    id                    VARCHAR(36)   NOT NULL,
    gemeente              VARCHAR(64)   NOT NULL,
    tafel_id              VARCHAR(36)   NOT NULL,
    variant               VARCHAR(64)   NOT NULL,
    titel                 VARCHAR(200)  NOT NULL,
    hulpvraag             VARCHAR(4000) NOT NULL,
    inwoner_pseudoniem    VARCHAR(50)   NOT NULL,
    inwoner_initialen     VARCHAR(10),
    thema                 VARCHAR(100),
    status                VARCHAR(20)   NOT NULL,
    variant_data          VARCHAR(1000000) NOT NULL,
    variant_schema_versie INTEGER       NOT NULL,
    versie                BIGINT        NOT NULL,
    aangemaakt            TIMESTAMP WITH TIME ZONE NOT NULL,
    gewijzigd             TIMESTAMP WITH TIME ZONE NOT NULL,
    -- start of the bewaartermijn; NULL while the casus is open
    afgesloten            TIMESTAMP WITH TIME ZONE,
    CONSTRAINT casus_pk PRIMARY KEY (id),
    CONSTRAINT casus_tafel_fk FOREIGN KEY (tafel_id) REFERENCES tafel (id),
    CONSTRAINT casus_status_ck CHECK (status IN ('aangemeld', 'in_voorbereiding', 'geagendeerd', 'besloten',
                                                 'in_uitvoering', 'afgesloten'))
);
-- the three list shapes: all of a gemeente, by status, by tafel; each in list order (aangemaakt desc, id)
CREATE INDEX casus_gemeente_lijst ON casus (gemeente, aangemaakt DESC, id);
CREATE INDEX casus_gemeente_status ON casus (gemeente, status, aangemaakt DESC, id);
CREATE INDEX casus_gemeente_tafel ON casus (gemeente, tafel_id, aangemaakt DESC, id);
-- the background rewrite finds rows with an older variant schema
CREATE INDEX casus_variant_schema ON casus (variant, variant_schema_versie, id);
-- retention: closed casussen past the bewaartermijn
CREATE INDEX casus_afgesloten ON casus (gemeente, afgesloten);

CREATE TABLE casus_organisatie (
    casus_id    VARCHAR(36)  NOT NULL,
    volgnummer  INTEGER      NOT NULL,
    organisatie VARCHAR(200) NOT NULL,
    CONSTRAINT casus_organisatie_pk PRIMARY KEY (casus_id, volgnummer),
    CONSTRAINT casus_organisatie_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id) ON DELETE CASCADE
);
-- rapportage counts casussen per organisatie
CREATE INDEX casus_organisatie_naam ON casus_organisatie (organisatie);

CREATE TABLE casus_status_historie (
    casus_id   VARCHAR(36)  NOT NULL,
    volgnummer INTEGER      NOT NULL,
    van        VARCHAR(20),
    naar       VARCHAR(20)  NOT NULL,
    door       VARCHAR(100) NOT NULL,
    op         TIMESTAMP WITH TIME ZONE NOT NULL,
    reden      VARCHAR(1000),
    CONSTRAINT casus_status_historie_pk PRIMARY KEY (casus_id, volgnummer),
    CONSTRAINT casus_status_historie_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id) ON DELETE CASCADE
);

CREATE TABLE gebruiker (
    gebruikersnaam  VARCHAR(100) NOT NULL,
    naam            VARCHAR(200) NOT NULL,
    -- NULL for platformbeheerder and Rijk
    gemeente        VARCHAR(64),
    -- role codes, comma separated (a small fixed set)
    rollen          VARCHAR(500) NOT NULL,
    -- algorithm$iterations$salt$hash, never the password
    wachtwoord_hash VARCHAR(300) NOT NULL,
    demo            BOOLEAN      NOT NULL,
    actief          BOOLEAN      NOT NULL,
    aangemaakt      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT gebruiker_pk PRIMARY KEY (gebruikersnaam)
);
CREATE INDEX gebruiker_gemeente ON gebruiker (gemeente);

CREATE TABLE gebruiker_tafel (
    gebruikersnaam VARCHAR(100) NOT NULL,
    tafel_id       VARCHAR(36)  NOT NULL,
    CONSTRAINT gebruiker_tafel_pk PRIMARY KEY (gebruikersnaam, tafel_id),
    CONSTRAINT gebruiker_tafel_gebruiker_fk FOREIGN KEY (gebruikersnaam) REFERENCES gebruiker (gebruikersnaam)
        ON DELETE CASCADE,
    CONSTRAINT gebruiker_tafel_tafel_fk FOREIGN KEY (tafel_id) REFERENCES tafel (id) ON DELETE CASCADE
);

-- plug-in documents, scoped by the plug-in bundle's symbolic name
CREATE TABLE variant_document (
    bundle        VARCHAR(200) NOT NULL,
    gemeente      VARCHAR(64)  NOT NULL,
    collectie     VARCHAR(100) NOT NULL,
    id            VARCHAR(200) NOT NULL,
    schema_versie INTEGER      NOT NULL,
    inhoud        VARCHAR(1000000) NOT NULL,
    versie        BIGINT       NOT NULL,
    gewijzigd     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT variant_document_pk PRIMARY KEY (bundle, gemeente, collectie, id)
);
