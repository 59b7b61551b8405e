package nl.doorbraak.web.route;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;

/**
 * Legt vast dat een verzoek persoonsgegevens van casussen las of wijzigde, vóór het antwoord wordt geschreven: lukt
 * het vastleggen niet, dan krijgt de gebruiker een fout en geen gegevens. GET is lezen, de andere methoden wijzigen.
 */
public final class Verwerkingen {

    private Verwerkingen() {
    }

    /** Voor elke casus één regel; {@code doel} in woorden van de gebruiker. */
    static void casussen(Aanvraag a, String object, String doel, Collection<Casus> casussen) {
        List<NieuweVerwerking> regels = new ArrayList<>(casussen.size());
        for (Casus c : casussen) {
            regels.add(regel(a, c.gemeente(), c.id(), c.inwoner() == null ? null : c.inwoner().pseudoniem(), object,
                    doel));
        }
        leg(a, regels);
    }

    static void casus(Aanvraag a, String object, String doel, Casus c) {
        casussen(a, object, doel, List.of(c));
    }

    /** Eén regel per casus, als alleen de ids bekend zijn (het rapport per inwoner vindt ze via de casus). */
    static void perCasus(Aanvraag a, String gemeente, Collection<String> casusIds, String object, String doel) {
        leg(a, casusIds.stream().map(id -> regel(a, gemeente, id, null, object, doel)).toList());
    }

    private static void leg(Aanvraag a, List<NieuweVerwerking> regels) {
        if (!regels.isEmpty()) {
            a.dienst(a.omgeving().verwerkingen).leg(regels);
        }
    }

    private static NieuweVerwerking regel(Aanvraag a, String gemeente, String casusId, String pseudoniem,
            String object, String doel) {
        Gebruiker u = a.gebruiker();
        String handeling = switch (a.methode()) {
            case "GET", "HEAD" -> Verwerking.LEZEN;
            case "DELETE" -> Verwerking.WISSEN;
            default -> Verwerking.WIJZIGEN;
        };
        return new NieuweVerwerking(gemeente, casusId, pseudoniem, handeling, object, u.gebruikersnaam(), rollen(u),
                doel, null);
    }

    private static String rollen(Gebruiker u) {
        return u.rollen().stream().map(Rol::code).sorted().collect(Collectors.joining(","));
    }
}
