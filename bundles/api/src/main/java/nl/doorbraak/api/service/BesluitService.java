package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.NieuwBesluit;

/**
 * Besluiten van de tafel over een casus. Een besluit wordt nooit gewijzigd; een correctie is een nieuw besluit.
 */
@ProviderType
public interface BesluitService {

    /**
     * Neemt een besluit, met de toezeggingen, de uitgave uit een potje en de acties ervan, in één transactie. De
     * casus moet geagendeerd, besloten of in uitvoering zijn; een geagendeerde casus wordt daarmee besloten.
     *
     * <p>Een besluit op een bijeenkomst ({@code bijeenkomstId}) wordt genomen door deelnemers die daar aanwezig waren,
     * en pas als de bijeenkomst is geweest (haar datum is vandaag of eerder, Nederlandse tijd). Een uitgave uit een
     * potje valt binnen het mandaatbedrag van een van de deelnemers die het besluit nemen.
     *
     * @throws OngeldigeInvoerException als een doorbraak een zijde van de waardendriehoek mist, een deelnemer niet aan
     *                                  de tafel zit of niet aanwezig was op de bijeenkomst, of een toezegging of de
     *                                  uitgave het mandaat van de deelnemers te boven gaat
     * @throws ConflictException        bij een casus in een andere status, een bijeenkomst die nog moet komen, te
     *                                  weinig saldo in het potje, of een besluit dat al gecorrigeerd is
     */
    Besluit neem(String gemeente, String casusId, NieuwBesluit besluit, String door);

    /** Alle besluiten over een casus, oudste eerst. */
    List<Besluit> lijst(String gemeente, String casusId);

    Optional<Besluit> zoek(String gemeente, String id);
}
