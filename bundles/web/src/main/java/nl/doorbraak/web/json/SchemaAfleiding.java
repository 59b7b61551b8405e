package nl.doorbraak.web.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.util.Converter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.UnwrappingBeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;

/**
 * The JSON Schema (OpenAPI 3.0) of a type as the mapper writes it: its properties come from the serializer the mapper
 * builds for it, so the mix-ins of {@link JsonModule} (a renamed or left-out field, an added one, an unwrapped record,
 * a converter for the whole type) count as they do when an answer is written. The type of a property gives its
 * schema: text, integer ({@code int64} for a {@code long}), number, boolean, date-time, date, array, map, the codes of
 * an enum (as the mapper writes them), and a record: a {@code $ref} when it has a component name, else inline.
 * What a type cannot say (required, nullable, descriptions, limits) is added by the caller. Runs when the OpenAPI
 * document is made, never while an answer is written.
 */
public final class SchemaAfleiding {

    /** One property as the mapper writes it; {@code waarde}: written by {@link JsonWaarde} (any JSON value). */
    public record Eigenschap(String naam, JavaType type, boolean waarde) {
    }

    private final ObjectMapper mapper;
    private final SerializerProvider provider;
    /** The component name of a type, or {@code null}: inline. */
    private final Function<Class<?>, String> naam;

    public SchemaAfleiding(ObjectMapper mapper, Function<Class<?>, String> naam) {
        this.mapper = mapper;
        this.provider = mapper.getSerializerProviderInstance();
        this.naam = naam;
    }

    /** The properties the mapper writes for {@code type}, in its order. */
    public List<Eigenschap> eigenschappen(Class<?> type) {
        try {
            return eigenschappenVan(type);
        } catch (JsonMappingException e) {
            throw new IllegalStateException("Geen serializer voor " + type.getName(), e);
        }
    }

    private List<Eigenschap> eigenschappenVan(Class<?> type) throws JsonMappingException {
        JsonSerializer<Object> s = provider.findValueSerializer(type);
        if (s instanceof StdDelegatingSerializer) {
            // a converter for the whole type (RapportageVorm): its output is what is written
            AnnotatedClass ac = mapper.getSerializationConfig().introspectClassAnnotations(type).getClassInfo();
            Object converter = mapper.getSerializationConfig().getAnnotationIntrospector().findSerializationConverter(ac);
            Converter<Object, Object> c = provider.converterInstance(ac, converter);
            return eigenschappen(c.getOutputType(mapper.getTypeFactory()).getRawClass());
        }
        if (!(s instanceof BeanSerializerBase bean)) {
            throw new IllegalStateException(type.getName() + " wordt niet als object geschreven: " + s.getClass());
        }
        List<Eigenschap> uit = new ArrayList<>();
        for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext();) {
            BeanPropertyWriter w = (BeanPropertyWriter) it.next();
            if (w instanceof UnwrappingBeanPropertyWriter) {
                uit.addAll(eigenschappen(w.getType().getRawClass()));
                continue;
            }
            JsonSerializer<?> eigen = w.getSerializer();
            boolean waarde = eigen instanceof JsonWaarde.Veld || eigen instanceof JsonWaarde.Inhoud;
            uit.add(new Eigenschap(w.getName(), w.getType(), waarde));
        }
        return uit;
    }

    /** {@code type: object} with the properties of {@code type} and nothing else. */
    public ObjectNode object(Class<?> type) {
        ObjectNode s = mapper.createObjectNode().put("type", "object");
        ObjectNode p = s.putObject("properties");
        for (Eigenschap e : eigenschappen(type)) {
            p.set(e.naam(), e.waarde() ? null : schema(e.type()));
        }
        s.put("additionalProperties", false);
        return s;
    }

    /** The schema of a value of this type; {@code null} for a type that says nothing ({@code Object}). */
    public ObjectNode schema(JavaType t) {
        Class<?> c = t.getRawClass();
        if (t.isContainerType() && !t.isMapLikeType()) {
            return array(schema(t.getContentType()));
        }
        if (t.isMapLikeType()) {
            ObjectNode m = mapper.createObjectNode().put("type", "object");
            m.set("additionalProperties", schema(t.getContentType()));
            return m;
        }
        if (c == String.class || c == Character.class || c == char.class) {
            return type("string");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return type("integer");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return type("integer").put("format", "int64");
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return type("number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return type("boolean");
        }
        if (c == Instant.class) {
            return type("string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return type("string").put("format", "date");
        }
        if (t.isEnumType()) {
            ObjectNode e = type("string");
            var codes = e.putArray("enum");
            for (Object constante : c.getEnumConstants()) {
                // as the mapper writes it: the code() of the mix-in
                codes.add(mapper.valueToTree(constante).asText());
            }
            return e;
        }
        if (c == Object.class || t.isJavaLangObject()) {
            return null;
        }
        String n = naam.apply(c);
        if (n != null) {
            return mapper.createObjectNode().put("$ref", "#/components/schemas/" + n);
        }
        return object(c);
    }

    private ObjectNode array(ObjectNode items) {
        ObjectNode a = type("array");
        a.set("items", items);
        return a;
    }

    private ObjectNode type(String type) {
        return mapper.createObjectNode().put("type", type);
    }
}
