package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.ActieFilter;
import nl.doorbraak.api.domein.NieuweActie;
import nl.doorbraak.api.domein.Pagina;

/**
 * Acties uit besluiten. Een open actie waarvan de deadline voorbij is, is verlopen: hij staat in de lijsten van de
 * gemeente en de eigenaar, en de core stuurt eenmalig {@link DoorbraakEvents#ACTIE_VERLOPEN}.
 */
@ProviderType
public interface ActieService {

    /** Acties, open eerst en dan op deadline. */
    Pagina<Actie> lijst(String gemeente, ActieFilter filter, int page, int pageSize);

    Optional<Actie> zoek(String gemeente, String id);

    /** Een extra actie bij een bestaand besluit. */
    Actie maak(String gemeente, String besluitId, NieuweActie actie, String door);

    /** Meldt een actie gereed; nog eens gereed melden verandert niets. */
    Actie gereed(String gemeente, String id, String door);
}
