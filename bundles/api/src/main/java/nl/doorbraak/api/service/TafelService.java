package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;

/** Tafels van een gemeente. Elke wijziging is één transactie en geeft een event. */
@ProviderType
public interface TafelService {

    Pagina<Tafel> lijst(String gemeente, int page, int pageSize);

    Optional<Tafel> zoek(String gemeente, String id);

    /** @throws OngeldigeInvoerException bij ontbrekende of ongeldige velden of een onbekende variant */
    Tafel maak(String gemeente, NieuweTafel tafel, String door);

    /** @throws ConflictException als {@code verwachteVersie} niet meer de huidige is */
    Tafel wijzig(String gemeente, String id, long verwachteVersie, NieuweTafel tafel, String door);
}
