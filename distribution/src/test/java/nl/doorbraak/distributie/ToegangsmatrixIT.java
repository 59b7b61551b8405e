package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The access matrix, generated from {@code x-doorbraak-toegang} in the running demo's {@code /api/openapi.json}:
 * every core operation × every demo account × its own and another gemeente (× its own and another tafel for a
 * tafellid on a tafel-scoped read). A refused cell must be the 403 or 404 the description promises; an allowed read
 * must not be 401, 403 or a "niet gevonden". Writes are only tried where they must be refused, on an id that does not
 * exist and with an empty body, so the demo data never changes. A new core route is covered without a test of its own.
 */
class ToegangsmatrixIT {

    static final List<String> ACCOUNTS = List.of("utrecht-regisseur", "utrecht-tafellid", "utrecht-beheerder",
            "leeuwarden-regisseur", "eindhoven-regisseur", "platformbeheerder", "rijk-szw",
            "leeuwarden-transformaatje");
    static final List<String> GEMEENTEN = List.of("utrecht", "leeuwarden", "eindhoven");
    static final String G = "/api/gemeenten/{gemeente}";
    /** An id that exists nowhere: a write that the matrix expects to be refused can then never change anything. */
    static final String ONBEKEND = "matrix-bestaat-niet";
    /** Where the ids of a path without a list of its own are: the besluiten are named by the acties. */
    static final Map<String, String[]> BRONNEN = Map.of("/api/gemeenten/{gemeente}/besluiten",
            new String[] { "/api/gemeenten/{gemeente}/acties", "besluitId" });

    record Account(String naam, String gemeente, Set<String> rollen, List<String> tafels) {
    }

    enum Uitkomst {
        MAG, GEEN_TOEGANG, NIET_GEVONDEN
    }

    static Platform platform;
    static JsonNode doc;
    static final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, List<String>> idCache = new HashMap<>();

    @BeforeAll
    static void start() {
        platform = Platform.nieuw().metDemo().start();
        Api.Antwoord a = platform.api().get("/api/openapi.json");
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        doc = a.json();
        for (String naam : ACCOUNTS) {
            Api.Antwoord s = platform.api().als(naam).get("/api/sessies/huidig");
            assertThat(s.status()).as(naam + ": " + s).isEqualTo(200);
            JsonNode g = s.json().path("gebruiker");
            Set<String> rollen = new LinkedHashSet<>();
            g.path("rollen").forEach(r -> rollen.add(r.asText()));
            List<String> tafels = new ArrayList<>();
            g.path("tafels").forEach(t -> tafels.add(t.asText()));
            accounts.put(naam, new Account(naam, g.path("gemeente").isTextual() ? g.path("gemeente").asText() : null,
                    rollen, tafels));
        }
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void elkeKernrouteVoorElkeRolGemeenteEnTafel() {
        List<String> fouten = new ArrayList<>();
        List<String> overgeslagen = new ArrayList<>();
        int cellen = 0;
        int operaties = 0;
        var paden = doc.path("paths").fields();
        while (paden.hasNext()) {
            var pad = paden.next();
            var ops = pad.getValue().fields();
            while (ops.hasNext()) {
                var op = ops.next();
                JsonNode t = op.getValue().path("x-doorbraak-toegang");
                String methode = op.getKey().toUpperCase(Locale.ROOT);
                if (t.isMissingNode()) {
                    // a plug-in's route (it has x-doorbraak-rollen); the core's routes all have the extension. A
                    // variant's route names its variant, a route for the Rijk (under /api/rijk/) has none
                    assertThat(op.getValue().has("x-doorbraak-rollen")).as(methode + " " + pad.getKey()).isTrue();
                    assertThat(op.getValue().has("x-doorbraak-variant") || pad.getKey().startsWith("/api/rijk/"))
                            .as(methode + " " + pad.getKey()).isTrue();
                    continue;
                }
                operaties++;
                if (t.path("publiek").asBoolean()) {
                    continue;
                }
                for (Account a : accounts.values()) {
                    for (String gemeente : gemeenten(pad.getKey(), a)) {
                        Uitkomst u = verwacht(t, a, gemeente);
                        String cel = methode + " " + pad.getKey() + " als " + a.naam()
                                + (gemeente == null ? "" : " in " + gemeente);
                        if (methode.equals("GET")) {
                            cellen += lees(pad.getKey(), t, a, gemeente, u, cel, fouten, overgeslagen);
                        } else if (u != Uitkomst.MAG) {
                            cellen++;
                            String p = vul(pad.getKey(), gemeente, null);
                            Api.Antwoord r = platform.api().als(a.naam()).verstuur(methode, p, "{}",
                                    Map.of("If-Match", "\"0\""));
                            controleer(cel, r, u, fouten);
                        }
                    }
                }
            }
        }
        System.out.println("Toegangsmatrix: " + operaties + " operaties, " + cellen + " cellen; overgeslagen ("
                + overgeslagen.size() + "): " + String.join("; ", overgeslagen));
        assertThat(operaties).as("operaties met x-doorbraak-toegang").isGreaterThan(90);
        assertThat(cellen).as("geteste cellen").isGreaterThan(800);
        assertThat(fouten).as("cellen die niet antwoorden zoals x-doorbraak-toegang zegt").isEmpty();
    }

    /** The gemeenten to try: the account's own and another one; none for a path without a gemeente. */
    static List<String> gemeenten(String sjabloon, Account a) {
        if (!sjabloon.startsWith(G)) {
            return java.util.Collections.singletonList(null);
        }
        List<String> l = new ArrayList<>();
        if (a.gemeente() != null) {
            l.add(a.gemeente());
        }
        l.add(GEMEENTEN.stream().filter(g -> !g.equals(a.gemeente())).findFirst().orElseThrow());
        return l;
    }

    /** What the description promises this account in this gemeente. */
    static Uitkomst verwacht(JsonNode t, Account a, String gemeente) {
        Set<String> rollen = new LinkedHashSet<>();
        t.path("rollen").forEach(r -> rollen.add(r.asText()));
        boolean heeftRol = rollen.isEmpty() || a.rollen().stream().anyMatch(rollen::contains);
        boolean overal = false;
        for (JsonNode r : t.path("elkeGemeente")) {
            overal |= a.rollen().contains(r.asText());
        }
        if (gemeente != null && t.path("gemeente").asBoolean() && !gemeente.equals(a.gemeente()) && !overal) {
            if (a.gemeente() == null && !heeftRol && t.path("rolVoorGemeente").asBoolean()) {
                return Uitkomst.GEEN_TOEGANG;
            }
            return Uitkomst.NIET_GEVONDEN;
        }
        return heeftRol ? Uitkomst.MAG : Uitkomst.GEEN_TOEGANG;
    }

    /** One read cell, or two for a tafellid on a tafel-scoped read with an id: his own tafel's and another's. */
    private int lees(String sjabloon, JsonNode t, Account a, String gemeente, Uitkomst u, String cel,
            List<String> fouten, List<String> overgeslagen) {
        Api api = platform.api().als(a.naam());
        if (!sjabloon.contains("{id}") && !sjabloon.contains("{naam}")) {
            controleer(cel, api.get(vul(sjabloon, gemeente, null)), u, fouten);
            return 1;
        }
        String lister = sjabloon.contains("/gebruikers") ? "platformbeheerder" : gemeente + "-regisseur";
        if (u != Uitkomst.MAG) {
            // an object that exists (in that gemeente), and still refused
            List<String> alle = ids(sjabloon, gemeente, lister);
            controleer(cel, api.get(vul(sjabloon, gemeente, alle.isEmpty() ? null : alle.get(0))), u, fouten);
            return 1;
        }
        boolean tafellid = t.path("tafel").asBoolean() && a.rollen().contains("tafellid")
                && !a.rollen().contains("casusregisseur");
        List<String> eigen = ids(sjabloon, gemeente, a.naam());
        if (eigen.isEmpty() && !tafellid) {
            eigen = ids(sjabloon, gemeente, lister);
        }
        int n = 0;
        if (eigen.isEmpty()) {
            overgeslagen.add(cel + " (geen id te zien)");
        } else {
            controleer(cel, api.get(vul(sjabloon, gemeente, eigen.get(0))), u, fouten);
            n++;
        }
        if (tafellid) {
            List<String> ander = new ArrayList<>(ids(sjabloon, gemeente, lister));
            ander.removeAll(eigen);
            if (ander.isEmpty()) {
                overgeslagen.add(cel + " andere tafel (geen id)");
            } else {
                controleer(cel + " (andere tafel)", api.get(vul(sjabloon, gemeente, ander.get(0))),
                        Uitkomst.NIET_GEVONDEN, fouten);
                n++;
            }
        }
        return n;
    }

    /** The path with the gemeente and, for its one object parameter, this id (or one that exists nowhere). */
    static String vul(String sjabloon, String gemeente, String id) {
        String p = gemeente == null ? sjabloon : sjabloon.replace("{gemeente}", gemeente);
        return p.replaceFirst("\\{[A-Za-z]+}", id == null ? ONBEKEND : id).replaceAll("\\{[A-Za-z]+}", ONBEKEND);
    }

    /**
     * The ids this account sees in the list before the path's object parameter ({@code …/casussen} for
     * {@code …/casussen/{id}/besluiten}); a tafellid with more tafels asks per tafel where the list wants one.
     */
    private List<String> ids(String sjabloon, String gemeente, String als) {
        int van = sjabloon.startsWith(G) ? G.length() : 0;
        String voor = sjabloon.substring(0, sjabloon.indexOf("/{", van));
        String veld = sjabloon.contains("{naam}") ? "gebruikersnaam" : "id";
        String[] bron = BRONNEN.get(voor);
        if (bron != null) {
            voor = bron[0];
            veld = bron[1];
        }
        String lijst = (gemeente == null ? voor : voor.replace("{gemeente}", gemeente)) + "?pageSize=100";
        String sleutel = als + " " + lijst + " " + veld;
        if (idCache.containsKey(sleutel)) {
            return idCache.get(sleutel);
        }
        List<String> l = new ArrayList<>();
        Api.Antwoord r = platform.api().als(als).get(lijst);
        Account a = accounts.get(als);
        if (r.status() == 400 && a != null) {
            for (String tafel : a.tafels()) {
                voegToe(platform.api().als(als).get(lijst + "&tafel=" + tafel), veld, l);
            }
        } else {
            voegToe(r, veld, l);
        }
        idCache.put(sleutel, l);
        return l;
    }

    private static void voegToe(Api.Antwoord r, String veld, List<String> l) {
        if (r.status() != 200) {
            return;
        }
        for (JsonNode x : r.json().path("results")) {
            if (x.hasNonNull(veld) && !l.contains(x.path(veld).asText())) {
                l.add(x.path(veld).asText());
            }
        }
    }

    static void controleer(String cel, Api.Antwoord r, Uitkomst u, List<String> fouten) {
        boolean goed = switch (u) {
            case GEEN_TOEGANG -> r.status() == 403 && probleem(r);
            case NIET_GEVONDEN -> r.status() == 404 && probleem(r);
            // allowed: whatever the answer, it is not "who are you", "not you" or "does not exist for you"
            case MAG -> r.status() != 401 && r.status() != 403
                    && !(r.status() == 404 && r.body().contains("niet gevonden"));
        };
        if (!goed) {
            fouten.add(cel + ": verwacht " + u + ", kreeg " + r.status() + " "
                    + r.body().substring(0, Math.min(200, r.body().length())));
        }
    }

    private static boolean probleem(Api.Antwoord r) {
        return r.contentType() != null && r.contentType().startsWith("application/problem+json");
    }
}
