package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.toegang.Namens;

/**
 * Acties uit besluiten. Een open actie waarvan de deadline voorbij is, is verlopen: hij staat in de lijsten van de
 * gemeente en de eigenaar, en de core stuurt eenmalig {@link DoorbraakEvents#ACTIE_VERLOPEN}.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist zoals bij
 * {@link CasusService}: wie de casus mag zien (casusregisseur; tafellid van die tafel), ziet er de acties van en mag
 * er acties bij vastleggen en gereed melden; een andere rol krijgt {@link GeenToegangException}, een andere gemeente
 * is {@link NietGevondenException}, een actie van een andere tafel bestaat voor hem niet. Een lijst van een
 * tafellid bevat alleen acties van zijn tafels. Elke actie die wordt gelezen of gewijzigd, legt de core vast in het
 * verwerkingenlog (object {@code actie}, één regel per casus), met het doel uit {@link Namens} (of: "Acties van de
 * casus bekijken", "Acties van de gemeente volgen", "Actie bekijken", "Actie vastleggen", "Actie gereed melden").
 */
@ProviderType
public interface ActieService {

    /**
     * Acties, open eerst en dan op deadline.
     *
     * @throws NietGevondenException als het filter een casus noemt die niet bestaat of die {@code namens} niet mag zien
     */
    Pagina<Actie> lijst(Namens namens, String gemeente, ActieFilter filter, int page, int pageSize);

    /** @return leeg als de actie niet bestaat of {@code namens} de casus ervan niet mag zien */
    Optional<Actie> zoek(Namens namens, String gemeente, String id);

    /**
     * Een extra actie bij een bestaand besluit.
     *
     * @throws NietGevondenException als het besluit niet bestaat of {@code namens} de casus ervan niet mag zien
     */
    Actie maak(Namens namens, String gemeente, String besluitId, NieuweActie actie);

    /**
     * Meldt een actie gereed; nog eens gereed melden verandert niets.
     *
     * @throws NietGevondenException als de actie niet bestaat of {@code namens} de casus ervan niet mag zien
     */
    Actie gereed(Namens namens, String gemeente, String id);
}
