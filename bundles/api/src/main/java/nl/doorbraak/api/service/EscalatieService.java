package nl.doorbraak.api.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieFilter;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.toegang.Namens;

/**
 * De escalatieroute: een casus die de tafel zelf niet oplost, gaat een niveau hoger (bijvoorbeeld tafel → directie →
 * bestuur, en met de rode knop naar het Rijk). Een escalatie vraagt een reden en krijgt een deadline: nu plus de
 * reactietermijn van haar niveau. Daarna wordt ze beantwoord, opgelost of doorgeëscaleerd naar het volgende niveau.
 * Een casus heeft hoogstens één open escalatie.
 *
 * <p>Elke wijziging is één transactie, wordt pas bevestigd als ze is vastgelegd, en geeft daarna een event
 * ({@link DoorbraakEvents#ESCALATIE_AANGEMAAKT} en verder). Alles is per gemeente: een casus of escalatie van een
 * andere gemeente "bestaat niet" ({@link NietGevondenException}).
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist: casusregisseur en
 * gemeentebeheerder zien alle escalaties van hun gemeente, een tafellid die van casussen van zijn tafels (andere
 * bestaan voor hem niet); een andere rol krijgt {@link GeenToegangException}. Escaleren kan een casusregisseur, of een
 * tafellid voor een casus van zijn tafel; beantwoorden, oplossen en doorescaleren alleen een casusregisseur. Elke
 * escalatie die wordt gelezen of gewijzigd, legt de core vast in het verwerkingenlog (object {@code escalatie}, één
 * regel per casus), met het doel uit {@link Namens} (of: "Escalaties van de casus bekijken", "Escalaties van de
 * gemeente volgen", "Escalatie bekijken", "Escalatie behandelen").
 */
@ProviderType
public interface EscalatieService {

    /**
     * De escalatieroute die nu geldt, van laag naar hoog: de geconfigureerde niveaus plus die van geïnstalleerde
     * plug-ins.
     *
     * @throws NietGevondenException als de gemeente niet bestaat
     */
    List<Escalatieniveau> route(Namens namens, String gemeente);

    /**
     * De niveaus van de {@link #route route} waarnaar de aanroepende bundle niet zelf escaleert, met per niveau-id de
     * zin van de plug-in die zegt hoe een casus daar wel komt ({@code ExtraEscalatieniveau.ingang()}, bijvoorbeeld
     * het Rijk via de rode knop). Een formulier biedt die niveaus dus niet aan, maar toont de zin.
     *
     * @throws NietGevondenException als de gemeente niet bestaat
     * @since 2.1
     */
    default Map<String, String> ingangen(Namens namens, String gemeente) {
        return Map.of();
    }

    /** Escalaties van een gemeente, nieuwste eerst; van een tafellid alleen die van zijn tafels. */
    Pagina<Escalatie> lijst(Namens namens, String gemeente, EscalatieFilter filter, int page, int pageSize);

    /**
     * Alle escalaties van één casus, oudste eerst.
     *
     * @throws NietGevondenException als de casus niet bestaat in deze gemeente of {@code namens} hem niet mag zien
     */
    List<Escalatie> vanCasus(Namens namens, String gemeente, String casusId);

    /** @return leeg als de escalatie niet bestaat of {@code namens} haar niet mag zien */
    Optional<Escalatie> zoek(Namens namens, String gemeente, String id);

    /**
     * Escaleert een casus.
     *
     * @param niveau {@code null}: het niveau boven dat van de laatste escalatie van de casus als die is beantwoord
     *               (het antwoord loste het niet op), anders het eerste niveau van de route
     * @throws OngeldigeInvoerException zonder reden, of bij een niveau dat niet op de route staat
     * @throws ConflictException        als de casus al een open escalatie heeft of is afgesloten
     * @throws NietBeschikbaarException als het niveau van een plug-in komt die (even) weg is
     */
    Escalatie escaleer(Namens namens, String gemeente, String casusId, String niveau, String reden);

    /**
     * Het niveau heeft geantwoord.
     *
     * @param verwachteVersie {@code null}: niet controleren
     * @throws ConflictException als de escalatie niet meer open is of de versie verouderd
     */
    Escalatie beantwoord(Namens namens, String gemeente, String id, Long verwachteVersie, String antwoord);

    /** Het probleem is opgelost; {@code toelichting} is optioneel. */
    Escalatie losOp(Namens namens, String gemeente, String id, Long verwachteVersie, String toelichting);

    /**
     * Het niveau reageert niet of kan het niet oplossen: de escalatie wordt {@code doorgeescaleerd} en er komt een
     * nieuwe, open escalatie op het volgende niveau die naar deze verwijst.
     *
     * @return de nieuwe escalatie
     * @throws ConflictException        op het hoogste niveau van de route
     * @throws NietBeschikbaarException als het volgende niveau van een plug-in komt die (even) weg is
     */
    Escalatie escaleerDoor(Namens namens, String gemeente, String id, Long verwachteVersie, String reden);
}
