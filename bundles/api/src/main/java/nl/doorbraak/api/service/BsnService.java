package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Het BSN van de inwoner van een casus, alleen waar de tafel het echt nodig heeft (bijvoorbeeld om bij het CJIB of
 * DUO de juiste schuld te vinden). Versleuteld opgeslagen; het staat nooit in een URL, logregel, export of de
 * audittrail. Wie het leest, legt dat vast in het {@link VerwerkingenLog}.
 */
@ProviderType
public interface BsnService {

    /**
     * @throws OngeldigeInvoerException als het geen geldig BSN is (9 cijfers, elfproef); de melding noemt het
     *                                  nummer niet
     */
    void legVast(String gemeente, String casusId, String bsn, String door);

    /** Het ontsleutelde BSN, of leeg als er geen is vastgelegd. */
    Optional<String> lees(String gemeente, String casusId);

    boolean isVastgelegd(String gemeente, String casusId);

    /** Verwijdert het BSN; niets als er geen was. */
    void wis(String gemeente, String casusId, String door);
}
