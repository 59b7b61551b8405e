package nl.doorbraak.web.sessie;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;

/**
 * {@code /api/account/...}: het eigen wachtwoord. Wijzigen kan ingelogd (ook met een eenmalig wachtwoord, en dan
 * alleen dit); een nieuw wachtwoord kiezen met een eenmalige code van een beheerder kan zonder login.
 */
public final class AccountRoutes {

    private static final Set<String> WIJZIG_VELDEN = Set.of("huidigWachtwoord", "nieuwWachtwoord");
    private static final Set<String> HERSTEL_VELDEN = Set.of("gebruikersnaam", "code", "nieuwWachtwoord");

    private final Omgeving omgeving;

    public AccountRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /**
     * {@code PUT /api/account/wachtwoord}. Daarna vervallen alle sessies en onthouden logins van het account; wie dit
     * met een sessie deed, krijgt meteen een nieuwe (nieuwe cookie en CSRF-token).
     */
    public void wijzigWachtwoord(Aanvraag a) throws IOException {
        Identiteit id = a.identiteit();
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(WIJZIG_VELDEN, Set.of());
        String huidig = in.tekst("huidigWachtwoord", true);
        String nieuw = in.tekst("nieuwWachtwoord", true);
        in.klaar();
        GebruikerService service = a.dienst(omgeving.gebruikers);
        char[] h = huidig.toCharArray();
        char[] n = nieuw.toCharArray();
        try {
            service.wijzigWachtwoord(id.gebruiker().gebruikersnaam(), h, n, a.clientAdres());
        } finally {
            Arrays.fill(h, '\0');
            Arrays.fill(n, '\0');
        }
        if (id.sessie() != null) {
            String[] tokens = omgeving.authenticatie.maakSessie(id.gebruiker(), false);
            a.resp.addHeader("Set-Cookie", Authenticatie.setCookie(tokens[0], a.veilig()));
            SessieRoutes.schrijf(a, 200, id.gebruiker(), tokens[1], false);
        } else {
            SessieRoutes.schrijf(a, 200, id.gebruiker(), null, false);
        }
    }

    /** {@code POST /api/account/herstel}: zonder login, met de eenmalige code; 204. */
    public void herstel(Aanvraag a) {
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(HERSTEL_VELDEN, Set.of());
        String naam = in.tekst("gebruikersnaam", true);
        String code = in.tekst("code", true);
        String nieuw = in.tekst("nieuwWachtwoord", true);
        in.klaar();
        omgeving.vereisGereed(a);
        char[] n = nieuw.toCharArray();
        try {
            a.dienst(omgeving.gebruikers).herstel(naam, code, n, a.clientAdres());
        } finally {
            Arrays.fill(n, '\0');
        }
        a.leeg(204);
    }
}
