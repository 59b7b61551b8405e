package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.NieuwBesluit;
import nl.doorbraak.api.toegang.Namens;

/**
 * Besluiten van de tafel over een casus. Een besluit wordt nooit gewijzigd; een correctie is een nieuw besluit.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist zoals bij
 * {@link CasusService}: wie de casus mag zien (casusregisseur; tafellid van die tafel), ziet er de besluiten van en
 * mag er besluiten bij nemen; een andere rol krijgt {@link GeenToegangException}, een andere gemeente en een casus
 * (of besluit) van een andere tafel zijn {@link NietGevondenException} of leeg. Elk besluit dat wordt gelezen of
 * genomen, legt de core vast in het verwerkingenlog (object {@code besluit}), met het doel uit {@link Namens} (of:
 * "Besluiten over de casus bekijken", "Besluit bekijken", "Besluit vastleggen").
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
     * @throws NietGevondenException    als {@code namens} de casus niet mag zien
     * @throws OngeldigeInvoerException als een doorbraak een zijde van de waardendriehoek mist, een deelnemer niet aan
     *                                  de tafel zit of niet aanwezig was op de bijeenkomst, of een toezegging of de
     *                                  uitgave het mandaat van de deelnemers te boven gaat
     * @throws ConflictException        bij een casus in een andere status, een bijeenkomst die nog moet komen, te
     *                                  weinig saldo in het potje, of een besluit dat al gecorrigeerd is
     */
    Besluit neem(Namens namens, String gemeente, String casusId, NieuwBesluit besluit);

    /**
     * Alle besluiten over een casus, oudste eerst.
     *
     * @throws NietGevondenException als de casus niet bestaat of {@code namens} hem niet mag zien
     */
    List<Besluit> lijst(Namens namens, String gemeente, String casusId);

    /** @return leeg als het besluit niet bestaat of {@code namens} de casus ervan niet mag zien */
    Optional<Besluit> zoek(Namens namens, String gemeente, String id);
}
