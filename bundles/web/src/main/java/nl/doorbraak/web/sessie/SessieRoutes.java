package nl.doorbraak.web.sessie;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.json.Json;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Probleem;

/** Inloggen, de huidige sessie, uitloggen. */
public final class SessieRoutes {

    private static final Set<String> VELDEN = Set.of("gebruikersnaam", "wachtwoord");

    private final Omgeving omgeving;

    public SessieRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    public void login(Aanvraag a) throws IOException {
        String[] naamEnWachtwoord = leesInlog(a);
        omgeving.vereisGereed(a);
        GebruikerService service = a.dienst(omgeving.gebruikers);
        char[] wachtwoord = naamEnWachtwoord[1].toCharArray();
        long generatie = omgeving.authenticatie.accountGeneratie();
        Inlogresultaat r;
        try {
            r = service.inloggen(naamEnWachtwoord[0], wachtwoord, a.clientAdres());
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
        if (r.uitkomst() == Inlogresultaat.Uitkomst.TE_VEEL_POGINGEN) {
            throw Probleem.teVeelInlogpogingen(r.opnieuwNaSeconden());
        }
        if (!r.gelukt()) {
            // zelfde tekst of de gebruiker nu bestaat of niet; geen Basic-uitdaging: dit is het inlogformulier
            throw Probleem.nietIngelogd("Gebruikersnaam of wachtwoord onjuist.", false);
        }
        if (omgeving.authenticatie.accountGeneratie() != generatie
                && service.zoek(r.gebruiker().gebruikersnaam()).isEmpty()) {
            // het account werd tijdens het inloggen gedeactiveerd
            throw Probleem.nietIngelogd("Gebruikersnaam of wachtwoord onjuist.", false);
        }
        Sessie oud = a.sessieUitCookie();
        if (oud != null) {
            omgeving.authenticatie.beeindig(oud); // nooit een oude sessie hergebruiken na inloggen
        }
        String[] tokens = omgeving.authenticatie.maakSessie(r.gebruiker(), r.wachtwoordWijzigen());
        a.resp.addHeader("Set-Cookie", Authenticatie.setCookie(tokens[0], a.veilig()));
        a.header("Location", "/api/sessies/huidig");
        schrijf(a, 201, r.gebruiker(), tokens[1], r.wachtwoordWijzigen());
    }

    /** JSON of een formulier; geeft naam en wachtwoord, of 400/415. */
    private static String[] leesInlog(Aanvraag a) {
        String mt = a.mediatype();
        if (Aanvraag.FORM.equals(mt)) {
            byte[] body = a.body();
            String naam = null;
            String wachtwoord = null;
            try {
                for (String paar : new String(body, StandardCharsets.UTF_8).split("&")) {
                    int gelijk = paar.indexOf('=');
                    if (gelijk <= 0) {
                        continue;
                    }
                    String sleutel = URLDecoder.decode(paar.substring(0, gelijk), StandardCharsets.UTF_8);
                    String waarde = URLDecoder.decode(paar.substring(gelijk + 1), StandardCharsets.UTF_8);
                    if (sleutel.equals("gebruikersnaam")) {
                        naam = waarde;
                    } else if (sleutel.equals("wachtwoord")) {
                        wachtwoord = waarde;
                    }
                }
            } catch (IllegalArgumentException e) {
                throw Probleem.ongeldig("Het formulier bevat een ongeldige %-codering.",
                        new VeldFout("body", "ongeldig", "Ongeldige %-codering."));
            }
            Invoer.verplicht(naam, "gebruikersnaam", wachtwoord, "wachtwoord");
            return new String[] { naam, wachtwoord };
        }
        if (mt != null && !Aanvraag.isJson(mt)) {
            throw Probleem.verkeerdMediatype(a.req.getContentType(), Aanvraag.JSON + " of " + Aanvraag.FORM);
        }
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(VELDEN, Set.of());
        String naam = in.tekst("gebruikersnaam", true);
        String wachtwoord = in.tekst("wachtwoord", true);
        in.klaar();
        return new String[] { naam, wachtwoord };
    }

    public void huidig(Aanvraag a) throws IOException {
        Identiteit id = a.identiteit();
        Sessie s = id.sessie();
        Sessie.Sso sso = s == null ? null : s.sso();
        schrijf(a, 200, id.gebruiker(), s == null ? null : s.csrfToken(), id.wachtwoordWijzigen(), gen -> {
            // only for a session that began at a gemeente's identity provider: how to log out there too
            if (sso != null) {
                gen.writeObjectFieldStart("sso");
                gen.writeStringField("gemeente", sso.gemeente());
                gen.writeStringField("uitloggen", a.publiek("/api/sso/uitloggen"));
                gen.writeEndObject();
            }
        });
    }

    /** Uitloggen; ook zonder (geldige) sessie 204, zodat uitloggen altijd lukt. */
    public void logout(Aanvraag a) {
        Sessie s = a.sessieUitCookie();
        if (s != null) {
            if (!Authenticatie.gelijk(s.csrfToken(), a.req.getHeader(Authenticatie.CSRF_HEADER))) {
                throw Probleem.geenToegang("De header " + Authenticatie.CSRF_HEADER + " ontbreekt of klopt niet.");
            }
            omgeving.authenticatie.beeindig(s);
        }
        a.resp.addHeader("Set-Cookie", Authenticatie.wisCookie(a.veilig()));
        a.leeg(204);
    }

    public static void schrijf(Aanvraag a, int status, Gebruiker g, String csrf, boolean wachtwoordWijzigen)
            throws IOException {
        schrijf(a, status, g, csrf, wachtwoordWijzigen, gen -> { });
    }

    /**
     * Het antwoord over een sessie, overal gelijk: de gebruiker, het CSRF-token en, alleen als het zo is (zodat het
     * antwoord van een gewone login blijft zoals het was), {@code wachtwoordWijzigen}; {@code meer} schrijft er velden
     * achter.
     */
    public static void schrijf(Aanvraag a, int status, Gebruiker g, String csrf, boolean wachtwoordWijzigen,
            Json.Schrijver meer) throws IOException {
        a.json(status, gen -> {
            gen.writeStartObject();
            gen.writeFieldName("gebruiker");
            gen.writeObject(g);
            gen.writeStringField("csrfToken", csrf);
            if (wachtwoordWijzigen) {
                gen.writeBooleanField("wachtwoordWijzigen", true);
            }
            meer.schrijf(gen);
            gen.writeEndObject();
        });
    }
}
