package nl.doorbraak.web.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import nl.doorbraak.web.Configuratie;

/**
 * Hoe het platform er van buiten uitziet: zijn publieke basis-URL (voor {@code Location} en de links van een lijst)
 * en welke directe verbindingen van een vertrouwde reverse proxy komen. Alleen van zo'n proxy gelden
 * {@code Forwarded}, {@code X-Forwarded-For} en {@code X-Forwarded-Proto}; van ieder ander worden ze genegeerd. De
 * {@code Host}-header wordt nergens gebruikt. Onveranderlijk; een nieuwe configuratie geeft een nieuwe.
 */
public final class Perimeter {

    public static final Perimeter STANDAARD = new Perimeter(null, List.of(), "");

    /** De publieke basis-URL zonder slash aan het eind, of {@code null}: afgeleid van de verbinding zelf. */
    private final String publiekeUrl;
    private final List<Netwerk> proxies;
    private final String proxiesTekst;

    private Perimeter(String publiekeUrl, List<Netwerk> proxies, String proxiesTekst) {
        this.publiekeUrl = publiekeUrl;
        this.proxies = proxies;
        this.proxiesTekst = proxiesTekst;
    }

    /**
     * @param publiekeUrl       bijvoorbeeld {@code https://doorbraak.utrecht.nl} of {@code https://gemeente.nl/doorbraak};
     *                          leeg: afgeleid van de verbinding
     * @param vertrouwdeProxies IP-adressen en CIDR-reeksen, komma-gescheiden, bijvoorbeeld {@code 127.0.0.1, 10.0.0.0/8}
     * @throws IllegalArgumentException met een Nederlandse uitleg
     */
    public static Perimeter lees(String publiekeUrl, String vertrouwdeProxies) {
        List<Netwerk> proxies = new ArrayList<>();
        StringBuilder tekst = new StringBuilder();
        if (vertrouwdeProxies != null) {
            for (String deel : vertrouwdeProxies.split(",")) {
                String d = deel.strip();
                if (!d.isEmpty()) {
                    proxies.add(Netwerk.lees(d));
                    tekst.append(tekst.length() == 0 ? "" : ",").append(d);
                }
            }
        }
        return new Perimeter(basisUrl(publiekeUrl), List.copyOf(proxies), tekst.toString());
    }

    /**
     * Leest beide instellingen; een ongeldige laat de waarde van {@code vorige} gelden en zegt waarom in
     * {@code waarschuwingen}.
     */
    public static Perimeter lees(String publiekeUrl, String vertrouwdeProxies, Perimeter vorige, List<String> waarschuwingen) {
        String url;
        try {
            url = basisUrl(publiekeUrl);
        } catch (IllegalArgumentException e) {
            waarschuwingen.add("Configuratie " + Configuratie.PID + ": " + e.getMessage()
                    + " De vorige waarde blijft gelden.");
            url = vorige.publiekeUrl;
        }
        Perimeter p;
        try {
            p = lees(null, vertrouwdeProxies);
        } catch (IllegalArgumentException e) {
            waarschuwingen.add("Configuratie " + Configuratie.PID + ": " + e.getMessage()
                    + " De vorige lijst blijft gelden.");
            p = vorige;
        }
        return new Perimeter(url, p.proxies, p.proxiesTekst);
    }

    private static String basisUrl(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        String w = waarde.strip();
        URI u;
        try {
            u = new URI(w);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("publiekeUrl '" + w + "' is geen geldige URL.");
        }
        String schema = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!schema.equals("https") && !schema.equals("http") || u.getHost() == null || u.getRawUserInfo() != null
                || u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException("publiekeUrl '" + w + "' moet een http(s)-adres zijn zonder gebruiker, "
                    + "query of #, bijvoorbeeld https://doorbraak.gemeente.nl of https://gemeente.nl/doorbraak.");
        }
        String pad = u.getRawPath() == null ? "" : u.getRawPath();
        while (pad.endsWith("/")) {
            pad = pad.substring(0, pad.length() - 1);
        }
        return schema + "://" + u.getRawAuthority().toLowerCase(Locale.ROOT) + pad;
    }

    /** Of een publieke URL is ingesteld (anders volgt hij uit de verbinding). */
    public boolean heeftPubliekeUrl() {
        return publiekeUrl != null;
    }

    public boolean heeftProxies() {
        return !proxies.isEmpty();
    }

    /**
     * De basis voor elke absolute link: de ingestelde publieke URL, of anders het lokale adres en de poort van de
     * verbinding ({@code localhost} voor loopback), met {@code https} als Jetty de verbinding zelf versleutelt. Nooit
     * de {@code Host}-header: die kiest de client, en een link in een antwoord mag niet naar een site van een ander
     * wijzen.
     */
    public String basisUrl(HttpServletRequest req) {
        if (publiekeUrl != null) {
            return publiekeUrl;
        }
        String lokaal = req.getLocalAddr();
        String host;
        InetAddress a = literal(lokaal);
        if (a == null || a.isLoopbackAddress() || a.isAnyLocalAddress()) {
            host = "localhost";
        } else if (a instanceof Inet6Address) {
            // a zone (fe80::1%eth0) is "%25" in a URL
            host = "[" + a.getHostAddress().replace("%", "%25") + "]";
        } else {
            host = a.getHostAddress();
        }
        return (req.isSecure() ? "https" : "http") + "://" + host + ":" + req.getLocalPort();
    }

    /**
     * Of de publieke URL https is: de ingestelde publieke URL begint met {@code https:}, Jetty versleutelt de
     * verbinding zelf, of een vertrouwde proxy zegt dat de client https gebruikte. Dan krijgen cookies
     * {@code Secure} en antwoorden {@code Strict-Transport-Security}.
     */
    public boolean veilig(HttpServletRequest req) {
        if (publiekeUrl != null && publiekeUrl.startsWith("https:")) {
            return true;
        }
        if (req.isSecure()) {
            return true;
        }
        if (!vertrouwd(req.getRemoteAddr())) {
            return false;
        }
        String proto = doorgegevenProto(req);
        return proto != null && proto.equalsIgnoreCase("https");
    }

    /**
     * Het adres van de client: van een vertrouwde proxy het eerste adres in {@code Forwarded} (of anders
     * {@code X-Forwarded-For}) dat, van rechts gelezen, geen vertrouwde proxy is; anders het adres van de
     * verbinding. Een waarde die geen IP-adres is, houdt het lezen op: wat daarvoor staat is niet na te gaan.
     */
    public String clientAdres(HttpServletRequest req) {
        String direct = normaal(req.getRemoteAddr());
        if (proxies.isEmpty() || !vertrouwd(direct)) {
            return direct;
        }
        List<String> keten = forwardedVoor(req);
        if (keten == null) {
            keten = lijst(req.getHeaders("X-Forwarded-For"));
        }
        String client = direct;
        for (int i = keten.size() - 1; i >= 0; i--) {
            InetAddress a = literal(adresUit(keten.get(i)));
            if (a == null) {
                break;
            }
            client = normaal(a);
            if (!bevat(a)) {
                break;
            }
        }
        return client;
    }

    boolean vertrouwd(String adres) {
        if (proxies.isEmpty()) {
            return false; // the usual case without a proxy: nothing to parse on every request
        }
        InetAddress a = literal(adres);
        return a != null && bevat(a);
    }

    private boolean bevat(InetAddress a) {
        byte[] b = bytes(a);
        for (Netwerk n : proxies) {
            if (n.bevat(b)) {
                return true;
            }
        }
        return false;
    }

    /** Het protocol dat de dichtstbijzijnde (vertrouwde) proxy doorgeeft: de laatste waarde, die zij zelf schreef. */
    private static String doorgegevenProto(HttpServletRequest req) {
        String forwarded = null;
        for (String[] element : forwardedElementen(req)) {
            if (element[1] != null) {
                forwarded = element[1];
            }
        }
        if (req.getHeader("Forwarded") != null) {
            return forwarded;
        }
        List<String> protos = lijst(req.getHeaders("X-Forwarded-Proto"));
        return protos.isEmpty() ? null : protos.get(protos.size() - 1);
    }

    /** De {@code for=}-waarden van {@code Forwarded}, of {@code null} als die header er niet is. */
    private static List<String> forwardedVoor(HttpServletRequest req) {
        if (req.getHeader("Forwarded") == null) {
            return null;
        }
        List<String> voor = new ArrayList<>();
        for (String[] element : forwardedElementen(req)) {
            voor.add(element[0] == null ? "" : element[0]);
        }
        return voor;
    }

    /** RFC 7239: elementen gescheiden door komma's, paren door puntkomma's; per element {for, proto}. */
    private static List<String[]> forwardedElementen(HttpServletRequest req) {
        List<String[]> elementen = new ArrayList<>();
        Enumeration<String> headers = req.getHeaders("Forwarded");
        while (headers != null && headers.hasMoreElements()) {
            for (String element : splits(headers.nextElement(), ',')) {
                String voor = null;
                String proto = null;
                for (String paar : splits(element, ';')) {
                    int is = paar.indexOf('=');
                    if (is <= 0) {
                        continue;
                    }
                    String sleutel = paar.substring(0, is).strip().toLowerCase(Locale.ROOT);
                    String waarde = paar.substring(is + 1).strip();
                    if (waarde.length() >= 2 && waarde.startsWith("\"") && waarde.endsWith("\"")) {
                        waarde = waarde.substring(1, waarde.length() - 1);
                    }
                    if (sleutel.equals("for")) {
                        voor = waarde;
                    } else if (sleutel.equals("proto")) {
                        proto = waarde;
                    }
                }
                elementen.add(new String[] { voor, proto });
            }
        }
        return elementen;
    }

    /** Splitst op {@code teken} buiten aanhalingstekens. */
    private static List<String> splits(String s, char teken) {
        List<String> delen = new ArrayList<>();
        boolean tussenAanhalingstekens = false;
        int begin = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            } else if (c == teken && !tussenAanhalingstekens) {
                delen.add(s.substring(begin, i));
                begin = i + 1;
            }
        }
        delen.add(s.substring(begin));
        return delen;
    }

    private static List<String> lijst(Enumeration<String> headers) {
        List<String> l = new ArrayList<>();
        while (headers != null && headers.hasMoreElements()) {
            for (String d : headers.nextElement().split(",")) {
                if (!d.isBlank()) {
                    l.add(d.strip());
                }
            }
        }
        return l;
    }

    /** Het adres uit een {@code for=}- of X-Forwarded-For-waarde: {@code [2001:db8::1]:4711}, {@code 192.0.2.1:80}. */
    private static String adresUit(String waarde) {
        String w = waarde.strip();
        if (w.startsWith("[")) {
            int sluit = w.indexOf(']');
            return sluit < 0 ? null : w.substring(1, sluit);
        }
        int dubbelepunt = w.indexOf(':');
        if (dubbelepunt > 0 && w.indexOf(':', dubbelepunt + 1) < 0) {
            return w.substring(0, dubbelepunt); // IPv4 with a port
        }
        return w;
    }

    /** Een IP-adres als tekst, zonder ooit DNS te vragen; {@code null} als het dat niet is. */
    static InetAddress literal(String waarde) {
        String adres = waarde;
        if (adres != null && adres.length() > 2 && adres.startsWith("[") && adres.endsWith("]")) {
            adres = adres.substring(1, adres.length() - 1); // Jetty writes IPv6 between brackets
        }
        if (adres == null || adres.isEmpty() || adres.length() > 45) {
            return null;
        }
        boolean v6 = adres.indexOf(':') >= 0;
        for (int i = 0; i < adres.length(); i++) {
            char c = adres.charAt(i);
            boolean goed = (c >= '0' && c <= '9') || c == '.'
                    || (v6 && (c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
            if (!goed) {
                return null;
            }
        }
        if (!v6 && adres.chars().filter(c -> c == '.').count() != 3) {
            return null; // "10" or "10.1" would be accepted by InetAddress as shorthand
        }
        try {
            return InetAddress.getByName(adres); // a literal: no lookup
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** IPv4 in IPv6 ({@code ::ffff:10.0.0.1}) telt als IPv4. */
    private static byte[] bytes(InetAddress a) {
        byte[] b = a.getAddress();
        if (b.length == 16 && isVierInZes(b)) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        return b;
    }

    private static boolean isVierInZes(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static String normaal(String adres) {
        InetAddress a = literal(adres);
        return a == null ? adres : normaal(a);
    }

    private static String normaal(InetAddress a) {
        byte[] b = bytes(a);
        if (b.length == 4 && !(a instanceof Inet4Address)) {
            try {
                return InetAddress.getByAddress(b).getHostAddress();
            } catch (UnknownHostException e) {
                return a.getHostAddress();
            }
        }
        return a.getHostAddress();
    }

    @Override
    public String toString() {
        return "publiekeUrl=" + (publiekeUrl == null ? "(van de verbinding)" : publiekeUrl) + ", vertrouwdeProxies="
                + (proxiesTekst.isEmpty() ? "(geen)" : proxiesTekst);
    }

    /** Een IP-adres of een CIDR-reeks. */
    record Netwerk(byte[] adres, int prefix) {

        static Netwerk lees(String tekst) {
            int slash = tekst.indexOf('/');
            String adres = slash < 0 ? tekst : tekst.substring(0, slash);
            InetAddress a = literal(adres);
            if (a == null) {
                throw new IllegalArgumentException("vertrouwdeProxies: '" + tekst + "' is geen IP-adres of CIDR-reeks "
                        + "(bijvoorbeeld 127.0.0.1, ::1 of 10.0.0.0/8); hostnamen kunnen niet.");
            }
            byte[] b = bytes(a);
            int max = b.length * 8;
            int prefix = max;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(tekst.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (b.length == 4 && a.getAddress().length == 16 && prefix >= 96) {
                    prefix -= 96; // ::ffff:10.0.0.0/104 is 10.0.0.0/8
                }
                if (prefix < 0 || prefix > max) {
                    throw new IllegalArgumentException("vertrouwdeProxies: '" + tekst + "' heeft geen geldige lengte "
                            + "na de / (0 tot en met " + max + ").");
                }
            }
            return new Netwerk(b, prefix);
        }

        boolean bevat(byte[] b) {
            if (b.length != adres.length) {
                return false;
            }
            int heel = prefix / 8;
            for (int i = 0; i < heel; i++) {
                if (b[i] != adres[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int masker = (0xff << (8 - rest)) & 0xff;
            return (b[heel] & masker) == (adres[heel] & masker);
        }
    }
}
