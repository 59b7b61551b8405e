package nl.doorbraak.web.http;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.web.json.Json;

/**
 * Leest velden uit een JSON-object en verzamelt alle fouten tegelijk, zodat de gebruiker ze in één antwoord ziet
 * ({@code invalidParams}). Codes: {@code verplicht}, {@code onbekend}, {@code type}, {@code ongeldig},
 * {@code alleenLezen}, {@code tekens}.
 */
public final class Invoer {

    /**
     * Velden die meerdere regels mogen hebben ({@code \n}, {@code \r\n} en {@code \t}); elk ander tekstveld is één
     * regel. Stuurtekens, escapes en losse surrogaten weigert {@link Json#controleer} al in elk veld.
     */
    static final Set<String> MEERDERE_REGELS = Set.of("hulpvraag", "notitie", "doel", "omschrijving", "toelichting",
            "reden", "antwoord", "legitimiteit", "rendement", "betrokkenheid", "mandaat");

    private final ObjectNode object;
    private final String prefix;
    private final List<VeldFout> fouten;

    public Invoer(ObjectNode object) {
        this(object, "", new ArrayList<>());
    }

    private Invoer(ObjectNode object, String prefix, List<VeldFout> fouten) {
        this.object = object;
        this.prefix = prefix;
        this.fouten = fouten;
    }

    String naam(String veld) {
        return prefix + veld;
    }

    public void fout(String veld, String code, String reden) {
        fouten.add(new VeldFout(naam(veld), code, reden));
    }

    /** Meldt elk veld dat niet in {@code toegestaan} staat (en niet in {@code genegeerd}) als onbekend. */
    public void alleen(Set<String> toegestaan, Set<String> genegeerd) {
        Iterator<String> namen = object.fieldNames();
        while (namen.hasNext()) {
            String n = namen.next();
            if (!toegestaan.contains(n) && !genegeerd.contains(n)) {
                fout(n, "onbekend", "Onbekend veld; toegestaan zijn: " + String.join(", ", toegestaan) + ".");
            }
        }
    }

    public boolean aanwezig(String veld) {
        return object.has(veld);
    }

    /** Aanwezig met de waarde {@code null}. */
    public boolean expliciet(String veld) {
        JsonNode n = object.get(veld);
        return n != null && n.isNull();
    }

    /**
     * @return de tekst, of {@code null} als het veld ontbreekt of {@code null} is (dan een fout als het verplicht is)
     */
    public String tekst(String veld, boolean verplicht) {
        JsonNode n = object.get(veld);
        if (n == null || n.isNull()) {
            if (verplicht) {
                fout(veld, "verplicht", "Dit veld is verplicht.");
            }
            return null;
        }
        if (!n.isTextual()) {
            fout(veld, "type", "Moet tekst zijn, niet " + Json.soort(n) + ".");
            return null;
        }
        if (verplicht && n.textValue().isBlank()) {
            fout(veld, "verplicht", "Dit veld mag niet leeg zijn.");
            return null;
        }
        String waarom = Tekst.probleem(n.textValue(),
                MEERDERE_REGELS.contains(veld) ? Tekst.Soort.MEERDERE_REGELS : Tekst.Soort.EEN_REGEL);
        if (waarom != null) {
            fout(veld, "tekens", waarom);
            return null;
        }
        return n.textValue();
    }

    /** @return {@code standaard} als het veld ontbreekt of {@code null} is */
    public boolean waarheid(String veld, boolean standaard) {
        JsonNode n = object.get(veld);
        if (n == null || n.isNull()) {
            return standaard;
        }
        if (!n.isBoolean()) {
            fout(veld, "type", "Moet true of false zijn, niet " + Json.soort(n) + ".");
            return standaard;
        }
        return n.booleanValue();
    }

    public BigDecimal bedrag(String veld) {
        JsonNode n = object.get(veld);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber()) {
            fout(veld, "type", "Moet een getal zijn, niet " + Json.soort(n) + ".");
            return null;
        }
        return n.decimalValue();
    }

    /** Een datum als {@code JJJJ-MM-DD}; {@code null} als het veld ontbreekt of {@code null} is. */
    public java.time.LocalDate datum(String veld, boolean verplicht) {
        String t = tekst(veld, verplicht);
        if (t == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(t.strip());
        } catch (java.time.format.DateTimeParseException e) {
            fout(veld, "type", "Moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld 2026-12-01; '" + t + "' is dat niet.");
            return null;
        }
    }

    /** @return de lijst, of {@code null} als het veld ontbreekt of {@code null} is */
    public List<String> tekstLijst(String veld) {
        JsonNode n = object.get(veld);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            fout(veld, "type", "Moet een lijst van teksten zijn, niet " + Json.soort(n) + ".");
            return null;
        }
        List<String> lijst = new ArrayList<>(n.size());
        int i = 0;
        for (JsonNode e : n) {
            String waarom = e.isTextual() ? Tekst.probleem(e.textValue(), Tekst.Soort.EEN_REGEL) : null;
            if (!e.isTextual()) {
                fout(veld + "." + i, "type", "Moet tekst zijn, niet " + Json.soort(e) + ".");
            } else if (waarom != null) {
                fout(veld + "." + i, "tekens", waarom);
            } else {
                lijst.add(e.textValue());
            }
            i++;
        }
        return lijst;
    }

    /** @return het object als JSON-achtige Map, of {@code null} als het ontbreekt of {@code null} is */
    public Map<String, Object> map(String veld) {
        JsonNode n = object.get(veld);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            fout(veld, "type", "Moet een object zijn, niet " + Json.soort(n) + ".");
            return null;
        }
        return Json.naarMap((ObjectNode) n);
    }

    /** Een genest object, met dezelfde foutenlijst; {@code null} als het ontbreekt, {@code null} is of geen object. */
    public Invoer genest(String veld, boolean verplicht) {
        JsonNode n = object.get(veld);
        if (n == null || n.isNull()) {
            if (verplicht) {
                fout(veld, "verplicht", "Dit veld is verplicht.");
            }
            return null;
        }
        if (!n.isObject()) {
            fout(veld, "type", "Moet een object zijn, niet " + Json.soort(n) + ".");
            return null;
        }
        return new Invoer((ObjectNode) n, naam(veld) + ".", fouten);
    }

    /** De elementen van een lijst van objecten, elk met een eigen prefix; {@code null} als het veld ontbreekt. */
    public List<Invoer> objectLijst(String veld) {
        JsonNode n = object.get(veld);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            fout(veld, "type", "Moet een lijst van objecten zijn, niet " + Json.soort(n) + ".");
            return null;
        }
        List<Invoer> lijst = new ArrayList<>(n.size());
        int i = 0;
        for (JsonNode e : n) {
            if (!e.isObject()) {
                fout(veld + "." + i, "type", "Moet een object zijn, niet " + Json.soort(e) + ".");
            } else {
                // the same field names as the core's checks: deelnemers.0.naam
                lijst.add(new Invoer((ObjectNode) e, naam(veld) + "." + i + ".", fouten));
            }
            i++;
        }
        return lijst;
    }

    /** Als het veld een niet-lege lijst van alleen objecten is: die objecten; anders {@code null} (geen fout). */
    public List<Invoer> objectLijstOfNull(String veld) {
        JsonNode n = object.get(veld);
        if (n == null || !n.isArray() || n.isEmpty()) {
            return null;
        }
        for (JsonNode e : n) {
            if (!e.isObject()) {
                return null;
            }
        }
        return objectLijst(veld);
    }

    /** Een tekstveld dat alleen mag meekomen als het gelijk is aan de huidige waarde (rondje GET → PUT). */
    public void alleenLezen(String veld, String huidig) {
        JsonNode n = object.get(veld);
        if (n != null && !(n.isTextual() && n.textValue().equals(huidig))) {
            fout(veld, "alleenLezen", "Dit veld kan hier niet worden gewijzigd.");
        }
    }

    /**
     * Voor invoer die geen JSON is (een formulier): verplichte velden, als paren naam-waarde, elk één regel zonder
     * stuurtekens.
     */
    public static void verplicht(String waarde1, String naam1, String waarde2, String naam2) {
        List<VeldFout> fouten = new ArrayList<>();
        if (waarde1 == null || waarde1.isBlank()) {
            fouten.add(new VeldFout(naam1, "verplicht", "Dit veld is verplicht."));
        }
        if (waarde2 == null || waarde2.isEmpty()) {
            fouten.add(new VeldFout(naam2, "verplicht", "Dit veld is verplicht."));
        }
        // a form is not JSON, so Json.controleer never saw it: the same rule here (one line each)
        for (String[] v : new String[][] { { waarde1, naam1 }, { waarde2, naam2 } }) {
            String waarom = Tekst.probleem(v[0], Tekst.Soort.EEN_REGEL);
            if (waarom != null) {
                fouten.add(new VeldFout(v[1], "tekens", waarom));
            }
        }
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig("Niet alle verplichte velden zijn ingevuld.", fouten);
        }
    }

    /** Gooit 400 met alle verzamelde fouten. */
    public void klaar() {
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig(fouten.size() == 1 ? "Eén veld klopt niet: " + fouten.get(0).naam() + "."
                    : fouten.size() + " velden kloppen niet.", fouten);
        }
    }
}
