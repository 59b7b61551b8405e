package nl.doorbraak.web.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.json.Json;

/**
 * The component schemas of the answers are derived from what the mapper writes: for every type in
 * {@link Antwoordschemas}, an instance with every field filled is written by the component's mapper and must be
 * exactly what its schema says: no property the schema does not show, every property it shows, every required one, of
 * the type it says, {@code null} only where it says {@code nullable}. A field added to a record, or a mix-in that
 * renames or leaves one out, shows up in the schema by itself; a schema that does not follow would fail here.
 */
class SchemasTest {

    private final ObjectMapper mapper = new Json().mapper();

    @Test
    void elkAntwoordtypeSchrijftPreciesWatZijnSchemaZegt() throws Exception {
        Schemas tabel = Antwoordschemas.tabel(mapper);
        ObjectNode schemas = mapper.createObjectNode();
        tabel.schrijf(schemas);
        assertThat(tabel.typen()).hasSizeGreaterThan(50);
        for (Map.Entry<String, Class<?>> e : tabel.typen().entrySet()) {
            Object voorbeeld = voorbeeld(mapper.constructType(e.getValue()), 0);
            if (voorbeeld instanceof Paginering.Lijst || voorbeeld instanceof Paginering.Heel) {
                // a list of anything (List<?>): its results as the schema names them
                String element = schemas.get(e.getKey()).get("properties").get("results").get("items").get("$ref")
                        .asText().substring("#/components/schemas/".length());
                List<Object> results = List.of(voorbeeld(mapper.constructType(tabel.typen().get(element)), 0));
                voorbeeld = voorbeeld instanceof Paginering.Lijst ? new Paginering.Lijst(1, "https://x/1", "https://x/0",
                        results) : new Paginering.Heel(1, results);
            }
            JsonNode geschreven = mapper.readTree(mapper.writeValueAsBytes(voorbeeld));
            List<String> fouten = new ArrayList<>();
            klopt(schemas, schemas.get(e.getKey()), geschreven, e.getKey(), fouten);
            assertThat(fouten).as(e.getKey() + " (" + e.getValue().getName() + ") geschreven als " + geschreven)
                    .isEmpty();
        }
    }

    /** A record as test subject: a field more is a property more, with its type; a mix-in's name counts. */
    record Proef(String tekst, long versie, Instant op, LocalDate dag, BigDecimal bedrag, boolean waar,
            List<CasusStatus> statussen, GekoppeldeCasus casus, Map<String, Integer> perSoort) {
    }

    @Test
    void eenVeldVanHetRecordIsEenEigenschapVanHetSchema() {
        Schemas t = new Schemas(mapper);
        t.afgeleid("Proef", Proef.class).verplicht("tekst").nullable("dag");
        ObjectNode s = mapper.createObjectNode();
        t.schrijf(s);
        JsonNode p = s.get("Proef").get("properties");
        assertThat(p.properties()).extracting(Map.Entry::getKey).containsExactly("tekst", "versie", "op", "dag",
                "bedrag", "waar", "statussen", "casus", "perSoort");
        assertThat(p.get("versie").toString()).isEqualTo("{\"type\":\"integer\",\"format\":\"int64\"}");
        assertThat(p.get("op").toString()).isEqualTo("{\"type\":\"string\",\"format\":\"date-time\"}");
        assertThat(p.get("dag").toString()).isEqualTo("{\"type\":\"string\",\"format\":\"date\",\"nullable\":true}");
        assertThat(p.get("bedrag").toString()).isEqualTo("{\"type\":\"number\"}");
        assertThat(p.get("statussen").get("items").get("enum").toString()).contains("\"in_voorbereiding\"");
        assertThat(p.get("perSoort").toString())
                .isEqualTo("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}");
        // GekoppeldeCasus has no component name here: inline, as its mix-in writes it (id, no tafelId)
        assertThat(p.get("casus").get("properties").properties()).extracting(Map.Entry::getKey)
                .containsExactly("id", "titel", "gekoppeldDoor", "gekoppeldOp");
        assertThat(s.get("Proef").get("required").toString()).isEqualTo("[\"tekst\"]");
    }

    @Test
    void eenRegelVoorEenVeldDatNietWordtGeschrevenFaalt() {
        Schemas t = new Schemas(mapper);
        t.afgeleid("GekoppeldeCasus", GekoppeldeCasus.class).nullable("tafelId");
        assertThatThrownBy(() -> t.schrijf(mapper.createObjectNode())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GekoppeldeCasus").hasMessageContaining("tafelId wordt niet geschreven");
        Schemas v = new Schemas(mapper);
        v.afgeleid("GekoppeldeCasus", GekoppeldeCasus.class).verplicht("casusId");
        assertThatThrownBy(() -> v.schrijf(mapper.createObjectNode())).hasMessageContaining("casusId is verplicht");
    }

    @Test
    void eenWaardeZonderTypeVraagtEenRegel() {
        Schemas t = new Schemas(mapper);
        t.afgeleid("Casus", nl.doorbraak.api.domein.Casus.class);
        assertThatThrownBy(() -> t.schrijf(mapper.createObjectNode())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("variantData");
    }

    // ---- a small validator: what these schemas use ----

    private static void klopt(ObjectNode schemas, JsonNode schema, JsonNode waarde, String pad, List<String> fouten) {
        while (schema.has("$ref") || schema.has("allOf")) {
            boolean nullable = schema.path("nullable").asBoolean();
            JsonNode ref = schema.has("$ref") ? schema : schema.get("allOf").get(0);
            schema = schemas.get(ref.get("$ref").asText().substring("#/components/schemas/".length()));
            if (nullable && waarde.isNull()) {
                return;
            }
        }
        if (waarde.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                fouten.add(pad + " is null maar niet nullable");
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean goed = switch (type) {
            case "" -> true;
            case "string" -> waarde.isTextual();
            case "integer" -> waarde.isIntegralNumber();
            case "number" -> waarde.isNumber();
            case "boolean" -> waarde.isBoolean();
            case "array" -> waarde.isArray();
            case "object" -> waarde.isObject();
            default -> false;
        };
        if (!goed) {
            fouten.add(pad + " is geen " + type + ": " + waarde);
            return;
        }
        if (waarde.isArray()) {
            int i = 0;
            for (JsonNode e : waarde) {
                klopt(schemas, schema.get("items"), e, pad + "." + i++, fouten);
            }
        }
        if (!waarde.isObject()) {
            return;
        }
        JsonNode props = schema.get("properties");
        for (JsonNode v : schema.path("required")) {
            if (!waarde.has(v.asText())) {
                fouten.add(pad + "." + v.asText() + " is verplicht maar niet geschreven");
            }
        }
        if (props != null) {
            for (Iterator<String> it = props.fieldNames(); it.hasNext();) {
                String n = it.next();
                if (!waarde.has(n)) {
                    fouten.add(pad + "." + n + " staat in het schema maar wordt niet geschreven");
                }
            }
        }
        for (Map.Entry<String, JsonNode> e : waarde.properties()) {
            JsonNode sub = props == null ? null : props.get(e.getKey());
            JsonNode meer = schema.get("additionalProperties");
            if (sub == null && meer != null && meer.isBoolean() && meer.booleanValue()) {
                continue; // any JSON value (variantData)
            }
            if (sub == null && meer != null && meer.isObject()) {
                sub = meer;
            }
            if (sub == null) {
                fouten.add(pad + "." + e.getKey() + " wordt geschreven maar staat niet in het schema");
                continue;
            }
            klopt(schemas, sub, e.getValue(), pad + "." + e.getKey(), fouten);
        }
    }

    // ---- an instance with every field filled ----

    private Object voorbeeld(JavaType t, int diepte) throws Exception {
        Class<?> c = t.getRawClass();
        if (c == String.class) {
            return "tekst";
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("1.50");
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == Instant.class) {
            return Instant.EPOCH;
        }
        if (c == LocalDate.class) {
            return LocalDate.EPOCH;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (t.isMapLikeType()) {
            return Map.of("sleutel", voorbeeld(t.getContentType(), diepte + 1));
        }
        if (t.isCollectionLikeType()) {
            Object e = voorbeeld(t.getContentType(), diepte + 1);
            return Set.class.isAssignableFrom(c) ? new LinkedHashSet<>(List.of(e)) : List.of(e);
        }
        if (c == Object.class) {
            return "waarde";
        }
        if (!c.isRecord() || diepte > 8) {
            throw new IllegalArgumentException("Geen voorbeeld voor " + t);
        }
        RecordComponent[] rc = c.getRecordComponents();
        Class<?>[] typen = new Class<?>[rc.length];
        Object[] waarden = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            typen[i] = rc[i].getType();
            waarden[i] = voorbeeld(mapper.getTypeFactory().constructType(rc[i].getGenericType()), diepte + 1);
        }
        Constructor<?> k = c.getDeclaredConstructor(typen);
        k.setAccessible(true);
        return k.newInstance(waarden);
    }
}
