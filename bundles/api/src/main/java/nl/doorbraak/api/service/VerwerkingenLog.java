package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.toegang.Namens;

/**
 * Het verwerkingenlog: elke keer dat persoonsgegevens worden gelezen of gewijzigd. De web-bundle legt dat vast voor
 * de routes van de core; een plug-in die zelf persoonsgegevens van casussen toont, legt het hier ook vast.
 *
 * <pre>{@code
 * log.leg(List.of(new NieuweVerwerking(gemeente, casus.id(), casus.inwoner().pseudoniem(), Verwerking.LEZEN,
 *         "casus", verzoek.gebruiker().gebruikersnaam(), "tafellid", "Toekomstgesprek voorbereiden", null)));
 * }</pre>
 */
@ProviderType
public interface VerwerkingenLog {

    /**
     * Legt verwerkingen vast en keert pas terug als ze zijn opgeslagen: gegevens worden niet getoond zonder dat
     * dat is vastgelegd.
     */
    void leg(List<NieuweVerwerking> verwerkingen);

    /**
     * Het rapport voor één inwoner (AVG art. 15): alle verwerkingen van de casussen met dit pseudoniem, oudste eerst.
     * De core beslist: alleen een gemeentebeheerder van de gemeente (anders {@link GeenToegangException}; een andere
     * gemeente is {@link NietGevondenException}); een plug-in heeft daarvoor {@code casussen.alle} nodig, want het
     * rapport gaat over casussen van alle varianten. Het rapport lezen is zelf een verwerking (object
     * {@code verwerkingenrapport}), met het doel uit {@link Namens} (of: "Verzoek van de inwoner om inzage (AVG art.
     * 15)"); die regel staat pas in het volgende rapport.
     */
    List<Verwerking> vanInwoner(Namens namens, String gemeente, String pseudoniem);
}
