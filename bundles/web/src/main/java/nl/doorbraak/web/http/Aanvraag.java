package nl.doorbraak.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.web.sessie.Authenticatie;
import nl.doorbraak.web.Dienst;
import nl.doorbraak.web.Gebruik;
import nl.doorbraak.web.sessie.Identiteit;
import nl.doorbraak.web.json.Json;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.sessie.Sessie;

/** Eén HTTP-verzoek aan de API: pad-delen, login, body, query en het antwoord. */
public final class Aanvraag {

    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String FORM = "application/x-www-form-urlencoded";

    private static final String[] GEEN_DELEN = new String[0];

    public final HttpServletRequest req;
    public final HttpServletResponse resp;
    private final Omgeving omgeving;
    private final String methode;
    private final boolean head;
    private final String[] delen;
    private Identiteit identiteit;
    private Map<String, List<String>> query;
    /** Of de body helemaal is gelezen; zo niet, dan moet een foutantwoord de verbinding netjes achterlaten. */
    private boolean bodyGelezen;
    /** De gelezen body, voor de vingerafdruk bij een {@code Idempotency-Key}. */
    private byte[] gelezenBody;
    /** Services en endpoints die dit verzoek gebruikt; vrijgegeven in {@link #klaar()}. */
    private List<Gebruik> inGebruik;
    /** De gemeente uit het pad, eenmaal opgezocht (door de router). */
    private nl.doorbraak.api.domein.Gemeente gemeente;
    /** Het doel uit de beschrijving van de route, voor {@link #namens()}. */
    private String doel;

    public Aanvraag(HttpServletRequest req, HttpServletResponse resp, Omgeving omgeving) {
        this.req = req;
        this.resp = resp;
        this.omgeving = omgeving;
        String m = req.getMethod();
        this.head = "HEAD".equals(m);
        this.methode = head ? "GET" : m;
        this.delen = splits(req.getPathInfo());
    }

    /** Splitst {@code /gemeenten/utrecht/casussen} zonder reguliere expressie; lege delen vallen weg. */
    public static String[] splits(String pad) {
        if (pad == null || pad.isEmpty() || "/".equals(pad)) {
            return GEEN_DELEN;
        }
        ArrayList<String> d = new ArrayList<>(6);
        int i = 0;
        int n = pad.length();
        while (i < n) {
            int j = pad.indexOf('/', i);
            if (j < 0) {
                j = n;
            }
            if (j > i) {
                d.add(pad.substring(i, j));
            }
            i = j + 1;
        }
        return d.toArray(GEEN_DELEN);
    }

    /**
     * Jetty weigert al een pad met C0-stuurtekens; een C1-stuurteken (U+0080 tot U+009F) of een losse surrogaat laat
     * het door. Die horen in geen id of segment: 400, voordat het pad in een log of een foutmelding komt.
     */
    public void controleerPad() {
        for (String d : delen) {
            String waarom = Tekst.probleem(d, Tekst.Soort.EEN_REGEL);
            if (waarom != null) {
                throw Probleem.ongeldig("Het pad bevat een stuurteken.", new VeldFout("pad", "tekens", waarom));
            }
        }
    }

    /** De methode; HEAD geldt als GET (zonder body in het antwoord). */
    public String methode() {
        return methode;
    }

    public String[] delen() {
        return delen;
    }

    public String deel(int i) {
        return delen[i];
    }

    /** Voor {@code instance} in problem+json. */
    public String instance() {
        return req.getRequestURI();
    }

    public Omgeving omgeving() {
        return omgeving;
    }

    /**
     * Het adres van de client: van een vertrouwde reverse proxy het doorgegeven adres ({@code Forwarded},
     * {@code X-Forwarded-For}), anders dat van de verbinding (zie {@link Perimeter#clientAdres}).
     */
    public String clientAdres() {
        return omgeving.perimeter().clientAdres(req);
    }

    /** Of de publieke URL https is: dan krijgen cookies {@code Secure} (zie {@link Perimeter#veilig}). */
    public boolean veilig() {
        return omgeving.perimeter().veilig(req);
    }

    /** Een pad van het platform ({@code /api/...}) als absolute URL op de publieke basis-URL. */
    public String publiek(String pad) {
        return omgeving.perimeter().basisUrl(req) + pad;
    }

    /** De absolute publieke URL van dit pad (zonder query), opgebouwd uit de pad-delen, nooit uit de Host-header. */
    public String hier() {
        StringBuilder sb = new StringBuilder(omgeving.perimeter().basisUrl(req)).append(req.getContextPath())
                .append(req.getServletPath());
        for (String d : delen) {
            sb.append('/');
            padDeel(sb, d);
        }
        return sb.toString();
    }

    /** {@link #hier()} met nog één pad-deel erachter, gecodeerd (bijvoorbeeld een gebruikersnaam). */
    public String hier(String deel) {
        StringBuilder sb = new StringBuilder(hier()).append('/');
        padDeel(sb, deel);
        return sb.toString();
    }

    /** Procent-codeert een pad-deel: alles behalve de niet-gereserveerde tekens van RFC 3986. */
    static void padDeel(StringBuilder sb, String deel) {
        for (byte b : deel.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    public boolean onveilig() {
        return switch (methode) {
            case "GET", "HEAD", "OPTIONS" -> false;
            default -> true;
        };
    }

    // ---- services ----

    /** Een service van de core voor dit verzoek (wacht kort of 503), geteld tot het verzoek klaar is. */
    public <T> T dienst(Dienst<T> d) {
        return omgeving.vereist(d, this);
    }

    public void gebruik(Gebruik g) {
        if (inGebruik == null) {
            inGebruik = new ArrayList<>(4);
        }
        inGebruik.add(g);
    }

    /** Of dit verzoek iets vasthoudt dat wordt ingetrokken; dan niet wachten, anders wacht de unbind op ons. */
    public boolean houdtIngetrokken() {
        if (inGebruik != null) {
            for (Gebruik g : inGebruik) {
                if (g.ingetrokken()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Geeft alles vrij wat dit verzoek gebruikte. */
    public void klaar() {
        if (inGebruik != null) {
            for (Gebruik g : inGebruik) {
                g.klaar();
            }
            inGebruik = null;
        }
    }

    // ---- login ----

    /**
     * De ingelogde gebruiker, of 401. Met een cookie en een onveilige methode ook de CSRF-controle (403). Wie met een
     * eenmalig wachtwoord is ingelogd, mag alleen dat wijzigen (403 voor al het andere).
     */
    public Identiteit identiteit() {
        if (identiteit == null) {
            Identiteit id = identificeer();
            if (id.wachtwoordWijzigen() && !magMetEenmaligWachtwoord()) {
                throw Probleem.geenToegang("U bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen "
                        + "wachtwoord (PUT /api/account/wachtwoord met huidigWachtwoord en nieuwWachtwoord).");
            }
            identiteit = id;
        }
        return identiteit;
    }

    /** Wat met een eenmalig wachtwoord nog mag: de sessie zien, uitloggen, het wachtwoord wijzigen. */
    private boolean magMetEenmaligWachtwoord() {
        return delen.length == 2 && ("sessies".equals(delen[0]) && "huidig".equals(delen[1])
                || "account".equals(delen[0]) && "wachtwoord".equals(delen[1]));
    }

    public Gebruiker gebruiker() {
        return identiteit().gebruiker();
    }

    /**
     * De gemeente uit het pad ({@code /gemeenten/{gemeente}/...}) als de gebruiker erbij hoort, anders 404. De router
     * heeft haar meestal al opgezocht; anders gebeurt het hier, eenmaal per verzoek.
     */
    public nl.doorbraak.api.domein.Gemeente gemeente() {
        if (gemeente == null) {
            gemeente = Toegang.eigenGemeente(this, deel(1));
        }
        return gemeente;
    }

    public void gemeente(nl.doorbraak.api.domein.Gemeente g) {
        gemeente = g;
    }

    /**
     * In naam van de ingelogde gebruiker, met het doel uit de beschrijving van de route; beschrijft die geen doel, dan
     * kiest de core het standaarddoel van de handeling.
     */
    public nl.doorbraak.api.toegang.Namens namens() {
        return nl.doorbraak.api.toegang.Namens.van(gebruiker(), doel);
    }

    /** Het doel voor het verwerkingenlog uit de beschrijving van de route ({@code null}: geen); zet de router. */
    public void doel(String doel) {
        this.doel = doel;
    }

    /** De sessie uit de cookie, zonder te eisen dat er een is. */
    public Sessie sessieUitCookie() {
        return omgeving.authenticatie.zoekSessie(Authenticatie.cookieToken(req));
    }

    private Identiteit identificeer() {
        Authenticatie auth = omgeving.authenticatie;
        String authorization = req.getHeader("Authorization");
        if (authorization != null) {
            if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                // de service alleen als de cache niets weet: zo loopt een bekend verzoek door tijdens een core-update
                Inlogresultaat r = auth.basic(authorization, () -> {
                    omgeving.vereisGereed(this);
                    return dienst(omgeving.gebruikers);
                }, this::clientAdres); // only for a check, not for a remembered login
                return switch (r.uitkomst()) {
                    case GELUKT -> new Identiteit(r.gebruiker(), null, r.wachtwoordWijzigen());
                    case TE_VEEL_POGINGEN -> throw Probleem.teVeelInlogpogingen(r.opnieuwNaSeconden());
                    case GEWEIGERD -> throw nietIngelogd("Gebruikersnaam of wachtwoord onjuist.");
                };
            }
            throw nietIngelogd("Alleen HTTP Basic of de sessiecookie wordt ondersteund.");
        }
        String token = Authenticatie.cookieToken(req);
        if (token == null) {
            throw nietIngelogd("Log eerst in (POST /api/sessies) of gebruik HTTP Basic.");
        }
        Sessie s = auth.zoekSessie(token);
        if (s == null) {
            resp.addHeader("Set-Cookie", Authenticatie.wisCookie(veilig()));
            throw nietIngelogd("Uw sessie is verlopen; log opnieuw in.");
        }
        if (onveilig() && !Authenticatie.gelijk(s.csrfToken(), req.getHeader(Authenticatie.CSRF_HEADER))) {
            throw Probleem.geenToegang("De header " + Authenticatie.CSRF_HEADER
                    + " ontbreekt of klopt niet; gebruik het csrfToken uit GET /api/sessies/huidig.");
        }
        return new Identiteit(s.gebruiker(), s, s.wachtwoordWijzigen());
    }

    private Probleem nietIngelogd(String detail) {
        return Probleem.nietIngelogd(detail, req.getHeader("X-Requested-With") == null);
    }

    // ---- query ----

    public Map<String, List<String>> query() {
        if (query == null) {
            query = leesQuery(req.getQueryString());
        }
        return query;
    }

    public String queryEen(String naam) {
        List<String> w = query().get(naam);
        return w == null || w.isEmpty() ? null : w.get(0);
    }

    private static Map<String, List<String>> leesQuery(String ruw) {
        if (ruw == null || ruw.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> m = new LinkedHashMap<>();
        try {
            for (String paar : ruw.split("&")) {
                if (paar.isEmpty()) {
                    continue;
                }
                int gelijk = paar.indexOf('=');
                String naam = URLDecoder.decode(gelijk < 0 ? paar : paar.substring(0, gelijk), StandardCharsets.UTF_8);
                String waarde = gelijk < 0 ? "" : URLDecoder.decode(paar.substring(gelijk + 1), StandardCharsets.UTF_8);
                String waarom = Tekst.probleem(naam + waarde, Tekst.Soort.EEN_REGEL);
                if (waarom != null) {
                    throw Probleem.ongeldig("De query-string bevat een stuurteken.",
                            new VeldFout(Tekst.neutraliseer(naam), "tekens", waarom));
                }
                m.computeIfAbsent(naam, k -> new ArrayList<>(1)).add(waarde);
            }
        } catch (IllegalArgumentException e) {
            throw Probleem.ongeldig("De query-string bevat een ongeldige %-codering.",
                    new VeldFout("query", "ongeldig", "Ongeldige %-codering."));
        }
        m.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return Collections.unmodifiableMap(m);
    }

    // ---- body ----

    /** Het mediatype zonder parameters, in kleine letters; {@code null} als er geen is. */
    public String mediatype() {
        String ct = req.getContentType();
        if (ct == null) {
            return null;
        }
        int punt = ct.indexOf(';');
        return (punt < 0 ? ct : ct.substring(0, punt)).trim().toLowerCase(Locale.ROOT);
    }

    public static boolean isJson(String mediatype) {
        return mediatype != null && (mediatype.equals(JSON)
                || (mediatype.startsWith("application/") && mediatype.endsWith("+json")));
    }

    /** Tot zoveel bytes van een te grote body worden nog weggelezen (zie {@link #afvoeren}). */
    static final long AFVOEREN = 4L * 1024 * 1024;

    /**
     * Leest de rest van een te grote body weg (tot {@link #AFVOEREN} bytes), zodat de client zijn 413 leest in plaats
     * van een verbinding die halverwege zijn upload wordt gesloten; wat groter is, breekt Jetty af.
     */
    private void afvoeren(long tot) {
        byte[] weg = new byte[8192];
        long totaal = 0;
        try {
            InputStream in = req.getInputStream();
            for (int n; totaal < tot && (n = in.read(weg)) >= 0;) {
                totaal += n;
            }
        } catch (IOException | RuntimeException e) {
            // de client stopte zelf; er valt niets meer te beantwoorden
        }
    }

    /**
     * Leest de body, begrensd op {@code maxBodyBytes}: eerst via Content-Length, dan tijdens het lezen (chunked).
     *
     * @return de bytes; leeg als er geen body is
     */
    public byte[] body() {
        return body(omgeving.instellingen().maxBodyBytes());
    }

    /**
     * Leest de body, begrensd op {@code max} bytes (een route met een eigen grens, zoals de jar van een plug-in).
     *
     * @return de bytes; leeg als er geen body is
     */
    public byte[] body(int max) {
        // a route with a large limit (a plug-in's jar) reads away up to twice its limit, the others 4 MiB
        long afvoeren = Math.max(AFVOEREN, 2L * max);
        long lengte = req.getContentLengthLong();
        if (lengte > max) {
            if (lengte <= afvoeren) {
                afvoeren(afvoeren);
            }
            throw Probleem.teGroot(max);
        }
        // één byte meer dan verwacht: zo eindigt het lezen zonder de buffer te vergroten
        byte[] buf = new byte[lengte >= 0 ? (int) lengte + 1 : Math.min(4096, max + 1)];
        int gelezen = 0;
        try (InputStream in = req.getInputStream()) {
            while (true) {
                if (gelezen == buf.length) {
                    buf = Arrays.copyOf(buf, Math.min(max + 1, buf.length * 2));
                }
                int n = in.read(buf, gelezen, buf.length - gelezen);
                if (n < 0) {
                    break;
                }
                gelezen += n;
                if (gelezen > max) {
                    afvoeren(afvoeren);
                    throw Probleem.teGroot(max);
                }
            }
            bodyGelezen = true;
        } catch (Probleem p) {
            throw p;
        } catch (IOException | RuntimeException e) {
            // afgebroken of kapotte chunked body: invoer van de client, geen fout van ons
            throw Probleem.ongeldig("De body kon niet worden gelezen.", new VeldFout("body", "ongeldig",
                    "De body is afgebroken of onjuist gecodeerd."));
        }
        gelezenBody = gelezen == buf.length ? buf : Arrays.copyOf(buf, gelezen);
        return gelezenBody;
    }

    /**
     * De body als JSON-object, met 415 voor een ander mediatype en 400 voor kapotte JSON.
     *
     * @param verplicht of een lege body 400 geeft; anders {@code null}
     */
    public ObjectNode jsonBody(boolean verplicht) {
        String mt = mediatype();
        // ook zonder body: een formulier van een andere site (met door de browser onthouden Basic-gegevens) mag
        // niets in gang zetten
        if (mt != null && !isJson(mt)) {
            throw Probleem.verkeerdMediatype(req.getContentType(), JSON);
        }
        byte[] b = body();
        if (b.length == 0) {
            if (verplicht) {
                throw Probleem.ongeldig("De body ontbreekt; stuur een JSON-object.",
                        new VeldFout("body", "verplicht", "Stuur een JSON-object."));
            }
            return null;
        }
        if (mt == null) {
            throw Probleem.verkeerdMediatype(null, JSON);
        }
        return omgeving.json.leesObject(b);
    }

    // ---- Idempotency-Key ----

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /**
     * Maakt iets aan, eenmaal per {@code Idempotency-Key} van deze gebruiker (als de client die meestuurt): een
     * herhaling met dezelfde sleutel en hetzelfde verzoek geeft het object van de eerste keer (gelezen zoals het nu
     * is, met {@code Idempotent-Replayed: true}), ook als het platform na het vastleggen stopte; dezelfde sleutel met
     * een ander verzoek geeft 422. Roep aan nadat de body is gelezen: die telt mee in de vingerafdruk.
     *
     * @param object het soort object van het antwoord ({@code casus}, {@code mutatie}, …), zoals de core het meldt
     * @param lees   leest het object van de eerste keer terug uit zijn id
     */
    public <T> T eenmalig(String object, java.util.function.Supplier<T> maak,
            java.util.function.Function<String, Optional<T>> lees) {
        String sleutel = req.getHeader(IDEMPOTENCY_KEY);
        if (sleutel == null) {
            return maak.get();
        }
        if (sleutel.isEmpty() || sleutel.length() > 255 || !sleutel.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw Probleem.ongeldig("De Idempotency-Key is ongeldig.", new VeldFout(IDEMPOTENCY_KEY, "ongeldig",
                    "Gebruik 1 tot 255 zichtbare ASCII-tekens, bijvoorbeeld een UUID."));
        }
        String door = gebruiker().gebruikersnaam();
        String verzoek = vingerafdruk();
        nl.doorbraak.api.service.Idempotentie idem = dienst(omgeving.idempotentie);
        Optional<nl.doorbraak.api.service.Idempotentie.Vastgelegd> eerder = idem.zoek(door, sleutel);
        if (eerder.isEmpty()) {
            try {
                return idem.eenmaal(door, sleutel, verzoek, object, maak);
            } catch (nl.doorbraak.api.service.ConflictException e) {
                // a request with the same key committed first; ours rolled back: answer with its object
                eerder = idem.zoek(door, sleutel);
                if (eerder.isEmpty()) {
                    throw e;
                }
            }
        }
        nl.doorbraak.api.service.Idempotentie.Vastgelegd v = eerder.get();
        if (!v.verzoek().equals(verzoek) || !v.object().equals(object)) {
            throw Probleem.sleutelHergebruikt();
        }
        T t = lees.apply(v.objectId()).orElseThrow(() -> Probleem.conflict("Wat dit verzoek eerder aanmaakte, bestaat "
                + "niet meer of is niet meer voor u zichtbaar."));
        resp.setHeader("Idempotent-Replayed", "true");
        return t;
    }

    /** SHA-256 over methode, pad en body: dezelfde sleutel voor een ander verzoek is een fout van de client. */
    private String vingerafdruk() {
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            d.update((methode + " " + req.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            if (gelezenBody != null) {
                d.update(gelezenBody);
            }
            return java.util.HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }

    // ---- antwoord ----

    /**
     * The media type of this answer, for a route that can answer in more than one: the one of {@code aangeboden} (in
     * the route's order of preference) that the request's {@code Accept} header takes most (see {@link Accept}); 406
     * when it takes none of them.
     */
    public String kiesType(String... aangeboden) {
        java.util.Enumeration<String> regels = req.getHeaders("Accept");
        String header = regels == null || !regels.hasMoreElements() ? null
                : String.join(",", Collections.list(regels));
        List<String> typen = List.of(aangeboden);
        String t = Accept.kies(header, typen);
        if (t == null) {
            throw Probleem.nietAanvaardbaar(typen);
        }
        return t;
    }

    /** Een api-record of een antwoord-record van deze bundle, geschreven door de mapper. */
    public void json(int status, Object waarde) throws IOException {
        stuur(status, JSON, omgeving.json.schrijf(waarde));
    }

    public void json(int status, Json.Schrijver schrijver) throws IOException {
        Json.Buffer b = omgeving.json.schrijf(schrijver);
        stuur(status, JSON, b);
    }

    public void leeg(int status) {
        resp.setStatus(status);
        resp.setContentLength(0);
    }

    /** Een header; een {@code Location} met alleen een pad (ook van een plug-in) krijgt de publieke basis-URL. */
    public void header(String naam, String waarde) {
        if (waarde != null && waarde.startsWith("/") && !waarde.startsWith("//") && "Location".equalsIgnoreCase(naam)) {
            resp.setHeader(naam, publiek(waarde));
            return;
        }
        resp.setHeader(naam, waarde);
    }

    /** Een antwoord dat al bytes is (het OpenAPI-document, de startpagina). */
    public void ruw(int status, String type, byte[] b) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(b.length);
        if (!head) {
            resp.getOutputStream().write(b);
        }
    }

    /** JSON die al geschreven is (bijvoorbeeld om een plug-in-fout nog als problem+json te kunnen melden). */
    public void stuurJson(int status, Json.Buffer b) throws IOException {
        stuur(status, JSON, b);
    }

    private void stuur(int status, String type, Json.Buffer b) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(b.size());
        if (!head) {
            resp.getOutputStream().write(b.array(), 0, b.size());
        }
    }

    public void probleem(Probleem p) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        // wat al voor een gelukt antwoord was gezet, hoort niet bij een fout
        resp.setHeader("ETag", null);
        resp.setHeader("Location", null);
        laatVerbindingNetjesAchter();
        for (Map.Entry<String, String> h : p.headers().entrySet()) {
            resp.setHeader(h.getKey(), h.getValue());
        }
        String instance = instance();
        Json.Buffer b = omgeving.json.schrijf(g -> schrijfProbleem(g, p, instance));
        stuur(p.status(), PROBLEM_JSON, b);
    }

    /**
     * Een fout vóór of tijdens het lezen van de body laat ongelezen bytes op de verbinding. Een kleine rest lezen we
     * weg, zodat de client de verbinding kan hergebruiken; anders zeggen we {@code Connection: close}, zodat de client
     * niet op een verbinding verder gaat die de server sluit.
     */
    private void laatVerbindingNetjesAchter() {
        if (bodyGelezen) {
            return;
        }
        long lengte = req.getContentLengthLong();
        boolean misschienBody = lengte > 0 || (lengte < 0 && req.getHeader("Transfer-Encoding") != null);
        if (!misschienBody) {
            return;
        }
        if (lengte > 0 && lengte <= omgeving.instellingen().maxBodyBytes()) {
            try (InputStream in = req.getInputStream()) {
                byte[] weg = new byte[4096];
                long over = lengte;
                int n;
                while (over > 0 && (n = in.read(weg)) > 0) {
                    over -= n;
                }
                return;
            } catch (IOException | RuntimeException e) {
                // dan toch sluiten
            }
        }
        resp.setHeader("Connection", "close");
    }

    static void schrijfProbleem(JsonGenerator g, Probleem p, String instance) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", p.type());
        g.writeStringField("title", p.titel());
        g.writeNumberField("status", p.status());
        g.writeStringField("detail", p.detail());
        g.writeStringField("instance", instance);
        if (!p.invalidParams().isEmpty() || p.status() == 400) {
            g.writeArrayFieldStart("invalidParams");
            for (VeldFout f : p.invalidParams()) {
                g.writeStartObject();
                g.writeStringField("name", f.naam());
                g.writeStringField("code", f.code());
                g.writeStringField("reason", f.reden());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
