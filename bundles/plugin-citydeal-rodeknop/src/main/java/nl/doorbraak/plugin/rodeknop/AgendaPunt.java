package nl.doorbraak.plugin.rodeknop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Een punt op de agenda van de Bestuurstafel in Den Haag: een regel die over gemeenten heen knelt, met een trekker,
 * een status en, als het is afgerond, de uitkomst. Platformbreed bewaard ({@link RodeKnopOnderdeel#LANDELIJK},
 * collectie {@value #COLLECTIE}); het bevat niets over een casus, alleen de regel: de aantallen per gemeente worden
 * bij elke vraag opnieuw geteld ({@link Regelgroep}).
 *
 * @param sleutel  de genormaliseerde regel ({@link Regelgroep#sleutel}), waarmee de live aantallen worden gevonden
 * @param regel    de regel zoals de indiener hem schreef
 * @param trekker  wie het punt trekt: een Rijkspartij of een gemeente
 * @param partij   de Rijkspartij van de indiener
 * @param historie de statussen, oudste eerst
 */
record AgendaPunt(String id, String sleutel, String regel, String titel, Trekker trekker, String toelichting,
        Status status, String uitkomst, Instant aangemaakt, String door, String partij, List<Stap> historie,
        long versie) {

    static final String COLLECTIE = "agenda";
    static final int SCHEMA = 1;

    AgendaPunt {
        historie = List.copyOf(historie);
    }

    /** De trekker: {@code soort} is {@code partij} of {@code gemeente}. */
    record Trekker(String soort, String id) {
    }

    record Stap(Status status, Instant op, String door) {
    }

    enum Status implements Gecodeerd {
        VOORGESTELD("voorgesteld"),
        GEAGENDEERD("geagendeerd"),
        IN_BEHANDELING("in-behandeling"),
        /** Met de uitkomst: wet aangepast, omwisselbesluit, of geen wijziging met de reden. */
        AFGEROND("afgerond");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Status> van(String code) {
            return Gecodeerd.van(Status.class, code);
        }

        static String codes() {
            return Gecodeerd.codes(Status.class);
        }
    }

    AgendaPunt naar(Status s, String uitkomst, Instant op, String door) {
        List<Stap> h = new ArrayList<>(historie);
        h.add(new Stap(s, op, door));
        return new AgendaPunt(id, sleutel, regel, titel, trekker, toelichting, s, uitkomst, aangemaakt, this.door,
                partij, h, versie);
    }

    Map<String, Object> naarOpslag() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("sleutel", sleutel);
        m.put("regel", regel);
        m.put("titel", titel);
        m.put("trekker", Map.of("soort", trekker.soort(), "id", trekker.id()));
        m.put("toelichting", toelichting);
        m.put("status", status.code());
        m.put("uitkomst", uitkomst);
        m.put("aangemaakt", aangemaakt.toString());
        m.put("door", door);
        m.put("partij", partij);
        m.put("historie", historie.stream().map(s -> {
            Map<String, Object> st = new LinkedHashMap<>();
            st.put("status", s.status().code());
            st.put("op", s.op().toString());
            st.put("door", s.door());
            return st;
        }).toList());
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    static AgendaPunt vanOpslag(Map<String, Object> m, long versie) {
        Map<String, Object> t = Waarden.object(m, "trekker");
        List<Stap> h = new ArrayList<>();
        if (m.get("historie") instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> st) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> s = (Map<String, Object>) st;
                    h.add(new Stap(Status.van(Waarden.tekst(s, "status")).orElse(Status.VOORGESTELD),
                            Waarden.tijd(s, "op"), Waarden.tekst(s, "door")));
                }
            }
        }
        return new AgendaPunt(Waarden.tekst(m, "id"), Waarden.tekst(m, "sleutel"), Waarden.tekst(m, "regel"),
                Waarden.tekst(m, "titel"), new Trekker(Waarden.tekst(t, "soort"), Waarden.tekst(t, "id")),
                Waarden.tekst(m, "toelichting"), Status.van(Waarden.tekst(m, "status")).orElse(Status.VOORGESTELD),
                Waarden.tekst(m, "uitkomst"), Waarden.tijd(m, "aangemaakt"), Waarden.tekst(m, "door"),
                Waarden.tekst(m, "partij"), h, versie);
    }
}
