package nl.doorbraak.core.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON text for stored data. Each component owns one instance (one {@link ObjectMapper} per component, never shared
 * across bundles), and only plain JDK values ever reach the mapper: {@link #normaliseer} copies plug-in data into
 * Map/List/String/Number/Boolean first, so the mapper's type cache never pins a plug-in's classes.
 */
public final class Json {

    /** Deeper nesting than this is refused (and stops cycles). */
    private static final int MAX_DIEPTE = 32;
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private static final TypeReference<ArrayList<Object>> LIJST = new TypeReference<>() {
    };

    private final ObjectMapper mapper = new ObjectMapper();

    public String schrijf(Map<String, Object> normaleWaarden) {
        try {
            return mapper.writeValueAsString(normaleWaarden);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Niet als JSON te schrijven: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A generator for JSON lines in UTF-8 into {@code uit}, without a separator between top-level values: the caller
     * writes its own line ends. For hot paths that write a fixed shape of plain values.
     */
    public JsonGenerator regels(OutputStream uit) throws IOException {
        JsonGenerator g = mapper.getFactory().createGenerator(uit, JsonEncoding.UTF8);
        g.setRootValueSeparator(null);
        return g;
    }

    public String schrijfLijst(List<Object> normaleWaarden) {
        try {
            return mapper.writeValueAsString(normaleWaarden);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Niet als JSON te schrijven: " + e.getOriginalMessage(), e);
        }
    }

    public List<Object> leesLijst(String tekst) {
        try {
            return mapper.readValue(tekst, LIJST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen JSON is onleesbaar: " + e.getOriginalMessage(), e);
        }
    }

    public Map<String, Object> leesObject(String tekst) {
        try {
            return mapper.readValue(tekst, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen JSON is onleesbaar: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A deep copy of JSON-like data in plain JDK types.
     *
     * @throws IllegalArgumentException (Dutch message) for values JSON cannot hold, e.g. a plug-in's own class
     */
    public static Map<String, Object> normaliseer(Map<?, ?> data) {
        return normaliseerObject(data, 0);
    }

    private static Map<String, Object> normaliseerObject(Map<?, ?> data, int diepte) {
        Map<String, Object> kopie = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : data.entrySet()) {
            if (!(e.getKey() instanceof String sleutel)) {
                throw new IllegalArgumentException("Een JSON-object heeft alleen tekst als sleutel, niet " + e.getKey());
            }
            kopie.put(sleutel, waarde(e.getValue(), diepte + 1));
        }
        return kopie;
    }

    private static Object waarde(Object o, int diepte) {
        if (diepte > MAX_DIEPTE) {
            throw new IllegalArgumentException("De gegevens zijn dieper genest dan " + MAX_DIEPTE + " niveaus.");
        }
        if (o == null || o instanceof String || o instanceof Boolean || o instanceof Integer || o instanceof Long
                || o instanceof BigInteger || o instanceof BigDecimal) {
            return o;
        }
        if (o instanceof Double || o instanceof Float) {
            double d = ((Number) o).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON kent geen getal " + d + ".");
            }
            return d;
        }
        if (o instanceof Short || o instanceof Byte) {
            return ((Number) o).intValue();
        }
        if (o instanceof Number n) {
            // a Number subclass from elsewhere: keep the value, drop the class
            return new BigDecimal(n.toString());
        }
        if (o instanceof Map<?, ?> m) {
            return normaliseerObject(m, diepte);
        }
        if (o instanceof Collection<?> c) {
            List<Object> lijst = new ArrayList<>(c.size());
            for (Object x : c) {
                lijst.add(waarde(x, diepte + 1));
            }
            return lijst;
        }
        if (o instanceof Object[] a) {
            return waarde(java.util.Arrays.asList(a), diepte);
        }
        throw new IllegalArgumentException("Een waarde van het type " + o.getClass().getSimpleName()
                + " past niet in JSON; gebruik tekst, getal, ja/nee, lijst of object.");
    }
}
