package nl.doorbraak.web.json;

import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Rol;

/**
 * Een JSON-achtige waarde van buiten de api-records: {@link Casus#variantData()}, de inhoud van een
 * {@link Document}, het antwoord van een plug-in. Die kan klassen van een plug-in bevatten, dus gaat ze nooit
 * langs de typecache van de mapper: deze walker schrijft Map, List, String, Number, Boolean en null zelf, en geeft
 * alleen de (finale) api-records die plug-ins rechtstreeks teruggeven door aan de mapper.
 *
 * @param waarde de waarde; als wortel van {@link Json#schrijf(Object)}
 */
public record JsonWaarde(Object waarde) {

    /** Wat een plug-in teruggeeft mag niet eindeloos diep zijn (een kringverwijzing zou anders de stack opblazen). */
    static final int MAX_DIEPTE = 64;

    /** Attribuut van de serialisatie: de diepte waarop een {@link Document} staat, voor zijn inhoud. */
    private static final String DIEPTE = "nl.doorbraak.web.JsonWaarde.diepte";

    /** Een waarde die geen JSON is, bijvoorbeeld een eigen klasse van een plug-in. */
    public static final class GeenJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GeenJsonException(String boodschap) {
            super(boodschap, null, false, false);
        }
    }

    /** De wortel: een {@link JsonWaarde} op diepte 0. */
    static final class Wortel extends StdSerializer<JsonWaarde> {
        private static final long serialVersionUID = 1L;

        Wortel() {
            super(JsonWaarde.class);
        }

        @Override
        public void serialize(JsonWaarde w, JsonGenerator g, SerializerProvider p) throws IOException {
            schrijf(g, w.waarde(), 0, p);
        }
    }

    /** Een veld met een JSON-achtige waarde die opnieuw op diepte 0 begint ({@code variantData}, audit-waarden). */
    static final class Veld extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Veld() {
            super(Object.class);
        }

        @Override
        public void serialize(Object v, JsonGenerator g, SerializerProvider p) throws IOException {
            schrijf(g, v, 0, p);
        }
    }

    /** De inhoud van een {@link Document}: één dieper dan het document zelf. */
    static final class Inhoud extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        Inhoud() {
            super(Object.class);
        }

        @Override
        public void serialize(Object v, JsonGenerator g, SerializerProvider p) throws IOException {
            Object d = p.getAttribute(DIEPTE);
            schrijf(g, v, (d instanceof Integer i ? i : 0) + 1, p);
        }
    }

    /**
     * Schrijft een JSON-achtige waarde (Map, List, String, Number, Boolean, null) en de api-records die plug-ins
     * rechtstreeks teruggeven (bijvoorbeeld {@link Document}).
     *
     * @throws GeenJsonException bij een waarde die geen JSON is, bijvoorbeeld een eigen klasse van een plug-in
     */
    static void schrijf(JsonGenerator g, Object v, int diepte, SerializerProvider p) throws IOException {
        if (diepte > MAX_DIEPTE) {
            throw new GeenJsonException("de waarde is dieper genest dan " + MAX_DIEPTE + " niveaus");
        }
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                g.writeNull(); // geen geldig JSON-getal
            } else {
                g.writeNumber(d);
            }
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                schrijf(g, e.getValue(), diepte + 1, p);
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object o : it) {
                schrijf(g, o, diepte + 1, p);
            }
            g.writeEndArray();
        } else if (v instanceof CharSequence cs) {
            g.writeString(cs.toString());
        } else if (v instanceof Optional<?> o) {
            schrijf(g, o.orElse(null), diepte, p);
        } else if (v.getClass().isArray()) {
            g.writeStartArray();
            int n = Array.getLength(v);
            for (int i = 0; i < n; i++) {
                schrijf(g, Array.get(v, i), diepte + 1, p);
            }
            g.writeEndArray();
        } else if (v instanceof CasusStatus s) {
            g.writeString(s.code());
        } else if (v instanceof Rol r) {
            g.writeString(r.code());
        } else if (v instanceof Enum<?> e) {
            // every other enum by its name, EscalatieStatus too (as before; inside a record it is its code)
            g.writeString(e.name());
        } else if (v instanceof TemporalAccessor || v instanceof UUID || v instanceof java.net.URI) {
            g.writeString(v.toString());
        } else if (v instanceof Signaal s) {
            // from a plug-in route we do not know who may see which casus: ids only, no titles
            record(g, zonderTitels(s), diepte, p);
        } else if (v instanceof VariantInfo vi) {
            record(g, VariantAntwoord.van(vi, null), diepte, p);
        } else if (v instanceof Pagina<?> pagina) {
            g.writeStartObject();
            g.writeNumberField("count", pagina.count());
            g.writeNumberField("page", pagina.page());
            g.writeNumberField("pageSize", pagina.pageSize());
            g.writeFieldName("results");
            schrijf(g, pagina.results(), diepte + 1, p);
            g.writeEndObject();
        } else if (v instanceof Document || v instanceof Casus || v instanceof Tafel || v instanceof Contact
                || v instanceof ContactGroep || v instanceof Gemeente || v instanceof Deelnemer
                || v instanceof Inwoner || v instanceof StatusWijziging || v instanceof Escalatie
                || v instanceof Escalatieniveau || v instanceof EscalatieWijziging || v instanceof VeldFout) {
            // final api records: their class comes from the api bundle, never from a plug-in
            record(g, v, diepte, p);
        } else {
            throw new GeenJsonException("een waarde van klasse " + v.getClass().getName() + " is geen JSON");
        }
    }

    private static void record(JsonGenerator g, Object v, int diepte, SerializerProvider p) throws IOException {
        p.setAttribute(DIEPTE, diepte);
        p.findValueSerializer(v.getClass()).serialize(v, g, p);
    }

    private static Signaal zonderTitels(Signaal s) {
        return new Signaal(s.id(), s.gemeente(), s.regel(), s.organisatie(), s.omschrijving(), s.status(),
                s.antwoord(), s.historie(), s.casussen().stream().map(k -> new GekoppeldeCasus(k.casusId(), null,
                        k.tafelId(), k.gekoppeldDoor(), k.gekoppeldOp())).toList(), s.versie(), s.aangemaakt(),
                s.gewijzigd());
    }
}
