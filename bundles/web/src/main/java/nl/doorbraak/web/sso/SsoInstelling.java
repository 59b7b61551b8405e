package nl.doorbraak.web.sso;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Rol;

/**
 * De gecontroleerde SSO-instelling van één gemeente (uit {@link SsoConfiguratie}); onveranderlijk.
 *
 * @param issuer       precies zoals de identity provider hem noemt (een / aan het eind telt mee)
 * @param scopes       met {@code openid} erbij
 * @param rolKoppeling waarde van de identity provider → rollen; leeg: de rolcodes van Doorbraak zelf tellen
 */
public record SsoInstelling(String gemeente, String issuer, String clientId, Path clientSecretBestand, List<String> scopes,
        String rollenClaim, String tafelsClaim, Map<String, Set<Rol>> rolKoppeling, String gebruikersnaamClaim,
        String naamClaim) {

    /** De rollen die de identity provider van een gemeente kan geven; platformrollen horen daar niet bij. */
    static final Set<Rol> GEMEENTEROLLEN = EnumSet.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID,
            Rol.TRANSFORMAATJE);

    public SsoInstelling {
        scopes = List.copyOf(scopes);
        Map<String, Set<Rol>> k = new LinkedHashMap<>();
        rolKoppeling.forEach((w, r) -> k.put(w, Set.copyOf(r)));
        rolKoppeling = java.util.Collections.unmodifiableMap(k);
    }

    /**
     * Leest en controleert een configuratie.
     *
     * @param home   de installatiemap, voor een relatief pad naar het clientgeheim; {@code null}: de werkmap
     * @param fouten krijgt een Nederlandse zin per fout
     * @return de instelling, of {@code null} als er fouten zijn
     */
    static SsoInstelling lees(SsoConfiguratie c, Path home, List<String> fouten) {
        int voor = fouten.size();
        String gemeente = verplicht(c.gemeente(), "gemeente", fouten);
        if (gemeente != null && !gemeente.matches("[a-z][a-z0-9-]{0,49}")) {
            fouten.add("gemeente '" + Tekst.voorLog(gemeente) + "' is geen id van een gemeente (kleine letters, cijfers "
                    + "en -, begint met een letter).");
        }
        String issuer = verplicht(c.issuer(), "issuer", fouten);
        if (issuer != null) {
            String waarom = issuerProbleem(issuer);
            if (waarom != null) {
                fouten.add("issuer '" + Tekst.voorLog(issuer) + "' " + waarom);
            }
        }
        String clientId = verplicht(c.clientId(), "clientId", fouten);
        if (clientId != null && (clientId.length() > 255 || !Tekst.inOrde(clientId, Tekst.Soort.EEN_REGEL))) {
            fouten.add("clientId is te lang of bevat een stuurteken.");
        }
        Path bestand = null;
        String pad = verplicht(c.clientSecretBestand(), "clientSecretBestand", fouten);
        if (pad != null) {
            try {
                Path p = Path.of(pad);
                bestand = p.isAbsolute() || home == null ? p : home.resolve(p);
            } catch (InvalidPathException e) {
                fouten.add("clientSecretBestand '" + Tekst.voorLog(pad) + "' is geen geldig pad.");
            }
        }
        List<String> scopes = scopes(c.scopes(), fouten);
        String rollenClaim = claim(c.rollenClaim(), "doorbraak_rollen", "rollenClaim", fouten);
        String tafelsClaim = claim(c.tafelsClaim(), "doorbraak_tafels", "tafelsClaim", fouten);
        String naamClaim = claim(c.naamClaim(), "name", "naamClaim", fouten);
        String gebruikersnaamClaim = claim(c.gebruikersnaamClaim(), "preferred_username", "gebruikersnaamClaim", fouten);
        Map<String, Set<Rol>> koppeling = rolKoppeling(c.rolKoppeling(), fouten);
        if (fouten.size() > voor) {
            return null;
        }
        return new SsoInstelling(gemeente, issuer, clientId, bestand, scopes, rollenClaim, tafelsClaim, koppeling,
                gebruikersnaamClaim, naamClaim);
    }

    /** Waarom een issuer niet kan, of {@code null}: https, of http op deze machine (localhost, 127.0.0.1, ::1). */
    static String issuerProbleem(String issuer) {
        URI u;
        try {
            u = new URI(issuer);
        } catch (URISyntaxException e) {
            return "is geen geldige URL.";
        }
        String schema = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.getHost() == null || u.getRawUserInfo() != null || u.getRawQuery() != null
                || u.getRawFragment() != null) {
            return "moet een URL zijn zonder gebruiker, query of #, bijvoorbeeld https://login.gemeente.nl/realms/medewerkers.";
        }
        if (schema.equals("https")) {
            return null;
        }
        String host = u.getHost().toLowerCase(Locale.ROOT);
        boolean lokaal = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        if (schema.equals("http") && lokaal) {
            return null;
        }
        return "moet met https beginnen (http alleen voor een identity provider op deze machine).";
    }

    private static String verplicht(String waarde, String sleutel, List<String> fouten) {
        if (waarde == null || waarde.isBlank()) {
            fouten.add(sleutel + " ontbreekt.");
            return null;
        }
        return waarde.strip();
    }

    private static List<String> scopes(String waarde, List<String> fouten) {
        List<String> s = new ArrayList<>();
        s.add("openid");
        if (waarde != null) {
            for (String deel : waarde.split("[\\s,]+")) {
                if (deel.isEmpty() || s.contains(deel)) {
                    continue;
                }
                // RFC 6749, 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
                if (!deel.chars().allMatch(t -> t == 0x21 || (t >= 0x23 && t <= 0x5B) || (t >= 0x5D && t <= 0x7E))) {
                    fouten.add("scopes: '" + Tekst.voorLog(deel) + "' is geen geldige scope.");
                    continue;
                }
                s.add(deel);
            }
        }
        return s;
    }

    private static String claim(String waarde, String standaard, String sleutel, List<String> fouten) {
        if (waarde == null || waarde.isBlank()) {
            return standaard;
        }
        String w = waarde.strip();
        if (w.length() > 200 || w.chars().anyMatch(t -> Character.isWhitespace(t) || Character.isISOControl(t))) {
            fouten.add(sleutel + " '" + Tekst.voorLog(w) + "' is geen claimnaam (geen spaties, hooguit 200 tekens).");
            return null;
        }
        return w;
    }

    /** {@code WaardeA=casusregisseur, WaardeB=tafellid}; dezelfde waarde twee keer geeft beide rollen. */
    static Map<String, Set<Rol>> rolKoppeling(String waarde, List<String> fouten) {
        Map<String, Set<Rol>> k = new LinkedHashMap<>();
        if (waarde == null || waarde.isBlank()) {
            return k;
        }
        for (String deel : waarde.split(",")) {
            String d = deel.strip();
            if (d.isEmpty()) {
                continue;
            }
            int is = d.lastIndexOf('=');
            String van = is < 0 ? "" : d.substring(0, is).strip();
            String naar = is < 0 ? "" : d.substring(is + 1).strip();
            Rol rol = Rol.vanCode(naar).orElse(null);
            if (van.isEmpty() || rol == null || !GEMEENTEROLLEN.contains(rol)) {
                fouten.add("rolKoppeling: '" + Tekst.voorLog(d) + "' moet waarde=rol zijn, met als rol een van "
                        + "gemeentebeheerder, casusregisseur, tafellid, transformaatje.");
                continue;
            }
            k.computeIfAbsent(van, x -> EnumSet.noneOf(Rol.class)).add(rol);
        }
        return k;
    }

    @Override
    public String toString() {
        // the secret is never here; the file name is not secret
        return "gemeente " + gemeente + ", issuer " + issuer + ", client " + clientId;
    }
}
