-- Escalatieroute (issue 4 point 6). Portable SQL, as V1: standard types, no H2-only functions.

CREATE TABLE escalatie (
    id                   VARCHAR(36)   NOT NULL,
    gemeente             VARCHAR(64)   NOT NULL,
    casus_id             VARCHAR(36)   NOT NULL,
    -- level id, name and response time as they were when escalating: readable after the config or plug-in changed
    niveau               VARCHAR(100)  NOT NULL,
    niveau_naam          VARCHAR(200)  NOT NULL,
    reactietermijn_dagen INTEGER       NOT NULL,
    reden                VARCHAR(2000) NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    deadline             TIMESTAMP WITH TIME ZONE NOT NULL,
    antwoord             VARCHAR(4000),
    vorige_id            VARCHAR(36),
    volgende_id          VARCHAR(36),
    -- equals casus_id while the escalatie is open, NULL otherwise: the unique constraint below allows one open
    -- escalatie per casus, also under concurrent requests (a partial index would not be portable)
    open_casus_id        VARCHAR(36),
    -- when the VERLOPEN event was raised; set once
    verlopen_gemeld      TIMESTAMP WITH TIME ZONE,
    versie               BIGINT        NOT NULL,
    aangemaakt           TIMESTAMP WITH TIME ZONE NOT NULL,
    aangemaakt_door      VARCHAR(100)  NOT NULL,
    gewijzigd            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT escalatie_pk PRIMARY KEY (id),
    CONSTRAINT escalatie_casus_fk FOREIGN KEY (casus_id) REFERENCES casus (id) ON DELETE CASCADE,
    CONSTRAINT escalatie_vorige_fk FOREIGN KEY (vorige_id) REFERENCES escalatie (id),
    CONSTRAINT escalatie_een_open UNIQUE (open_casus_id),
    CONSTRAINT escalatie_status_ck CHECK (status IN ('open', 'beantwoord', 'opgelost', 'doorgeescaleerd')),
    CONSTRAINT escalatie_open_ck CHECK ((status = 'open' AND open_casus_id = casus_id)
                                        OR (status <> 'open' AND open_casus_id IS NULL)),
    CONSTRAINT escalatie_termijn_ck CHECK (reactietermijn_dagen BETWEEN 1 AND 365)
);
-- the list per gemeente, newest first, and its filters
CREATE INDEX escalatie_gemeente_lijst ON escalatie (gemeente, aangemaakt DESC, id);
CREATE INDEX escalatie_gemeente_status ON escalatie (gemeente, status, deadline);
-- the escalaties of one casus
CREATE INDEX escalatie_casus ON escalatie (casus_id, aangemaakt);
-- the scheduled check: open, past the deadline, not yet announced
CREATE INDEX escalatie_verlopen ON escalatie (status, verlopen_gemeld, deadline);

CREATE TABLE escalatie_historie (
    escalatie_id VARCHAR(36)   NOT NULL,
    volgnummer   INTEGER       NOT NULL,
    van          VARCHAR(20),
    naar         VARCHAR(20)   NOT NULL,
    door         VARCHAR(100)  NOT NULL,
    op           TIMESTAMP WITH TIME ZONE NOT NULL,
    toelichting  VARCHAR(4000),
    CONSTRAINT escalatie_historie_pk PRIMARY KEY (escalatie_id, volgnummer),
    CONSTRAINT escalatie_historie_escalatie_fk FOREIGN KEY (escalatie_id) REFERENCES escalatie (id) ON DELETE CASCADE
);
