-- Doorbraak core schema, version 17: what the platform itself has done once and need not repeat, by key. The first
-- use: which build of the core last loaded the demo data, so a restart with --demo does not plan the demo year again
-- (docs/performance.md). Portable SQL (H2 and PostgreSQL).
CREATE TABLE platform_stand (
    sleutel VARCHAR(100) PRIMARY KEY,
    waarde  VARCHAR(500) NOT NULL
);
