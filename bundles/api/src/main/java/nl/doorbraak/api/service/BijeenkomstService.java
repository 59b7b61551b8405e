package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.Pagina;

/** Bijeenkomsten van tafels: datum, agenda en aanwezigen. */
@ProviderType
public interface BijeenkomstService {

    /** Bijeenkomsten van een tafel ({@code null}: van alle tafels), nieuwste datum eerst. */
    Pagina<Bijeenkomst> lijst(String gemeente, String tafelId, int page, int pageSize);

    Optional<Bijeenkomst> zoek(String gemeente, String id);

    Bijeenkomst plan(String gemeente, NieuweBijeenkomst bijeenkomst, String door);

    /** Wijzigt datum, aanwezigen en notitie (de tafel blijft). */
    Bijeenkomst wijzig(String gemeente, String id, long verwachteVersie, NieuweBijeenkomst bijeenkomst, String door);

    /**
     * Zet een casus van dezelfde tafel op de agenda; een casus in voorbereiding wordt daarmee geagendeerd.
     *
     * @throws ConflictException als de casus niet in voorbereiding (of al geagendeerd) is
     */
    Bijeenkomst agendeer(String gemeente, String id, String casusId, String door);
}
