package nl.doorbraak.web.sessie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.web.Dienst;
import nl.doorbraak.web.Instellingen;

/**
 * Sessies (cookie + CSRF-token) en HTTP Basic. Sessies staan in het geheugen en verlopen na een tijd zonder
 * verzoeken en na een vaste tijd sinds het inloggen. In de map staat de SHA-256 van het token, niet het token zelf.
 * Een geslaagde Basic-controle wordt even onthouden (het wachtwoord-hash is bewust traag); als het account verandert
 * (gedeactiveerd, nieuw wachtwoord, andere rollen), meldt de core dat synchroon en laten we het meteen los
 * ({@link #accountGewijzigd}).
 */
public final class Authenticatie {

    public static final String COOKIE = "DOORBRAAK_SESSIE";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    // the logger keeps the name it had before the bundle was split into packages: log lines stay as operators know them
    private static final Logger LOG = LoggerFactory.getLogger("nl.doorbraak.web.Authenticatie");
    /** Hoe vaak een sessie de gebruiker opnieuw ophaalt (rollen en tafels kunnen veranderen). */
    private static final long VERVERS_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long OPRUIM_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** Bovengrens van de Basic-cache; daarboven begint hij opnieuw (geheugen blijft begrensd). */
    private static final int MAX_BASIC_CACHE = 10_000;

    private record BasicTreffer(Gebruiker gebruiker, boolean wachtwoordWijzigen, long geldigTot) {
    }

    private final ConcurrentHashMap<String, Sessie> sessies = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, BasicTreffer> basicCache = new ConcurrentHashMap<>();
    /** Basic-controles die nu lopen, per header; een gelijk verzoek wacht op de uitkomst in plaats van zelf te hashen. */
    private final ConcurrentHashMap<String, CompletableFuture<Inlogresultaat>> basicBezig = new ConcurrentHashMap<>();
    /**
     * Hoogt op bij elke accountwijziging. Een controle die liep terwijl een account veranderde, wordt niet onthouden:
     * ze kan nog het oude wachtwoord of de oude toestand hebben gezien.
     */
    private final AtomicLong accountGeneratie = new AtomicLong();
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong volgendeOpruiming = new AtomicLong(System.nanoTime() + OPRUIM_NANOS);
    private final Supplier<Instellingen> instellingen;
    private final Dienst<GebruikerService> gebruikers;

    public Authenticatie(Supplier<Instellingen> instellingen, Dienst<GebruikerService> gebruikers) {
        this.instellingen = instellingen;
        this.gebruikers = gebruikers;
    }

    /** Een nieuw, willekeurig token van 256 bits. */
    public String nieuwToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Maakt een sessie en geeft het token voor de cookie. */
    public String[] maakSessie(Gebruiker gebruiker, boolean wachtwoordWijzigen) {
        return maakSessie(gebruiker, wachtwoordWijzigen, null);
    }

    /** Idem, voor een aanmelding via de identity provider van een gemeente ({@code sso}: voor het uitloggen daar). */
    public String[] maakSessie(Gebruiker gebruiker, boolean wachtwoordWijzigen, Sessie.Sso sso) {
        ruimOpAlsHetTijdIs(true);
        String token = nieuwToken();
        Sessie s = new Sessie(hash(token), nieuwToken(), gebruiker, wachtwoordWijzigen, System.nanoTime(), sso);
        sessies.put(s.sleutel(), s);
        return new String[] { token, s.csrfToken() };
    }

    /** De stand van de accountwijzigingen, om te zien of er tijdens een controle een wijziging was. */
    long accountGeneratie() {
        return accountGeneratie.get();
    }

    /**
     * Een account is gewijzigd. Onthouden Basic-logins van dat account vervallen; zijn sessies vervallen bij een nieuw
     * wachtwoord of deactiveren, en worden anders bij het volgende verzoek ververst (rollen, tafels).
     */
    public void accountGewijzigd(String gebruikersnaam, String wat) {
        accountGeneratie.incrementAndGet();
        basicCache.values().removeIf(t -> t.gebruiker().gebruikersnaam().equals(gebruikersnaam));
        boolean weg = "wachtwoord".equals(wat) || "gedeactiveerd".equals(wat);
        for (Sessie s : sessies.values()) {
            if (s.gebruiker().gebruikersnaam().equals(gebruikersnaam)) {
                if (weg) {
                    sessies.remove(s.sleutel(), s);
                } else {
                    s.verversNu();
                }
            }
        }
    }

    public Sessie zoekSessie(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return null;
        }
        ruimOpAlsHetTijdIs(false);
        Sessie s = sessies.get(hash(token));
        if (s == null) {
            return null;
        }
        long nu = System.nanoTime();
        Instellingen i = instellingen.get();
        if (s.verlopen(nu, i.sessieIdleNanos(), i.sessieMaxNanos())) {
            sessies.remove(s.sleutel(), s);
            return null;
        }
        s.gebruikt(nu);
        if (nu - s.ververstOp() > VERVERS_NANOS && !ververs(s, nu)) {
            sessies.remove(s.sleutel(), s);
            return null;
        }
        return s;
    }

    /** @return {@code false} als de gebruiker niet meer bestaat of niet meer actief is */
    private boolean ververs(Sessie s, long nu) {
        GebruikerService service = gebruikers.huidig();
        if (service == null) {
            return true; // de core wordt vervangen: de sessie blijft, verversen gebeurt later
        }
        try {
            Optional<Gebruiker> nieuw = service.zoek(s.gebruiker().gebruikersnaam());
            if (nieuw.isEmpty()) {
                return false;
            }
            s.ververst(nieuw.get(), nu);
        } catch (RuntimeException e) {
            LOG.debug("Verversen van sessie mislukt, later opnieuw", e);
        }
        return true;
    }

    public void beeindig(Sessie s) {
        sessies.remove(s.sleutel(), s);
    }

    /**
     * Controleert een {@code Authorization: Basic ...}-header.
     *
     * @param clientAdres voor de telling van mislukte pogingen per adres
     * @return de uitkomst; een gelukte wordt even onthouden, een mislukte nooit
     * @throws Probleem 503 als de gebruikersservice er niet is
     */
    public Inlogresultaat basic(String header, Supplier<GebruikerService> service, Supplier<String> clientAdres) {
        String sleutel = hash(header);
        long nu = System.nanoTime();
        BasicTreffer t = basicCache.get(sleutel);
        if (t != null) {
            if (nu - t.geldigTot() < 0) {
                return Inlogresultaat.gelukt(t.gebruiker(), t.wachtwoordWijzigen());
            }
            basicCache.remove(sleutel, t);
        }
        // één trage controle per header tegelijk: als een treffer verloopt terwijl er veel verzoeken lopen, zou
        // anders elk verzoek zelf de wachtwoord-hash uitrekenen
        CompletableFuture<Inlogresultaat> eigen = new CompletableFuture<>();
        CompletableFuture<Inlogresultaat> lopend = basicBezig.putIfAbsent(sleutel, eigen);
        if (lopend != null) {
            try {
                return lopend.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        try {
            // de vorige controle kan net klaar zijn tussen het kijken in de cache en het aanmelden hierboven
            BasicTreffer net = basicCache.get(sleutel);
            Inlogresultaat r = net != null && System.nanoTime() - net.geldigTot() < 0
                    ? Inlogresultaat.gelukt(net.gebruiker(), net.wachtwoordWijzigen())
                    : controleerBasic(header, service, sleutel, clientAdres.get());
            eigen.complete(r);
            return r;
        } catch (RuntimeException | Error e) {
            eigen.completeExceptionally(e);
            throw e;
        } finally {
            basicBezig.remove(sleutel, eigen);
        }
    }

    private Inlogresultaat controleerBasic(String header, Supplier<GebruikerService> service, String sleutel,
            String clientAdres) {
        String inhoud = header.substring(6).trim();
        byte[] ruw;
        try {
            ruw = Base64.getDecoder().decode(inhoud);
        } catch (IllegalArgumentException e) {
            return Inlogresultaat.geweigerd();
        }
        String paar = new String(ruw, StandardCharsets.UTF_8);
        Arrays.fill(ruw, (byte) 0);
        int dubbelepunt = paar.indexOf(':');
        if (dubbelepunt <= 0) {
            return Inlogresultaat.geweigerd();
        }
        char[] wachtwoord = paar.substring(dubbelepunt + 1).toCharArray();
        long generatie = accountGeneratie.get();
        Inlogresultaat r;
        try {
            r = service.get().inloggen(paar.substring(0, dubbelepunt), wachtwoord, clientAdres);
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
        long cacheNanos = instellingen.get().basicCacheNanos();
        if (r.gelukt() && cacheNanos > 0 && accountGeneratie.get() == generatie) {
            if (basicCache.size() >= MAX_BASIC_CACHE) {
                basicCache.clear();
            }
            basicCache.put(sleutel, new BasicTreffer(r.gebruiker(), r.wachtwoordWijzigen(),
                    System.nanoTime() + cacheNanos));
        }
        return r;
    }

    /** Haalt de waarde van de sessiecookie uit de Cookie-headers, zonder Cookie-objecten te maken. */
    public static String cookieToken(HttpServletRequest req) {
        return cookie(req, COOKIE);
    }

    /** De waarde van de cookie met deze naam uit de Cookie-headers; {@code null} als hij er niet is. */
    public static String cookie(HttpServletRequest req, String naam) {
        var headers = req.getHeaders("Cookie");
        while (headers != null && headers.hasMoreElements()) {
            String h = headers.nextElement();
            int i = 0;
            while (i < h.length()) {
                int einde = h.indexOf(';', i);
                if (einde < 0) {
                    einde = h.length();
                }
                int gelijk = h.indexOf('=', i);
                if (gelijk > 0 && gelijk < einde && h.substring(i, gelijk).trim().equals(naam)) {
                    String waarde = h.substring(gelijk + 1, einde).trim();
                    if (waarde.length() >= 2 && waarde.charAt(0) == '"' && waarde.charAt(waarde.length() - 1) == '"') {
                        waarde = waarde.substring(1, waarde.length() - 1);
                    }
                    return waarde;
                }
                i = einde + 1;
            }
        }
        return null;
    }

    public static boolean gelijk(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    public static String setCookie(String token, boolean veilig) {
        return COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (veilig ? "; Secure" : "");
    }

    public static String wisCookie(boolean veilig) {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (veilig ? "; Secure" : "");
    }

    private void ruimOpAlsHetTijdIs(boolean altijd) {
        long nu = System.nanoTime();
        long gepland = volgendeOpruiming.get();
        if (!altijd && nu - gepland < 0) {
            return;
        }
        if (!volgendeOpruiming.compareAndSet(gepland, nu + OPRUIM_NANOS) && !altijd) {
            return; // een andere thread ruimt al op
        }
        Instellingen i = instellingen.get();
        sessies.values().removeIf(s -> s.verlopen(nu, i.sessieIdleNanos(), i.sessieMaxNanos()));
        basicCache.values().removeIf(t -> nu - t.geldigTot() >= 0);
    }

    public static String hash(String waarde) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(waarde.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }
}
