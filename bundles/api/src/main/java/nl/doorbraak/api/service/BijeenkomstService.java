package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.toegang.Namens;

/**
 * Bijeenkomsten van tafels: datum, agenda en aanwezigen.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist: een casusregisseur plant en
 * agendeert voor alle tafels van zijn gemeente, een tafellid voor zijn eigen tafels (een bijeenkomst van een andere
 * tafel bestaat voor hem niet); een andere rol krijgt {@link GeenToegangException}, een andere gemeente is
 * {@link NietGevondenException}. Een casus op de agenda zetten wijzigt de casus: de core legt dat vast in het
 * verwerkingenlog (object {@code bijeenkomst}), met het doel uit {@link Namens} (of: "Casus op de agenda zetten").
 */
@ProviderType
public interface BijeenkomstService {

    /**
     * Bijeenkomsten van een tafel ({@code null}: van alle tafels), nieuwste datum eerst. Een tafellid ziet alleen die
     * van zijn tafels: zonder tafel die van zijn enige tafel (aan meer tafels: {@link OngeldigeInvoerException},
     * kies er een), van een andere tafel geen.
     */
    Pagina<Bijeenkomst> lijst(Namens namens, String gemeente, String tafelId, int page, int pageSize);

    /** @return leeg als de bijeenkomst niet bestaat of {@code namens} haar niet mag zien */
    Optional<Bijeenkomst> zoek(Namens namens, String gemeente, String id);

    /** @throws GeenToegangException als een tafellid plant voor een tafel waar hij niet aan zit */
    Bijeenkomst plan(Namens namens, String gemeente, NieuweBijeenkomst bijeenkomst);

    /** Wijzigt datum, aanwezigen en notitie (de tafel blijft). */
    Bijeenkomst wijzig(Namens namens, String gemeente, String id, long verwachteVersie,
            NieuweBijeenkomst bijeenkomst);

    /**
     * Zet een casus van dezelfde tafel op de agenda; een casus in voorbereiding wordt daarmee geagendeerd.
     *
     * @throws NietGevondenException als de bijeenkomst of de casus niet bestaat of {@code namens} hem niet mag zien
     * @throws ConflictException     als de casus niet in voorbereiding (of al geagendeerd) is
     */
    Bijeenkomst agendeer(Namens namens, String gemeente, String id, String casusId);
}
