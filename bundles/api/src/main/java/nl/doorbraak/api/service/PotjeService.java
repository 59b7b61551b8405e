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
     * Een uitgave bij een besluit over een casus van deze gemeente. De deelnemers die het besluit namen, beslissen
     * over de uitgave: ze valt binnen het hoogste mandaatbedrag onder hen (zoals dat met het besluit is vastgelegd), en
     * alle uitgaven bij het besluit (en bij de besluiten die het corrigeert) samen ook.
     *
     * @throws OngeldigeInvoerException als het bedrag boven het mandaat van de deelnemers van het besluit gaat
     * @throws ConflictException        als het saldo te laag is, de uitgaven bij het besluit samen boven dat mandaat
     *                                  zouden komen, of het besluit gecorrigeerd is
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
