package nl.doorbraak.plugin.rodeknop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.plugin.rodeknop.Zaak.Regel;

/**
 * Signalen en rode-knopzaken die op dezelfde regel stuiten, over gemeenten heen: de bouwsteen van de agenda van de
 * Bestuurstafel. Wat naar buiten gaat ({@link #naarJson}) is geanonimiseerd: de regel, thema's, organisaties en
 * aantallen per gemeente; nooit casus-ids, pseudoniemen of teksten uit een casus of een signaal-omschrijving. De
 * casus-ids in {@link Telling} dienen alleen om een casus die zowel een signaal als een zaak heeft één keer te tellen.
 *
 * @param sleutel     de genormaliseerde regel ({@link #sleutel(String)})
 * @param regel       de regel zoals hij het vaakst geschreven is
 * @param themas      de thema's van de zaken die hun thema delen
 * @param organisaties de organisaties die op de signalen moeten antwoorden
 * @param perGemeente op gemeente-id
 */
record Regelgroep(String sleutel, String regel, Set<String> themas, Set<String> organisaties,
        Map<String, Telling> perGemeente) {

    /** Wat in één gemeente op deze regel stuit. */
    static final class Telling {
        int signalen;
        /** Som van het gewicht (gekoppelde casussen) van de signalen. */
        int gewicht;
        int zaken;
        /** Alleen om dubbel tellen te voorkomen; gaat nooit naar buiten. */
        private final Set<String> casusIds = new TreeSet<>();
        /** Casussen zonder id (een zaak waarvan de casus is gewist): elk apart. */
        private int zonderId;

        int casussen() {
            return casusIds.size() + zonderId;
        }

        private void casus(String id) {
            if (id == null) {
                zonderId++;
            } else {
                casusIds.add(id);
            }
        }
    }

    /** De regel als groepeersleutel: kleine letters, zonder witruimte aan de randen, witruimte binnenin als één spatie. */
    static String sleutel(String regel) {
        if (regel == null) {
            return null;
        }
        String s = regel.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }

    /**
     * De regel van een zaak als tekst, in de vorm van een signaal: {@code Kostendelersnorm (Participatiewet art. 22a)};
     * zo vallen een zaak en een signaal over dezelfde regel samen.
     */
    static String tekst(Regel r) {
        if (r == null || r.omschrijving() == null || r.omschrijving().isBlank()) {
            return null;
        }
        String wet = r.wet() == null || r.wet().isBlank() ? null : r.wet().strip();
        String artikel = r.artikel() == null || r.artikel().isBlank() ? null
                : r.artikel().strip().replaceFirst("(?i)^(artikel|art\\.?)\\s*", "");
        if (artikel != null && artikel.isEmpty()) {
            artikel = null;
        }
        String bron = wet == null ? (artikel == null ? null : "art. " + artikel)
                : (artikel == null ? wet : wet + " art. " + artikel);
        return r.omschrijving().strip() + (bron == null ? "" : " (" + bron + ")");
    }

    int gemeenten() {
        return perGemeente.size();
    }

    int signalen() {
        return perGemeente.values().stream().mapToInt(t -> t.signalen).sum();
    }

    int gewicht() {
        return perGemeente.values().stream().mapToInt(t -> t.gewicht).sum();
    }

    int zaken() {
        return perGemeente.values().stream().mapToInt(t -> t.zaken).sum();
    }

    int casussen() {
        return perGemeente.values().stream().mapToInt(Telling::casussen).sum();
    }

    /** Of de groep op de agenda hoort: in twee of meer gemeenten, of in ten minste {@code drempel} casussen. */
    boolean voorstel(int drempel) {
        return gemeenten() >= 2 || casussen() >= drempel;
    }

    /** Geanonimiseerd: regel, thema's, organisaties en aantallen per gemeente. */
    Map<String, Object> naarJson(Function<String, String> gemeenteNaam) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sleutel", sleutel);
        m.put("regel", regel);
        m.put("themas", List.copyOf(themas));
        m.put("organisaties", List.copyOf(organisaties));
        m.put("gemeenten", gemeenten());
        m.put("signalen", signalen());
        m.put("gewicht", gewicht());
        m.put("zaken", zaken());
        m.put("casussen", casussen());
        m.put("perGemeente", perGemeente(gemeenteNaam));
        return m;
    }

    List<Map<String, Object>> perGemeente(Function<String, String> gemeenteNaam) {
        List<Map<String, Object>> l = new ArrayList<>();
        perGemeente.forEach((g, t) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gemeente", g);
            m.put("naam", gemeenteNaam.apply(g));
            m.put("signalen", t.signalen);
            m.put("gewicht", t.gewicht);
            m.put("zaken", t.zaken);
            m.put("casussen", t.casussen());
            l.add(m);
        });
        return l;
    }

    /** Een lege groep, voor een agendapunt waarvan de regel (nog) nergens knelt. */
    static Regelgroep leeg(String sleutel, String regel) {
        return new Regelgroep(sleutel, regel, Set.of(), Set.of(), Map.of());
    }

    /** Meest voorkomend eerst: in meer gemeenten, dan in meer casussen, dan op regel. */
    static final Comparator<Regelgroep> BELANGRIJKST = Comparator.comparingInt(Regelgroep::gemeenten).reversed()
            .thenComparing(Comparator.comparingInt(Regelgroep::casussen).reversed())
            .thenComparing(Regelgroep::sleutel);

    /**
     * Groepeert signalen en zaken op hun regel. Opgeloste signalen tellen niet mee: daar knelt de regel niet meer (de
     * organisatie heeft geantwoord); zaken tellen altijd mee, ook met een doorbraak, want die is een uitzondering voor
     * één casus en laat de regel zelf staan.
     *
     * @return op sleutel
     */
    static Map<String, Regelgroep> groepeer(List<Signaal> signalen, List<Zaak> zaken) {
        Map<String, Bouw> bouw = new TreeMap<>();
        for (Signaal s : signalen) {
            String sleutel = sleutel(s.regel());
            if (sleutel == null || s.status() == SignaalStatus.OPGELOST || s.gemeente() == null) {
                continue;
            }
            Bouw b = bouw.computeIfAbsent(sleutel, k -> new Bouw());
            b.tekst(s.regel().strip().replaceAll("\\s+", " "));
            if (s.organisatie() != null && !s.organisatie().isBlank()) {
                b.organisaties.add(s.organisatie().strip());
            }
            Telling t = b.perGemeente.computeIfAbsent(s.gemeente(), g -> new Telling());
            t.signalen++;
            t.gewicht += s.gewicht();
            for (GekoppeldeCasus c : s.casussen()) {
                t.casus(c.casusId());
            }
        }
        for (Zaak z : zaken) {
            String tekst = tekst(z.regel());
            String sleutel = sleutel(tekst);
            if (sleutel == null || z.gemeente() == null) {
                continue;
            }
            Bouw b = bouw.computeIfAbsent(sleutel, k -> new Bouw());
            b.tekst(tekst.replaceAll("\\s+", " "));
            if (z.thema() != null && z.gedeeld("thema")) {
                b.themas.add(z.thema());
            }
            Telling t = b.perGemeente.computeIfAbsent(z.gemeente(), g -> new Telling());
            t.zaken++;
            t.casus(z.casusId());
        }
        Map<String, Regelgroep> uit = new LinkedHashMap<>();
        bouw.forEach((k, b) -> uit.put(k, new Regelgroep(k, b.regel(), b.themas, b.organisaties,
                new TreeMap<>(b.perGemeente))));
        return uit;
    }

    private static final class Bouw {
        final Map<String, Integer> teksten = new HashMap<>();
        final Set<String> themas = new TreeSet<>();
        final Set<String> organisaties = new TreeSet<>();
        final Map<String, Telling> perGemeente = new TreeMap<>();

        void tekst(String t) {
            teksten.merge(t, 1, Integer::sum);
        }

        String regel() {
            return teksten.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
