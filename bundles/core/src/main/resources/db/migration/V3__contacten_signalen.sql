-- Korte lijnen (contacten) and signalen ("de regel is stuk"), issue 4 points 7 and 8.
-- Portable SQL as in V1: standard types only, runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE contact (
    id              VARCHAR(36)   NOT NULL,
    gemeente        VARCHAR(64)   NOT NULL,
    organisatie     VARCHAR(200)  NOT NULL,
    naam            VARCHAR(200)  NOT NULL,
    rol             VARCHAR(200),
    mandaat         VARCHAR(1000),
    mandaat_bedrag  NUMERIC(14, 2),
    wijk            VARCHAR(100),
    telefoon        VARCHAR(30),
    email           VARCHAR(254),
    trekker         BOOLEAN       NOT NULL,
    aanjager        BOOLEAN       NOT NULL,
    onderwerp       VARCHAR(200),
    -- never deleted: tafels and acties refer to contacten, so a contact is only deactivated
    actief          BOOLEAN       NOT NULL,
    versie          BIGINT        NOT NULL,
    aangemaakt      TIMESTAMP WITH TIME ZONE NOT NULL,
    aangemaakt_door VARCHAR(100)  NOT NULL,
    gewijzigd       TIMESTAMP WITH TIME ZONE NOT NULL,
    gewijzigd_door  VARCHAR(100)  NOT NULL,
    CONSTRAINT contact_pk PRIMARY KEY (id),
    CONSTRAINT contact_bedrag_ck CHECK (mandaat_bedrag IS NULL OR mandaat_bedrag >= 0),
    CONSTRAINT contact_bereikbaar_ck CHECK (telefoon IS NOT NULL OR email IS NOT NULL)
);
-- the list is per gemeente, ordered by organisatie and naam
CREATE INDEX contact_gemeente_lijst ON contact (gemeente, actief, organisatie, naam, id);

CREATE TABLE signaal (
    id              VARCHAR(36)   NOT NULL,
    gemeente        VARCHAR(64)   NOT NULL,
    regel           VARCHAR(500)  NOT NULL,
    organisatie     VARCHAR(200)  NOT NULL,
    omschrijving    VARCHAR(4000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    antwoord        VARCHAR(4000),
    versie          BIGINT        NOT NULL,
    aangemaakt      TIMESTAMP WITH TIME ZONE NOT NULL,
    aangemaakt_door VARCHAR(100)  NOT NULL,
    gewijzigd       TIMESTAMP WITH TIME ZONE NOT NULL,
    gewijzigd_door  VARCHAR(100)  NOT NULL,
    CONSTRAINT signaal_pk PRIMARY KEY (id),
    CONSTRAINT signaal_status_ck CHECK (status IN ('nieuw', 'in_behandeling', 'geagendeerd', 'opgelost')),
    CONSTRAINT signaal_antwoord_ck CHECK (status <> 'opgelost' OR antwoord IS NOT NULL)
);
CREATE INDEX signaal_gemeente_lijst ON signaal (gemeente, aangemaakt DESC, id);
CREATE INDEX signaal_gemeente_status ON signaal (gemeente, status, aangemaakt DESC, id);

CREATE TABLE signaal_status_historie (
    signaal_id VARCHAR(36)   NOT NULL,
    volgnummer INTEGER       NOT NULL,
    van        VARCHAR(20),
    naar       VARCHAR(20)   NOT NULL,
    door       VARCHAR(100)  NOT NULL,
    op         TIMESTAMP WITH TIME ZONE NOT NULL,
    reden      VARCHAR(1000),
    antwoord   VARCHAR(4000),
    CONSTRAINT signaal_status_historie_pk PRIMARY KEY (signaal_id, volgnummer),
    CONSTRAINT signaal_status_historie_signaal_fk FOREIGN KEY (signaal_id) REFERENCES signaal (id) ON DELETE CASCADE
);

-- which casussen a signaal affects; the count per signaal is its gewicht
CREATE TABLE signaal_casus (
    signaal_id     VARCHAR(36)  NOT NULL,
    casus_id       VARCHAR(36)  NOT NULL,
    gekoppeld_door VARCHAR(100) NOT NULL,
    gekoppeld_op   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signaal_casus_pk PRIMARY KEY (signaal_id, casus_id),
    CONSTRAINT signaal_casus_signaal_fk FOREIGN KEY (signaal_id) REFERENCES signaal (id) ON DELETE CASCADE,
    CONSTRAINT signaal_casus_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id) ON DELETE CASCADE
);
-- GET .../casussen/{id}/signalen
CREATE INDEX signaal_casus_casus ON signaal_casus (casus_id);
