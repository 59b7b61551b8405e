-- Doorbraak core schema, version 2: the doorbraakmethode — bijeenkomsten, besluiten on the waardendriehoek,
-- Voorkom Erger Potjes and acties. Portable SQL, like V1.

-- how a closed casus ended; NULL while open (and for casussen closed before version 2)
ALTER TABLE casus ADD COLUMN resultaat VARCHAR(30);
ALTER TABLE casus ADD CONSTRAINT casus_resultaat_ck
    CHECK (resultaat IS NULL OR resultaat IN ('doorbraak', 'opgelost_zonder_doorbraak', 'terugverwezen'));

CREATE TABLE bijeenkomst (
    id         VARCHAR(36)   NOT NULL,
    gemeente   VARCHAR(64)   NOT NULL,
    tafel_id   VARCHAR(36)   NOT NULL,
    datum      DATE          NOT NULL,
    -- optional free text; personal data, purged with the bewaartermijn (niet teveel opschrijven)
    notitie    VARCHAR(4000),
    versie     BIGINT        NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL,
    door       VARCHAR(100)  NOT NULL,
    gewijzigd  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bijeenkomst_pk PRIMARY KEY (id),
    CONSTRAINT bijeenkomst_tafel_fk FOREIGN KEY (tafel_id) REFERENCES tafel (id)
);
CREATE INDEX bijeenkomst_tafel ON bijeenkomst (gemeente, tafel_id, datum);

CREATE TABLE bijeenkomst_agenda (
    bijeenkomst_id VARCHAR(36) NOT NULL,
    volgnummer     INTEGER     NOT NULL,
    casus_id       VARCHAR(36) NOT NULL,
    CONSTRAINT bijeenkomst_agenda_pk PRIMARY KEY (bijeenkomst_id, volgnummer),
    CONSTRAINT bijeenkomst_agenda_uniek UNIQUE (bijeenkomst_id, casus_id),
    CONSTRAINT bijeenkomst_agenda_bijeenkomst_fk FOREIGN KEY (bijeenkomst_id) REFERENCES bijeenkomst (id)
        ON DELETE CASCADE,
    CONSTRAINT bijeenkomst_agenda_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id)
);
CREATE INDEX bijeenkomst_agenda_casus ON bijeenkomst_agenda (casus_id);

-- who was there: a copy of the deelnemer as it was at the bijeenkomst (mandates change later)
CREATE TABLE bijeenkomst_aanwezige (
    bijeenkomst_id VARCHAR(36)   NOT NULL,
    volgnummer     INTEGER       NOT NULL,
    naam           VARCHAR(200)  NOT NULL,
    organisatie    VARCHAR(200)  NOT NULL,
    mandaat        VARCHAR(1000),
    mandaat_bedrag NUMERIC(14, 2),
    CONSTRAINT bijeenkomst_aanwezige_pk PRIMARY KEY (bijeenkomst_id, volgnummer),
    CONSTRAINT bijeenkomst_aanwezige_fk FOREIGN KEY (bijeenkomst_id) REFERENCES bijeenkomst (id) ON DELETE CASCADE
);

-- a besluit is never changed: a correction is a new row that refers to the old one
CREATE TABLE besluit (
    id               VARCHAR(36)   NOT NULL,
    gemeente         VARCHAR(64)   NOT NULL,
    casus_id         VARCHAR(36)   NOT NULL,
    bijeenkomst_id   VARCHAR(36),
    soort            VARCHAR(20)   NOT NULL,
    omschrijving     VARCHAR(4000) NOT NULL,
    -- the waardendriehoek; required for a doorbraak (checked in the core, so the reason can be explained)
    legitimiteit     VARCHAR(2000),
    rendement        VARCHAR(2000),
    rendement_bedrag NUMERIC(14, 2),
    betrokkenheid    VARCHAR(2000),
    corrigeert       VARCHAR(36),
    genomen          TIMESTAMP WITH TIME ZONE NOT NULL,
    door             VARCHAR(100)  NOT NULL,
    CONSTRAINT besluit_pk PRIMARY KEY (id),
    CONSTRAINT besluit_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id),
    CONSTRAINT besluit_bijeenkomst_fk FOREIGN KEY (bijeenkomst_id) REFERENCES bijeenkomst (id),
    CONSTRAINT besluit_corrigeert_fk FOREIGN KEY (corrigeert) REFERENCES besluit (id),
    -- one correction per besluit: corrections form a chain, never a fork
    CONSTRAINT besluit_corrigeert_uniek UNIQUE (corrigeert),
    CONSTRAINT besluit_soort_ck CHECK (soort IN ('regulier', 'doorbraak')),
    CONSTRAINT besluit_rendement_ck CHECK (rendement_bedrag IS NULL OR rendement_bedrag >= 0)
);
CREATE INDEX besluit_casus ON besluit (casus_id, genomen);
-- rapportage per gemeente and year
CREATE INDEX besluit_gemeente ON besluit (gemeente, genomen);

-- the deelnemers who take the besluit, as they were then (with their mandate at that moment)
CREATE TABLE besluit_deelnemer (
    besluit_id     VARCHAR(36)   NOT NULL,
    volgnummer     INTEGER       NOT NULL,
    naam           VARCHAR(200)  NOT NULL,
    organisatie    VARCHAR(200)  NOT NULL,
    mandaat        VARCHAR(1000),
    mandaat_bedrag NUMERIC(14, 2),
    CONSTRAINT besluit_deelnemer_pk PRIMARY KEY (besluit_id, volgnummer),
    CONSTRAINT besluit_deelnemer_fk FOREIGN KEY (besluit_id) REFERENCES besluit (id)
);

-- what the besluit commits each organisatie to, in euros (e.g. CJIB waives 1200); checked against the mandates
CREATE TABLE besluit_bedrag (
    besluit_id   VARCHAR(36)   NOT NULL,
    volgnummer   INTEGER       NOT NULL,
    organisatie  VARCHAR(200)  NOT NULL,
    bedrag       NUMERIC(14, 2) NOT NULL,
    omschrijving VARCHAR(1000),
    CONSTRAINT besluit_bedrag_pk PRIMARY KEY (besluit_id, volgnummer),
    CONSTRAINT besluit_bedrag_fk FOREIGN KEY (besluit_id) REFERENCES besluit (id),
    CONSTRAINT besluit_bedrag_ck CHECK (bedrag > 0)
);
CREATE INDEX besluit_bedrag_organisatie ON besluit_bedrag (organisatie);

-- Voorkom Erger Potje: the saldo is kept on the row and changed only by a conditional UPDATE, so concurrent
-- draws serialise on the row lock and the CHECK is a last guard against going below zero
CREATE TABLE potje (
    id         VARCHAR(36)    NOT NULL,
    gemeente   VARCHAR(64)    NOT NULL,
    -- NULL: for every tafel of the gemeente
    tafel_id   VARCHAR(36),
    naam       VARCHAR(200)   NOT NULL,
    saldo      NUMERIC(14, 2) NOT NULL,
    -- number of mutations so far; the next mutation gets versie + 1 as its volgnummer
    versie     BIGINT         NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL,
    door       VARCHAR(100)   NOT NULL,
    CONSTRAINT potje_pk PRIMARY KEY (id),
    CONSTRAINT potje_tafel_fk FOREIGN KEY (tafel_id) REFERENCES tafel (id),
    CONSTRAINT potje_saldo_ck CHECK (saldo >= 0)
);
CREATE INDEX potje_gemeente ON potje (gemeente, naam);

CREATE TABLE potje_mutatie (
    potje_id     VARCHAR(36)    NOT NULL,
    volgnummer   BIGINT         NOT NULL,
    soort        VARCHAR(10)    NOT NULL,
    bedrag       NUMERIC(14, 2) NOT NULL,
    saldo_na     NUMERIC(14, 2) NOT NULL,
    -- an uitgave always belongs to a besluit
    besluit_id   VARCHAR(36),
    omschrijving VARCHAR(1000),
    op           TIMESTAMP WITH TIME ZONE NOT NULL,
    door         VARCHAR(100)   NOT NULL,
    CONSTRAINT potje_mutatie_pk PRIMARY KEY (potje_id, volgnummer),
    CONSTRAINT potje_mutatie_potje_fk FOREIGN KEY (potje_id) REFERENCES potje (id),
    CONSTRAINT potje_mutatie_besluit_fk FOREIGN KEY (besluit_id) REFERENCES besluit (id),
    CONSTRAINT potje_mutatie_soort_ck CHECK (soort IN ('storting', 'uitgave')),
    CONSTRAINT potje_mutatie_bedrag_ck CHECK (bedrag > 0),
    CONSTRAINT potje_mutatie_besluit_ck CHECK (soort = 'storting' OR besluit_id IS NOT NULL)
);
CREATE INDEX potje_mutatie_besluit ON potje_mutatie (besluit_id);

CREATE TABLE actie (
    id                VARCHAR(36)   NOT NULL,
    gemeente          VARCHAR(64)   NOT NULL,
    casus_id          VARCHAR(36)   NOT NULL,
    besluit_id        VARCHAR(36)   NOT NULL,
    omschrijving      VARCHAR(1000) NOT NULL,
    organisatie       VARCHAR(200)  NOT NULL,
    -- a contact (korte lijnen) or a name; both optional, the organisatie owns the actie
    contact_id        VARCHAR(36),
    eigenaar          VARCHAR(200),
    deadline          DATE          NOT NULL,
    gereed            TIMESTAMP WITH TIME ZONE,
    gereed_door       VARCHAR(100),
    -- the overdue event is raised once
    verlopen_gemeld   BOOLEAN       NOT NULL,
    versie            BIGINT        NOT NULL,
    aangemaakt        TIMESTAMP WITH TIME ZONE NOT NULL,
    door              VARCHAR(100)  NOT NULL,
    CONSTRAINT actie_pk PRIMARY KEY (id),
    CONSTRAINT actie_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id),
    CONSTRAINT actie_besluit_fk FOREIGN KEY (besluit_id) REFERENCES besluit (id)
);
CREATE INDEX actie_casus ON actie (casus_id);
-- open acties by deadline, per gemeente and per owner
CREATE INDEX actie_open ON actie (gemeente, gereed, deadline);
CREATE INDEX actie_organisatie ON actie (gemeente, organisatie, deadline);
