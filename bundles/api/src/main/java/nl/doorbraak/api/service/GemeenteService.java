package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.toegang.Namens;

/**
 * De gemeenten uit de configuratie; wijzigingen in {@code config/} zijn direct zichtbaar. Een {@link Gemeente} is
 * configuratie (naam, varianten, escalatieroute, bewaartermijn, thema), geen persoonsgegeven: geen verwerking.
 *
 * <p>Wie voor een gebruiker werkt, vraagt met {@link Namens}: een gebruiker ziet alleen zijn eigen gemeente, de
 * platformbeheerder en het platform zelf ({@code Gebruiker.systeem}) zien alle; een andere gemeente is leeg, zoals
 * de REST-api er een 404 van maakt. Zonder {@code Namens} ({@link #alle()}, {@link #zoek(String)}) ziet het platform
 * zelf alle gemeenten en een plug-in alleen de gemeenten die een variant van die plug-in gebruiken.
 */
@ProviderType
public interface GemeenteService {

    /**
     * Alle gemeenten die de aanroeper bedient: voor het platform zelf alle, voor een plug-in (zonder het recht
     * {@code platform}) alleen die met een variant van de plug-in.
     */
    List<Gemeente> alle();

    /** Een gemeente uit {@link #alle()}; een gemeente die de aanroeper niet bedient is leeg. */
    Optional<Gemeente> zoek(String id);

    /**
     * De gemeenten die deze gebruiker mag zien: de eigen gemeente; alle voor de platformbeheerder en het platform
     * zelf; geen voor wie bij geen gemeente hoort (Rijk).
     *
     * @throws GeenToegangException als een plug-in zonder het recht {@code platform} in naam van het platform vraagt
     * @since 2.0
     */
    List<Gemeente> zichtbaar(Namens namens);

    /**
     * Een gemeente die deze gebruiker mag zien (zie {@link #zichtbaar}); een andere gemeente is leeg, net als een die
     * niet bestaat: nooit verraden dat ze er is.
     *
     * @throws GeenToegangException als een plug-in zonder het recht {@code platform} in naam van het platform vraagt
     * @since 2.0
     */
    Optional<Gemeente> zoek(Namens namens, String id);
}
