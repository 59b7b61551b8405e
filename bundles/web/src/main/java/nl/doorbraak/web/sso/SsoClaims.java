package nl.doorbraak.web.sso;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.api.toegang.SsoAanmelding;

/**
 * Van de claims van een gecontroleerd ID-token naar een {@link SsoAanmelding}: welke claim de rollen en tafels geeft
 * en welke waarden welke rol betekenen, zoals de gemeente het instelde. Wat de rollen mogen, beslist de core.
 */
final class SsoClaims {

    /** Zoveel waarden van één claim tellen hooguit; de rest (een token vol rommel) niet. */
    static final int MAX_WAARDEN = 200;
    static final int MAX_LENGTE = 200;

    private SsoClaims() {
    }

    static SsoAanmelding aanmelding(SsoInstelling i, Map<String, Object> claims) {
        Set<Rol> rollen = rollen(waarden(claim(claims, i.rollenClaim())), i.rolKoppeling());
        Set<String> tafels = new LinkedHashSet<>(waarden(claim(claims, i.tafelsClaim())));
        return new SsoAanmelding(i.gemeente(), tekst(claims.get("iss")), tekst(claims.get("sub")),
                tekst(claim(claims, i.gebruikersnaamClaim())), tekst(claim(claims, i.naamClaim())), rollen, tafels);
    }

    /**
     * De claim met precies deze naam; bestaat die niet en zitten er punten in de naam, dan het pad door geneste
     * objecten ({@code resource_access.doorbraak.roles}). Een naam met punten die zelf bestaat
     * ({@code https://gemeente.nl/rollen}) gaat voor.
     */
    static Object claim(Map<String, Object> claims, String naam) {
        if (claims.containsKey(naam) || naam.indexOf('.') < 0) {
            return claims.get(naam);
        }
        Object hier = claims;
        for (String deel : naam.split("\\.")) {
            if (!(hier instanceof Map<?, ?> m)) {
                return null;
            }
            hier = m.get(deel);
        }
        return hier;
    }

    /** Een lijst van teksten, of één tekst met waarden gescheiden door spaties of komma's; anders niets. */
    static List<String> waarden(Object waarde) {
        List<String> uit = new ArrayList<>();
        if (waarde instanceof String s) {
            for (String deel : s.split("[\\s,]+")) {
                voegToe(uit, deel);
            }
        } else if (waarde instanceof Collection<?> c) {
            for (Object o : c) {
                if (o instanceof String s) {
                    voegToe(uit, s.strip());
                }
            }
        }
        return uit;
    }

    private static void voegToe(List<String> uit, String w) {
        if (!w.isEmpty() && w.length() <= MAX_LENGTE && uit.size() < MAX_WAARDEN && !uit.contains(w)) {
            uit.add(w);
        }
    }

    /**
     * Zonder koppeling: waarden die een rolcode van een gemeente zijn. Met koppeling: alleen de gekoppelde waarden
     * (hoofdlettergevoelig, zoals tokens zijn). Platformrollen geeft een identity provider van een gemeente nooit.
     */
    static Set<Rol> rollen(List<String> waarden, Map<String, Set<Rol>> koppeling) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String w : waarden) {
            if (koppeling.isEmpty()) {
                Rol.vanCode(w).filter(SsoInstelling.GEMEENTEROLLEN::contains).ifPresent(rollen::add);
            } else {
                rollen.addAll(koppeling.getOrDefault(w, Set.of()));
            }
        }
        return rollen;
    }

    /** Een tekst-claim, of {@code null} als hij geen tekst is. */
    static String tekst(Object waarde) {
        return waarde instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
