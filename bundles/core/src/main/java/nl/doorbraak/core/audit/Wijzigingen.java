package nl.doorbraak.core.audit;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.doorbraak.api.domein.AuditRegel.Veldwijziging;

/** Builds the field list of an audit line: old and new values as plain JSON-like values. */
public final class Wijzigingen {

    private final List<Veldwijziging> lijst = new ArrayList<>();

    /** Adds the field if its value changed. */
    public Wijzigingen veld(String veld, Object oud, Object nieuw) {
        Object o = waarde(oud);
        Object n = waarde(nieuw);
        if (!Objects.equals(o, n)) {
            lijst.add(new Veldwijziging(veld, o, n));
        }
        return this;
    }

    /** A new object: every field that has a value, with {@code oud} empty. */
    public Wijzigingen nieuw(String veld, Object waarde) {
        return veld(veld, null, waarde);
    }

    /** Per key of two maps (for variant data), as {@code prefix.key}. */
    public Wijzigingen map(String prefix, Map<String, ?> oud, Map<String, ?> nieuw) {
        Map<String, Object> sleutels = new LinkedHashMap<>();
        if (oud != null) {
            oud.keySet().forEach(k -> sleutels.put(k, null));
        }
        if (nieuw != null) {
            nieuw.keySet().forEach(k -> sleutels.put(k, null));
        }
        for (String k : sleutels.keySet()) {
            veld(prefix + "." + k, oud == null ? null : oud.get(k), nieuw == null ? null : nieuw.get(k));
        }
        return this;
    }

    public List<Veldwijziging> lijst() {
        return List.copyOf(lijst);
    }

    /** Amounts as plain numbers, dates as ISO text, collections as lists; callers pass enum codes. */
    static Object waarde(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            return v;
        }
        if (v instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number n) {
            return n.toString();
        }
        if (v instanceof TemporalAccessor t) {
            return t.toString();
        }
        if (v instanceof Collection<?> c) {
            List<Object> l = new ArrayList<>();
            c.forEach(x -> l.add(waarde(x)));
            return l;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> kopie = new LinkedHashMap<>();
            m.forEach((k, x) -> kopie.put(String.valueOf(k), waarde(x)));
            return kopie;
        }
        return v.toString();
    }
}
