package nl.doorbraak.web.route;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.web.json.SchemaAfleiding;

/**
 * The component schemas of the answers, derived from the types the mapper writes ({@link SchemaAfleiding}: the
 * properties and their types as the mapper's serializers see them, mix-ins included), with what a type cannot say
 * added here by name: which properties are required, which may be {@code null}, descriptions, formats and limits.
 * A rule for a property the type does not write fails when the document is made, as does a property whose schema
 * cannot come from its type (a {@code JsonWaarde}) and that no rule describes.
 */
final class Schemas {

    /** What is added to one derived schema. */
    final class Regels {
        final String naam;
        final Class<?> type;
        private List<String> verplicht = List.of();
        /** Per property (a dotted path into inline objects: {@code doorlooptijd.mediaanDagen}), in order. */
        private final Map<String, List<Consumer<ObjectNode>>> velden = new LinkedHashMap<>();
        private final Map<String, ObjectNode> vervangen = new LinkedHashMap<>();
        private final List<Consumer<ObjectNode>> geheel = new ArrayList<>();

        private Regels(String naam, Class<?> type) {
            this.naam = naam;
            this.type = type;
        }

        Regels verplicht(String... namen) {
            verplicht = List.of(namen);
            return this;
        }

        Regels nullable(String... paden) {
            for (String p : paden) {
                veld(p, s -> s.put("nullable", true));
            }
            return this;
        }

        Regels veld(String pad, Consumer<ObjectNode> regel) {
            velden.computeIfAbsent(pad, p -> new ArrayList<>()).add(regel);
            return this;
        }

        /** The same rule for several properties. */
        Regels velden(Consumer<ObjectNode> regel, String... paden) {
            for (String p : paden) {
                veld(p, regel);
            }
            return this;
        }

        Regels beschrijving(String pad, String tekst) {
            return veld(pad, s -> s.put("description", tekst));
        }

        /** For a property whose type says nothing: a {@code JsonWaarde}, or the elements of a {@code List<?>}. */
        Regels vervang(String pad, ObjectNode schema) {
            vervangen.put(pad, schema);
            return this;
        }

        Regels geheel(Consumer<ObjectNode> regel) {
            geheel.add(regel);
            return this;
        }
    }

    private final ObjectMapper mapper;
    private final SchemaAfleiding afleiding;
    private final Map<Class<?>, String> namen = new HashMap<>();
    private final List<Regels> regels = new ArrayList<>();

    Schemas(ObjectMapper mapper) {
        this.mapper = mapper;
        this.afleiding = new SchemaAfleiding(mapper, namen::get);
    }

    /** A component derived from {@code type}; elsewhere a property of this type is a {@code $ref} to it. */
    Regels afgeleid(String naam, Class<?> type) {
        String al = namen.putIfAbsent(type, naam);
        if (al != null) {
            throw new IllegalStateException(type.getName() + " heeft al een schema: " + al);
        }
        return naamloos(naam, type);
    }

    /** A component derived from a type that several components share (a list of something): never a {@code $ref}. */
    Regels naamloos(String naam, Class<?> type) {
        Regels r = new Regels(naam, type);
        regels.add(r);
        return r;
    }

    /** The type a component was derived from, by name (for the test that compares them with what is written). */
    Map<String, Class<?>> typen() {
        Map<String, Class<?>> t = new LinkedHashMap<>();
        regels.forEach(r -> t.put(r.naam, r.type));
        return t;
    }

    void schrijf(ObjectNode schemas) {
        for (Regels r : regels) {
            schemas.set(r.naam, maak(r));
        }
    }

    private ObjectNode maak(Regels r) {
        ObjectNode s = afleiding.object(r.type);
        ObjectNode props = (ObjectNode) s.get("properties");
        if (!r.verplicht.isEmpty()) {
            ArrayNode v = mapper.createArrayNode();
            for (String n : r.verplicht) {
                if (!props.has(n)) {
                    throw fout(r, n, "is verplicht maar wordt niet geschreven");
                }
                v.add(n);
            }
            // required before properties, as it always was in the document
            ObjectNode m = mapper.createObjectNode().put("type", "object");
            m.set("required", v);
            s.remove("type");
            m.setAll(s);
            s = m;
        }
        for (Map.Entry<String, ObjectNode> e : r.vervangen.entrySet()) {
            plek(r, s, e.getKey()).zet(e.getValue().deepCopy());
        }
        for (Map.Entry<String, List<Consumer<ObjectNode>>> e : r.velden.entrySet()) {
            Plek p = plek(r, s, e.getKey());
            ObjectNode veld = p.waarde();
            if (veld == null) {
                throw fout(r, e.getKey(), "heeft geen schema om aan te vullen");
            }
            if (veld.has("$ref")) {
                // next to a $ref, OpenAPI 3.0 ignores everything: wrap it
                ObjectNode omhulsel = mapper.createObjectNode();
                omhulsel.putArray("allOf").add(veld);
                veld = omhulsel;
                p.zet(veld);
            }
            for (Consumer<ObjectNode> regel : e.getValue()) {
                regel.accept(veld);
            }
        }
        for (Consumer<ObjectNode> g : r.geheel) {
            g.accept(s);
        }
        leeg(r, s, "");
        return s;
    }

    /** Where a property's schema sits: in the {@code properties} of its object. */
    private record Plek(ObjectNode props, String naam) {
        ObjectNode waarde() {
            JsonNode n = props.get(naam);
            return n == null || n.isNull() ? null : (ObjectNode) n;
        }

        void zet(ObjectNode schema) {
            props.set(naam, schema);
        }
    }

    private Plek plek(Regels r, ObjectNode s, String pad) {
        ObjectNode o = s;
        String[] delen = pad.split("\\.");
        for (int i = 0; i < delen.length - 1; i++) {
            JsonNode n = o.path("properties").path(delen[i]);
            while (n.has("items")) {
                n = n.get("items");
            }
            if (!n.has("properties")) {
                throw fout(r, pad, "is geen pad in een object");
            }
            o = (ObjectNode) n;
        }
        String naam = delen[delen.length - 1];
        ObjectNode props = (ObjectNode) o.get("properties");
        if (props == null || !props.has(naam)) {
            throw fout(r, pad, "wordt niet geschreven");
        }
        return new Plek(props, naam);
    }

    /** A property without a schema is a type that says nothing and a rule that was forgotten. */
    private void leeg(Regels r, JsonNode n, String pad) {
        JsonNode props = n.get("properties");
        if (props != null) {
            props.properties().forEach(e -> {
                String p = pad.isEmpty() ? e.getKey() : pad + "." + e.getKey();
                if (e.getValue().isNull()) {
                    throw fout(r, p, "heeft een type waaruit geen schema volgt; beschrijf het met vervang(...)");
                }
                leeg(r, e.getValue(), p);
            });
        }
        for (String sleutel : List.of("items", "additionalProperties")) {
            JsonNode d = n.get(sleutel);
            if (d != null && d.isNull()) {
                throw fout(r, pad, "heeft elementen van een type waaruit geen schema volgt; beschrijf ze met "
                        + "vervang(...)");
            }
            if (d != null && d.isObject()) {
                leeg(r, d, pad);
            }
        }
    }

    private static IllegalStateException fout(Regels r, String veld, String wat) {
        return new IllegalStateException("Schema " + r.naam + " (" + r.type.getName() + "): " + veld + " " + wat);
    }
}
