package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;

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
     * Het rapport voor één inwoner: alle verwerkingen van de casussen met dit pseudoniem, oudste eerst.
     */
    List<Verwerking> vanInwoner(String gemeente, String pseudoniem);
}
