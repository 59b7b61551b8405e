package nl.doorbraak.plugin.rodeknop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Lezen uit de JSON-achtige waarden van {@code VariantOpslag}: een ontbrekende of andere waarde is {@code null}. */
final class Waarden {

    private Waarden() {
    }

    static String tekst(Map<String, Object> m, String naam) {
        return m != null && m.get(naam) instanceof String s ? s : null;
    }

    static List<String> lijst(Map<String, Object> m, String naam) {
        if (m == null || !(m.get(naam) instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }

    static Instant tijd(Map<String, Object> m, String naam) {
        String s = tekst(m, naam);
        return s == null ? null : Instant.parse(s);
    }

    static LocalDate datum(Map<String, Object> m, String naam) {
        String s = tekst(m, naam);
        return s == null ? null : LocalDate.parse(s);
    }

    static Boolean janee(Map<String, Object> m, String naam) {
        return m != null && m.get(naam) instanceof Boolean b ? b : null;
    }

    static Number getal(Map<String, Object> m, String naam) {
        return m != null && m.get(naam) instanceof Number n ? n : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Map<String, Object> m, String naam) {
        return m != null && m.get(naam) instanceof Map<?, ?> o ? (Map<String, Object>) o : null;
    }

    static String tekst(Object o) {
        return o == null ? null : o.toString();
    }
}
