package nl.doorbraak.api.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.toegang.Namens;

/**
 * Voorkom Erger Potjes. Het saldo komt nooit onder nul, ook niet als veel uitgaven tegelijk binnenkomen: een uitgave
 * die niet meer past, wordt geweigerd en er is niets vastgelegd.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist: gemeentebeheerder,
 * casusregisseur en tafellid zien de potjes, alleen de gemeentebeheerder maakt ze en stort; een uitgave doet wie de
 * casus van het besluit mag zien (casusregisseur; tafellid van die tafel). Een andere rol krijgt
 * {@link GeenToegangException}, een andere gemeente is {@link NietGevondenException}. De omschrijving van een
 * uitgave is casusinhoud: alleen wie de casus van het besluit mag zien, leest haar (anderen krijgen {@code null});
 * elke uitgave die zo wordt gelezen of gedaan, legt de core vast in het verwerkingenlog (object {@code uitgave}, één
 * regel per casus), met het doel uit {@link Namens} (of: "Uitgaven uit het potje bekijken", "Uitgave uit het potje
 * vastleggen").
 */
@ProviderType
public interface PotjeService {

    List<Potje> lijst(Namens namens, String gemeente);

    Optional<Potje> zoek(Namens namens, String gemeente, String id);

    Potje maak(Namens namens, String gemeente, NieuwPotje potje);

    PotjeMutatie stort(Namens namens, String gemeente, String potjeId, BigDecimal bedrag, String omschrijving);

    /**
     * Een uitgave bij een besluit over een casus van deze gemeente. De deelnemers die het besluit namen, beslissen
     * over de uitgave: ze valt binnen het hoogste mandaatbedrag onder hen (zoals dat met het besluit is vastgelegd), en
     * alle uitgaven bij het besluit (en bij de besluiten die het corrigeert) samen ook.
     *
     * @throws OngeldigeInvoerException als het besluit niet bestaat of {@code namens} de casus ervan niet mag zien, of
     *                                  als het bedrag boven het mandaat van de deelnemers van het besluit gaat
     * @throws ConflictException        als het saldo te laag is, de uitgaven bij het besluit samen boven dat mandaat
     *                                  zouden komen, of het besluit gecorrigeerd is
     */
    PotjeMutatie neemUit(Namens namens, String gemeente, String potjeId, String besluitId, BigDecimal bedrag,
            String omschrijving);

    /**
     * Eén storting of uitgave (de omschrijving van een uitgave alleen voor wie de casus van het besluit mag zien).
     *
     * @since 1.2
     */
    Optional<PotjeMutatie> mutatie(Namens namens, String gemeente, String potjeId, long volgnummer);

    /**
     * Alle stortingen en uitgaven, nieuwste eerst (de omschrijving van een uitgave alleen voor wie de casus van het
     * besluit mag zien).
     */
    Pagina<PotjeMutatie> historie(Namens namens, String gemeente, String potjeId, int page, int pageSize);
}
