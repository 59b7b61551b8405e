package nl.doorbraak.web.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.web.http.Probleem;

/**
 * De JSON-kant van deze component, met één eigen {@link ObjectMapper} per component (nooit gedeeld, geen statische
 * staat). Lezen gaat via de boom; schrijven serialiseert de api-records met de mix-ins van {@link JsonModule}.
 * Waarden die een klasse van een plug-in kunnen bevatten ({@code variantData}, het antwoord van een plug-in) gaan
 * langs {@link JsonWaarde}: zo komt geen klasse van een plug-in in de typecache van de mapper, die haar class
 * loader na een hot swap zou vasthouden.
 */
public final class Json {

    @FunctionalInterface
    public interface Schrijver {
        void schrijf(JsonGenerator g) throws IOException;
    }

    /** Een buffer die zijn array laat zien, zodat het antwoord zonder extra kopie en met Content-Length weggaat. */
    public static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        public byte[] array() {
            return buf;
        }
    }

    private final ObjectMapper mapper;
    private final JsonFactory factory;

    public Json() {
        JsonFactory f = JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                .build();
        // a number with a decimal point or exponent is read exactly, as BigDecimal: as a double, 1e400 would become
        // Infinity and 1e-400 zero
        this.mapper = JsonMapper.builder(f).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // a record is its components (and what a mix-in adds): Escalatie.isOpen() is no field
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .addModule(new JsonModule())
                .build();
        this.factory = mapper.getFactory();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * Schrijft een api-record, een lijst daarvan of een antwoord-record van deze bundle met de mapper.
     *
     * @throws JsonWaarde.GeenJsonException als een {@link JsonWaarde} iets bevat dat geen JSON is
     */
    public Buffer schrijf(Object waarde) throws IOException {
        Buffer b = new Buffer();
        try {
            mapper.writeValue(b, waarde);
        } catch (JsonMappingException e) {
            // Jackson wraps what a serializer throws
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonWaarde.GeenJsonException g) {
                    throw g;
                }
            }
            throw e;
        }
        return b;
    }

    public Buffer schrijf(Schrijver schrijver) throws IOException {
        Buffer b = new Buffer();
        try (JsonGenerator g = factory.createGenerator(b)) {
            schrijver.schrijf(g);
        }
        return b;
    }

    /**
     * Leest een JSON-object.
     *
     * @throws Probleem 400 met regel en kolom bij kapotte JSON, of als het geen object is
     */
    public ObjectNode leesObject(byte[] body) {
        JsonNode boom;
        try {
            boom = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw kapot(e);
        } catch (NumberFormatException e) {
            // an exponent beyond what BigDecimal holds (1e99999999999)
            throw Probleem.ongeldig("De body bevat een getal dat te groot of te klein is om te lezen.",
                    new VeldFout("body", "bereik", "Een getal ligt tussen 1e-" + MAX_EXPONENT + " en 1e" + MAX_EXPONENT + "."));
        } catch (IOException e) {
            throw Probleem.ongeldig("De body kon niet als JSON worden gelezen.", new VeldFout("body", "json", "Geen geldige JSON."));
        }
        if (boom == null || boom.isMissingNode()) {
            throw Probleem.ongeldig("De body is leeg; verwacht een JSON-object.", new VeldFout("body", "verplicht", "Stuur een JSON-object."));
        }
        if (!boom.isObject()) {
            throw Probleem.ongeldig("De body moet een JSON-object zijn ({ ... }).",
                    new VeldFout("body", "type", "Verwacht een JSON-object, kreeg " + soort(boom) + "."));
        }
        List<VeldFout> fouten = new ArrayList<>();
        controleer(boom, "", fouten);
        if (!fouten.isEmpty()) {
            throw Probleem.ongeldig(fouten.size() == 1 ? "Eén veld klopt niet: " + fouten.get(0).naam() + "."
                    : fouten.size() + " velden kloppen niet.", fouten);
        }
        return (ObjectNode) boom;
    }

    /** Zo groot (of klein) mag een getal in JSON zijn: wat een double nog kan bevatten. */
    static final int MAX_EXPONENT = 308;

    /**
     * Wat in geen enkel veld kan, voor elk veld in één keer: stuurtekens en losse surrogaten in tekst en in namen
     * (regelovergangen en tabs mogen hier nog; {@link nl.doorbraak.web.http.Invoer#tekst} weigert ze in velden van
     * één regel), en getallen buiten het bereik van een double, zoals 1e400 of 1e-400. Zo krijgt de core, een
     * plug-in of een log nooit zulke waarden, en wordt een te groot getal een 400 in plaats van een 500.
     */
    static void controleer(JsonNode n, String pad, List<VeldFout> fouten) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                String naam = pad + e.getKey();
                String waarom = Tekst.probleem(e.getKey(), Tekst.Soort.EEN_REGEL);
                if (waarom != null) {
                    fouten.add(new VeldFout(Tekst.neutraliseer(naam), "tekens",
                            "De naam van dit veld: " + waarom));
                    continue;
                }
                controleer(e.getValue(), naam + ".", fouten);
            }
            return;
        }
        String naam = pad.endsWith(".") ? pad.substring(0, pad.length() - 1) : pad;
        if (n.isArray()) {
            int i = 0;
            for (JsonNode e : n) {
                controleer(e, pad + i + ".", fouten);
                i++;
            }
        } else if (n.isTextual()) {
            String waarom = Tekst.probleem(n.textValue(), Tekst.Soort.MEERDERE_REGELS);
            if (waarom != null) {
                fouten.add(new VeldFout(naam, "tekens", waarom));
            }
        } else if (n.isBigDecimal() || n.isBigInteger()) {
            java.math.BigDecimal b = n.decimalValue();
            // the order of magnitude: 1e400 has 401, 1e-400 has -399
            long orde = (long) b.precision() - b.scale();
            if (b.signum() != 0 && (orde > MAX_EXPONENT + 1 || orde < -MAX_EXPONENT)) {
                fouten.add(new VeldFout(naam, "bereik", "Dit getal is te " + (orde > 0 ? "groot" : "klein")
                        + " (" + b.toString() + "); een getal ligt tussen 1e-" + MAX_EXPONENT + " en 1e" + MAX_EXPONENT
                        + "."));
            }
        } else if (n.isNumber() && !Double.isFinite(n.doubleValue())) {
            fouten.add(new VeldFout(naam, "bereik", "Dit getal is geen eindig getal."));
        }
    }

    private static Probleem kapot(JsonProcessingException e) {
        JsonLocation plek = e.getLocation();
        String waar = plek == null || plek.getLineNr() < 0 ? ""
                : " op regel " + plek.getLineNr() + ", kolom " + plek.getColumnNr();
        String origineel = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String wat;
        if (e instanceof JsonEOFException) {
            wat = "de JSON houdt onverwacht op";
        } else if (origineel.startsWith("Duplicate field")) {
            wat = "een veld komt twee keer voor";
        } else if (origineel.contains("Trailing token")) {
            wat = "na het JSON-object staat nog meer tekst";
        } else if (origineel.contains("nesting depth")) {
            wat = "de JSON is te diep genest";
        } else if (origineel.contains("UTF-8") || origineel.contains("UTF8")) {
            wat = "de tekst is geen geldige UTF-8";
        } else {
            wat = "onverwacht teken";
        }
        return Probleem.ongeldig("De body is geen geldige JSON" + waar + ": " + wat + ".",
                new VeldFout("body", "json", "Ongeldige JSON" + waar + "."));
    }

    public static String soort(JsonNode n) {
        if (n == null || n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "tekst";
        }
        if (n.isNumber()) {
            return "een getal";
        }
        if (n.isBoolean()) {
            return "true/false";
        }
        if (n.isArray()) {
            return "een lijst";
        }
        if (n.isObject()) {
            return "een object";
        }
        return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** Zet een JSON-boom om in JSON-achtige Java-waarden (Map, List, String, Number, Boolean, null). */
    static Object naarJava(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                m.put(e.getKey(), naarJava(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>(n.size());
            for (JsonNode e : n) {
                l.add(naarJava(e));
            }
            return l;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isNumber()) {
            return n.numberValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return n.asText();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> naarMap(ObjectNode n) {
        return (Map<String, Object>) naarJava(n);
    }
}
