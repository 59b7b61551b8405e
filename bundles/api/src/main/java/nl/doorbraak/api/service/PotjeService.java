package nl.doorbraak.api.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;

/**
 * Voorkom Erger Potjes. Het saldo komt nooit onder nul, ook niet als veel uitgaven tegelijk binnenkomen: een uitgave
 * die niet meer past, wordt geweigerd en er is niets vastgelegd.
 */
@ProviderType
public interface PotjeService {

    List<Potje> lijst(String gemeente);

    Optional<Potje> zoek(String gemeente, String id);

    Potje maak(String gemeente, NieuwPotje potje, String door);

    PotjeMutatie stort(String gemeente, String potjeId, BigDecimal bedrag, String omschrijving, String door);

    /**
     * Een uitgave bij een besluit over een casus van deze gemeente.
     *
     * @throws ConflictException als het saldo te laag is
     */
    PotjeMutatie neemUit(String gemeente, String potjeId, String besluitId, BigDecimal bedrag, String omschrijving,
            String door);

    /**
     * Eén storting of uitgave.
     *
     * @since 1.2
     */
    Optional<PotjeMutatie> mutatie(String gemeente, String potjeId, long volgnummer);

    /** Alle stortingen en uitgaven, nieuwste eerst. */
    Pagina<PotjeMutatie> historie(String gemeente, String potjeId, int page, int pageSize);
}
