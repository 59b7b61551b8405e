package nl.doorbraak.web.http;

import java.util.List;
import java.util.Map;

import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakException;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietBeschikbaarException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.PluginFoutException;
import nl.doorbraak.api.service.TeVeelPogingenException;
import nl.doorbraak.api.service.VeldFout;

/**
 * Een fout die een application/problem+json-antwoord wordt. Zonder stacktrace: het is een antwoord, geen bug.
 */
public final class Probleem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Prefix van {@code type}: een URN, want er staat (nog) geen pagina per fouttype online. */
    public static final String TYPE_PREFIX = "urn:doorbraak:probleem:";

    private final int status;
    private final String soort;
    private final String titel;
    private final transient List<VeldFout> invalidParams;
    private final transient Map<String, String> headers;

    private Probleem(int status, String soort, String titel, String detail, List<VeldFout> invalidParams,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.soort = soort;
        this.titel = titel;
        this.invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
        this.headers = headers == null ? Map.of() : headers;
    }

    int status() {
        return status;
    }

    String type() {
        return TYPE_PREFIX + soort;
    }

    String titel() {
        return titel;
    }

    String detail() {
        return getMessage();
    }

    List<VeldFout> invalidParams() {
        return invalidParams;
    }

    Map<String, String> headers() {
        return headers;
    }

    public static Probleem ongeldig(String detail, List<VeldFout> fouten) {
        return new Probleem(400, "ongeldige-invoer", "Ongeldige invoer", detail, fouten, null);
    }

    public static Probleem ongeldig(String detail, VeldFout fout) {
        return ongeldig(detail, List.of(fout));
    }

    public static Probleem nietIngelogd(String detail, boolean metBasicUitdaging) {
        // geen Basic-uitdaging voor de eigen UI (X-Requested-With): de browser toont dan geen inlogvenster
        Map<String, String> h = metBasicUitdaging ? Map.of("WWW-Authenticate", "Basic realm=\"Doorbraak\", charset=\"UTF-8\"")
                : Map.of();
        return new Probleem(401, "niet-ingelogd", "Niet ingelogd", detail, null, h);
    }

    public static Probleem geenToegang(String detail) {
        return new Probleem(403, "geen-toegang", "Geen toegang", detail, null, null);
    }

    public static Probleem nietGevonden(String detail) {
        return new Probleem(404, "niet-gevonden", "Niet gevonden", detail, null, null);
    }

    public static Probleem methodeNietToegestaan(String methode, String allow) {
        return new Probleem(405, "methode-niet-toegestaan", "Methode niet toegestaan",
                "Methode " + methode + " kan hier niet; wel: " + allow + ".", null, Map.of("Allow", allow));
    }

    /** 406: the route answers only in {@code aangeboden}, and the request's Accept header takes none of them. */
    static Probleem nietAanvaardbaar(List<String> aangeboden) {
        return new Probleem(406, "niet-aanvaardbaar", "Niet aanvaardbaar", "Dit antwoord is er als "
                + String.join(" of ", aangeboden) + ", maar de header Accept van het verzoek aanvaardt geen daarvan. "
                + "Noem een van deze typen in Accept, of laat de header weg.", null, null);
    }

    public static Probleem conflict(String detail) {
        return new Probleem(409, "conflict", "Conflict", detail, null, null);
    }

    static Probleem teGroot(int max) {
        return new Probleem(413, "te-groot", "Verzoek te groot",
                "De body is groter dan de toegestane " + max + " bytes.", null, null);
    }

    public static Probleem verkeerdMediatype(String gekregen, String verwacht) {
        return new Probleem(415, "mediatype", "Mediatype niet ondersteund",
                "Content-Type " + (gekregen == null ? "ontbreekt" : "'" + gekregen + "' wordt hier niet ondersteund")
                        + "; gebruik " + verwacht + ".",
                null, null);
    }

    public static Probleem ifMatchVereist() {
        return new Probleem(428, "if-match-vereist", "If-Match vereist",
                "Stuur de header If-Match met de ETag die u het laatst las, zodat geen wijziging van een ander verloren gaat.",
                null, null);
    }

    public static Probleem nietBeschikbaar(String detail, int retryAfterSeconden) {
        return new Probleem(503, "niet-beschikbaar", "Tijdelijk niet beschikbaar", detail, null,
                Map.of("Retry-After", Integer.toString(retryAfterSeconden)));
    }

    /** 422: een {@code Idempotency-Key} die al bij een ander verzoek hoort (IETF draft-ietf-httpapi-idempotency-key-header). */
    static Probleem sleutelHergebruikt() {
        return new Probleem(422, "idempotency-key-hergebruikt", "Idempotency-Key al gebruikt",
                "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Gebruik voor elk nieuw verzoek een nieuwe "
                        + "sleutel, en dezelfde alleen om precies hetzelfde verzoek te herhalen.",
                null, null);
    }

    /**
     * 429 bij inloggen (formulier, JSON of Basic): te veel mislukte pogingen voor deze naam of vanaf dit adres; dezelfde
     * tekst of het account bestaat of niet.
     */
    public static Probleem teVeelInlogpogingen(int retryAfterSeconden) {
        return teVeelPogingen("Te veel mislukte inlogpogingen. Probeer het over " + retryAfterSeconden + " seconden "
                + "opnieuw, of vraag een beheerder de blokkade op te heffen.", retryAfterSeconden);
    }

    /** 429: te veel mislukte pogingen voor dit account of vanaf dit adres; even geduld. */
    static Probleem teVeelPogingen(String detail, int retryAfterSeconden) {
        return new Probleem(429, "te-veel-pogingen", "Te veel pogingen", detail, null,
                Map.of("Retry-After", Integer.toString(retryAfterSeconden)));
    }

    public static Probleem intern(String detail) {
        return new Probleem(500, "interne-fout", "Interne fout", detail, null, null);
    }

    /** Zet een fout van een service om; de Nederlandse boodschap van de core gaat als detail mee. */
    public static Probleem van(DoorbraakException e, int standaardRetryAfter) {
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof OngeldigeInvoerException o) {
            return ongeldig(detail, o.fouten());
        }
        if (e instanceof NietGevondenException) {
            return nietGevonden(detail);
        }
        if (e instanceof ConflictException) {
            return conflict(detail);
        }
        if (e instanceof GeenToegangException) {
            return geenToegang(detail);
        }
        if (e instanceof TeVeelPogingenException t) {
            return teVeelPogingen(detail, Math.max(1, t.opnieuwNaSeconden()));
        }
        if (e instanceof NietBeschikbaarException v) {
            int na = v.opnieuwNaSeconden() > 0 ? v.opnieuwNaSeconden() : standaardRetryAfter;
            return nietBeschikbaar(detail, na);
        }
        if (e instanceof PluginFoutException) {
            return new Probleem(500, "plugin-fout", "Fout in een plug-in", detail, null, null);
        }
        // een nieuwe soort fout in een latere api: de boodschap is voor mensen bedoeld, dus als invoerfout tonen
        return ongeldig(detail, List.of());
    }
}
