package nl.doorbraak.api.rechten;

import java.util.Optional;

/**
 * Wat een plug-in kan vragen. Een {@link #isGevoelig() gevoelig} recht krijgt hij alleen als de configuratie van
 * het platform het hem verleent ({@code config/nl.doorbraak.rechten-<naam>.cfg}); de andere krijgt hij als hij ze
 * vraagt. Zonder recht is de service voor de plug-in onzichtbaar: een verplichte referentie blijft onvervuld.
 */
public enum Recht {

    /** Casussen van de eigen variant lezen en wijzigen (CasusService). */
    CASUSSEN("casussen", false, "Casussen van de eigen variant lezen en wijzigen"),
    /** Casussen van andere varianten lezen. */
    CASUSSEN_ALLE("casussen.alle", true, "Casussen van andere varianten lezen"),
    /** Eigen documenten bewaren (VariantOpslag). */
    OPSLAG("opslag", false, "Eigen documenten bewaren"),
    /** Het BSN van een inwoner lezen, vastleggen en wissen (BsnService). */
    BSN("bsn", true, "Het BSN van een inwoner lezen, vastleggen en wissen"),
    /** De audittrail van een casus lezen (AudittrailService). */
    AUDITTRAIL("audittrail", true, "De audittrail van een casus lezen"),
    /** Casussen wissen of anonimiseren als hun bewaartermijn voorbij is (BewaartermijnService). */
    BEWAARTERMIJN("bewaartermijn", true, "Casussen wissen als hun bewaartermijn voorbij is"),
    /** Accounts beheren en gebruikers aanmelden (AccountService, GebruikerService). */
    ACCOUNTS("accounts", true, "Accounts beheren en gebruikers aanmelden"),
    /**
     * Handelen in naam van het platform zelf ({@code Gebruiker.systeem}), zonder ingelogde gebruiker en voor elke
     * variant: voor een import- of migratiebundle van een gemeente, en voor tests.
     */
    PLATFORM("platform", true, "Handelen in naam van het platform zelf, voor elke variant");

    /** De manifest-header waarin een plug-in zijn rechten vraagt, met komma's gescheiden. */
    public static final String MANIFEST_HEADER = "Doorbraak-Rechten";

    private final String code;
    private final boolean gevoelig;
    private final String omschrijving;

    Recht(String code, boolean gevoelig, String omschrijving) {
        this.code = code;
        this.gevoelig = gevoelig;
        this.omschrijving = omschrijving;
    }

    public String code() {
        return code;
    }

    /** Alleen met een toekenning in de configuratie. */
    public boolean isGevoelig() {
        return gevoelig;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Optional<Recht> vanCode(String code) {
        for (Recht r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
