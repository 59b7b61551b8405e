package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The API as a gemeente's developer meets it: {@code GET /api/openapi.json} of the real platform (demo data) is checked
 * by the validator that openapi-generator itself uses (swagger-parser) and by its OpenAPI evaluator; a Java client is
 * generated from it with openapi-generator (library {@code native}: java.net.http and Jackson), compiled, and every
 * read operation (GET) of the document is called through that client, with a demo account that may use it and path
 * parameters from the demo data, and must succeed and deserialise into the documented type. Jackson is strict here
 * (an unknown field, a string for a number, an unknown enum value fails), so an answer and its schema cannot drift
 * apart. The operations come from the document: a GET added later is called too, or fails this test saying how to
 * fill it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiClientIT {

    static final String G = "/api/gemeenten/utrecht";
    static final String REGISSEUR = "utrecht-regisseur";
    static final String BEHEERDER = "utrecht-beheerder";
    static final String PLATFORMBEHEERDER = "platformbeheerder";
    static final String API_PAKKET = "nl.gemeente.doorbraak.client.api";
    static final String MODEL_PAKKET = "nl.gemeente.doorbraak.client.model";
    static final String INVOKER_PAKKET = "nl.gemeente.doorbraak.client";
    /** Where the document, the generated sources and the classes go (kept after the test, for a look). */
    static final Path DOEL = Path.of(System.getProperty("doorbraak.openapi.client", "target/openapi-client"));

    static Platform platform;
    static String document;
    static JsonNode doc;
    /** The casus the test gives a perspectiefplan and a BSN, so those GETs have something to read. */
    static String casus;
    static String pseudoniem;
    private static Client client;
    private static Throwable clientFout;

    @BeforeAll
    static void start() throws IOException {
        platform = Platform.nieuw().metDemo().start();
        Api regisseur = platform.api().als(REGISSEUR);
        casus = regisseur.get(G + "/casussen?pageSize=1").json().path("results").path(0).path("id").asText();
        pseudoniem = regisseur.get(G + "/casussen/" + casus).json().path("inwoner").path("pseudoniem").asText();
        // the demo has no perspectiefplan or BSN: give this casus both, so their GETs have something to answer
        Api.Antwoord plan = regisseur.put(G + "/casussen/" + casus + "/perspectiefplan", Map.of("doel",
                "Over een jaar woon ik nog in mijn huis.", "stappen", List.of("Regeling treffen"), "kosten",
                List.of(Map.of("organisatie", "Woningcorporatie", "doormodderen", 12000, "doorbreken", 1650))));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        Api.Antwoord bsn = regisseur.put(G + "/casussen/" + casus + "/bsn", Map.of("bsn", "111222333"));
        assertThat(bsn.status()).as(bsn.toString()).isEqualTo(204);

        Api.Antwoord a = platform.api().get("/api/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        document = a.body();
        doc = a.json();
        Files.createDirectories(DOEL);
        Files.writeString(DOEL.resolve("openapi.json"), document);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void hetDocumentIsGeldigVoorDeValidatorVanOpenapiGenerator() {
        ParseOptions opties = new ParseOptions();
        opties.setResolve(true);
        SwaggerParseResult r = new OpenAPIParser().readContents(document, null, opties);
        List<String> fouten = new ArrayList<>(r.getMessages() == null ? List.of() : r.getMessages());
        if (r.getOpenAPI() != null) {
            // what `openapi-generator validate --recommend` adds on top of the parser
            RuleConfiguration regels = new RuleConfiguration();
            regels.setEnableRecommendations(true);
            ValidationResult v = new OpenApiEvaluator(regels).validate(r.getOpenAPI());
            for (Invalid i : v.getErrors()) {
                fouten.add(i.getMessage() + " (" + i.getDetails() + ")");
            }
            v.getWarnings().forEach(w -> System.out.println("[OpenApiClientIT] aanbeveling: " + w.getMessage()
                    + " (" + w.getDetails() + ")"));
        } else {
            fouten.add("swagger-parser kon het document niet lezen");
        }
        assertThat(fouten).as("fouten in /api/openapi.json (%s)", DOEL.resolve("openapi.json").toAbsolutePath())
                .isEmpty();
    }

    @Test
    @Order(2)
    void eenGegenereerdeJavaClientCompileert() {
        assertThat(client().apis).isNotEmpty();
    }

    @Test
    @Order(3)
    void elkeLeesoperatieWerktMetDeGegenereerdeClient() {
        Client c = client();
        List<String> fouten = new ArrayList<>();
        TreeSet<String> gedaan = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(pad -> {
            JsonNode get = pad.getValue().get("get");
            if (get == null) {
                return;
            }
            String id = get.path("operationId").asText();
            try {
                roep(c, pad.getKey(), get);
                gedaan.add(id);
            } catch (AssertionError | RuntimeException e) {
                fouten.add("GET " + pad.getKey() + " (" + id + "): " + e.getMessage());
            }
        });
        System.out.println("[OpenApiClientIT] " + gedaan.size() + " leesoperaties gelukt: " + gedaan);
        assertThat(fouten).as("leesoperaties die met de gegenereerde client mislukken").isEmpty();
    }

    // ------------------------------------------------------------------------------------------- one operation

    /** Calls one GET operation through the generated client, with ids from the demo data, and checks the answer. */
    void roep(Client c, String pad, JsonNode op) {
        String id = op.path("operationId").asText();
        Method m = c.methode(id);
        String account = account(pad, op);
        List<String> padParameters = new ArrayList<>();
        for (String deel : pad.split("/")) {
            if (deel.startsWith("{")) {
                padParameters.add(deel.substring(1, deel.length() - 1));
            }
        }
        // the last parameter other than {gemeente} is tried with each candidate until one has something to show
        List<Map<String, String>> pogingen = invullingen(pad, padParameters, account);
        Object laatste = null;
        for (Map<String, String> waarden : pogingen) {
            Map<String, Object> args = new LinkedHashMap<>(waarden);
            vulQuery(pad, op, args);
            Antwoord a = c.roep(m, args, account);
            if (a.status() == 404 && pogingen.size() > 1) {
                continue; // e.g. a casus without escalaties: try the next one
            }
            controleer(pad, op, m, a);
            laatste = a.data();
            if (!leegeLijst(a.data())) {
                return;
            }
        }
        if (laatste == null && !pogingen.isEmpty()) {
            throw new AssertionError("geen van de " + pogingen.size() + " kandidaten uit de demogegevens gaf een "
                    + "antwoord (alle 404)");
        }
    }

    /** Checks an answer against what the document promises for it. */
    void controleer(String pad, JsonNode op, Method m, Antwoord a) {
        JsonNode responses = op.path("responses");
        String status = Integer.toString(a.status());
        if (a.fout() != null) {
            throw new AssertionError("status " + a.status() + ": " + a.fout());
        }
        assertThat(responses.has(status)).as("status %s staat niet in het document", status).isTrue();
        JsonNode content = responses.path(status).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        String type = a.contentType() == null ? null : a.contentType().split(";")[0].trim();
        assertThat(content.has(type)).as("Content-Type %s staat niet bij %s in het document (%s)", a.contentType(),
                status, content.fieldNames()).isTrue();
        String ref = content.path(type).path("schema").path("$ref").asText(null);
        if (ref != null) {
            assertThat(a.data()).as("antwoord zonder body").isNotNull();
            String schema = ref.substring(ref.lastIndexOf('/') + 1);
            assertThat(a.data().getClass().getName()).as("getypeerd antwoord").isEqualTo(MODEL_PAKKET + "." + schema);
        }
    }

    static boolean leegeLijst(Object data) {
        if (data == null) {
            return false;
        }
        try {
            Method results = data.getClass().getMethod("getResults");
            Object r = results.invoke(data);
            return r instanceof Collection<?> l && l.isEmpty();
        } catch (NoSuchMethodException e) {
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo account for an operation: who may read it. */
    static String account(String pad, JsonNode op) {
        if (op.has("security") && op.path("security").isEmpty()) {
            return null; // public
        }
        if (pad.startsWith("/api/platform/") || pad.startsWith("/api/rapportage")) {
            return PLATFORMBEHEERDER;
        }
        if (pad.contains("/gebruikers") || pad.endsWith("/verwerkingen")) {
            return BEHEERDER;
        }
        JsonNode rollen = op.path("x-doorbraak-rollen");
        if (rollen.isArray() && !rollen.isEmpty()) {
            for (JsonNode r : rollen) {
                if (r.asText().equals("casusregisseur")) {
                    return REGISSEUR;
                }
            }
            throw new AssertionError("geen demo-account voor de rollen " + rollen + ": voeg er een toe in "
                    + "OpenApiClientIT.account");
        }
        return REGISSEUR;
    }

    /**
     * Values for the path parameters: {@code gemeente} is utrecht; any other is an id from the list route of the same
     * collection (the path up to the parameter), as the demo data has them, each one a candidate.
     */
    List<Map<String, String>> invullingen(String pad, List<String> namen, String account) {
        Map<String, String> basis = new LinkedHashMap<>();
        String[] delen = pad.split("/");
        List<String> kandidaten = null;
        String variabel = null;
        for (int i = 0; i < delen.length; i++) {
            if (!delen[i].startsWith("{")) {
                continue;
            }
            String naam = delen[i].substring(1, delen[i].length() - 1);
            if (naam.equals("gemeente")) {
                basis.put(naam, "utrecht");
                continue;
            }
            String lijst = String.join("/", java.util.Arrays.copyOfRange(delen, 0, i));
            if (kandidaten != null) {
                basis.put(variabel, kandidaten.get(0));
            }
            kandidaten = ids(lijst.replace("{gemeente}", "utrecht"), naam, account);
            variabel = naam;
            if (kandidaten.isEmpty()) {
                throw new AssertionError("kan {" + naam + "} niet invullen: GET " + lijst + " geeft geen "
                        + "resultaten in de demogegevens; geef OpenApiClientIT een manier om het in te vullen");
            }
        }
        if (kandidaten == null) {
            return List.of(basis);
        }
        List<Map<String, String>> l = new ArrayList<>();
        // the casus with a perspectiefplan and a BSN first
        if (kandidaten.remove(casus)) {
            kandidaten.add(0, casus);
        }
        for (String k : kandidaten) {
            Map<String, String> m = new LinkedHashMap<>(basis);
            m.put(variabel, k);
            l.add(m);
        }
        assertThat(namen).containsExactlyInAnyOrderElementsOf(l.get(0).keySet());
        return l;
    }

    /** The ids that the list route {@code lijst} shows: its results' id (gebruikersnaam for {naam}). */
    List<String> ids(String lijst, String naam, String account) {
        if (!doc.path("paths").has(lijst.replace("/utrecht", "/{gemeente}"))
                || !doc.path("paths").path(lijst.replace("/utrecht", "/{gemeente}")).has("get")) {
            throw new AssertionError("kan {" + naam + "} niet invullen: er is geen lijst GET " + lijst
                    + "; geef OpenApiClientIT een manier om het in te vullen");
        }
        Api api = account == null ? platform.api() : platform.api().als(account);
        Api.Antwoord a = api.get(lijst + "?pageSize=100");
        assertThat(a.status()).as("GET %s om {%s} in te vullen: %s", lijst, naam, a).isEqualTo(200);
        String veld = naam.equals("naam") ? "gebruikersnaam" : naam.equals("adres") ? "adres" : "id";
        List<String> l = new ArrayList<>();
        a.json().path("results").forEach(r -> l.add(r.path(veld).asText()));
        return l;
    }

    /** Required query parameters; optional ones stay empty, as a developer would call first. */
    void vulQuery(String pad, JsonNode op, Map<String, Object> args) {
        for (JsonNode p : op.path("parameters")) {
            if (!"query".equals(p.path("in").asText()) || !p.path("required").asBoolean()) {
                continue;
            }
            String naam = p.path("name").asText();
            if (pad.endsWith("/verwerkingen") && naam.equals("inwoner")) {
                args.put(naam, pseudoniem);
            } else {
                throw new AssertionError("verplichte queryparameter " + naam + " kan OpenApiClientIT niet invullen");
            }
        }
    }

    // ------------------------------------------------------------------------------------------- the client

    static synchronized Client client() {
        if (clientFout != null) {
            throw new AssertionError("de client kon niet worden gemaakt (zie de eerdere fout)", clientFout);
        }
        if (client == null) {
            try {
                client = new Client(genereer(), platform.uri("").toString());
            } catch (AssertionError | RuntimeException e) {
                clientFout = e;
                throw e;
            }
        }
        return client;
    }

    /** openapi-generator, in this JVM, as its Maven plugin would run: Java, library native, into target/. */
    static Path genereer() {
        Path uit = DOEL.resolve("java");
        verwijder(uit);
        CodegenConfigurator c = new CodegenConfigurator();
        c.setGeneratorName("java");
        c.setLibrary("native");
        c.setInputSpec(DOEL.resolve("openapi.json").toAbsolutePath().toString());
        c.setOutputDir(uit.toAbsolutePath().toString());
        c.setApiPackage(API_PAKKET);
        c.setModelPackage(MODEL_PAKKET);
        c.setInvokerPackage(INVOKER_PAKKET);
        c.setValidateSpec(false); // the first test reports validation errors; here: does what comes out compile?
        c.addAdditionalProperty("openApiNullable", false);
        c.addAdditionalProperty("hideGenerationTimestamp", true);
        c.addAdditionalProperty("useJakartaEe", true);
        for (String uitzetten : List.of("apiTests", "modelTests", "apiDocs", "modelDocs")) {
            c.addGlobalProperty(uitzetten, "false");
        }
        ClientOptInput in = c.toClientOptInput();
        List<File> bestanden = new DefaultGenerator().opts(in).generate();
        assertThat(bestanden).as("gegenereerde bestanden").isNotEmpty();
        Path bron = uit.resolve("src/main/java");
        Path klassen = DOEL.resolve("classes");
        verwijder(klassen);
        compileer(bron, klassen);
        return klassen;
    }

    /** javac (javax.tools) over the generated sources, against this test's class path. */
    static void compileer(Path bron, Path klassen) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            fail("Geen Java-compiler in deze JVM (" + System.getProperty("java.home") + "): draai de tests met een "
                    + "JDK, niet met een JRE");
        }
        List<Path> java;
        try (Stream<Path> s = Files.walk(bron)) {
            java = s.filter(p -> p.toString().endsWith(".java")).toList();
            Files.createDirectories(klassen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> meldingen = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(meldingen, Locale.ROOT, StandardCharsets.UTF_8)) {
            StringWriter uitvoer = new StringWriter();
            boolean ok = javac.getTask(uitvoer, fm, meldingen, List.of("-d", klassen.toString(), "-classpath",
                    System.getProperty("java.class.path"), "-parameters", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                    "--release", "17"), null, fm.getJavaFileObjectsFromPaths(java)).call();
            if (!ok) {
                StringBuilder sb = new StringBuilder();
                meldingen.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                        .limit(30).forEach(d -> sb.append('\n').append(d.getSource() == null ? ""
                                : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                                .append(d.getMessage(Locale.ROOT)));
                fail("De gegenereerde client compileert niet (" + bron.toAbsolutePath() + "):" + sb + uitvoer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a call gave: the status, the Content-Type, the deserialised body, or the error text. */
    record Antwoord(int status, String contentType, Object data, String fout, Map<String, List<String>> headers) {
    }

    /** The compiled client, loaded in its own class loader, driven by reflection. */
    static final class Client implements AutoCloseable {

        final URLClassLoader loader;
        final Map<String, Object> apis = new LinkedHashMap<>();
        final Map<String, Method> methoden = new LinkedHashMap<>();
        /** Who the next call is made as (HTTP Basic, demo password); null: without login. */
        String als;

        Client(Path klassen, String basis) {
            try {
                loader = new URLClassLoader(new URL[] { klassen.toUri().toURL() }, OpenApiClientIT.class.getClassLoader());
                Class<?> apiClient = loader.loadClass(INVOKER_PAKKET + ".ApiClient");
                Object ac = apiClient.getConstructor().newInstance();
                apiClient.getMethod("updateBaseUri", String.class).invoke(ac, basis);
                Consumer<HttpRequest.Builder> login = b -> {
                    if (als != null) {
                        b.header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((als + ":demo").getBytes(StandardCharsets.UTF_8)));
                    }
                };
                apiClient.getMethod("setRequestInterceptor", Consumer.class).invoke(ac, login);
                // a 302 is an answer to check, not something to follow
                apiClient.getMethod("setHttpClientBuilder", HttpClient.Builder.class).invoke(ac,
                        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER));
                streng((ObjectMapper) apiClient.getMethod("getObjectMapper").invoke(ac));
                try (Stream<Path> s = Files.walk(klassen.resolve(API_PAKKET.replace('.', '/')))) {
                    for (Path p : (Iterable<Path>) s::iterator) {
                        String n = p.getFileName().toString();
                        if (n.endsWith("Api.class") && !n.contains("$")) {
                            Class<?> k = loader.loadClass(API_PAKKET + "." + n.substring(0, n.length() - 6));
                            Object api = k.getConstructor(apiClient).newInstance(ac);
                            apis.put(k.getSimpleName(), api);
                            for (Method m : k.getMethods()) {
                                if (m.getName().endsWith("WithHttpInfo") && m.getParameterCount() > 0
                                        && m.getParameterTypes()[m.getParameterCount() - 1] != Map.class
                                        || m.getName().endsWith("WithHttpInfo") && m.getParameterCount() == 0) {
                                    methoden.put(sleutel(m.getName().substring(0, m.getName().length() - 12)), m);
                                }
                            }
                        }
                    }
                }
            } catch (ReflectiveOperationException | IOException e) {
                throw new IllegalStateException("De gegenereerde client laadt niet: " + e, e);
            }
        }

        /** The client's mapper as strict as the document: what the schema does not name, or names otherwise, fails. */
        static void streng(ObjectMapper mapper) {
            mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            mapper.configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL, false);
            for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                    LogicalType.Textual)) {
                mapper.coercionConfigFor(t).setCoercion(CoercionInputShape.String, t == LogicalType.Textual
                        ? CoercionAction.TryConvert : CoercionAction.Fail);
            }
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        }

        static String sleutel(String naam) {
            return naam.replace("_", "").toLowerCase(Locale.ROOT);
        }

        Method methode(String operationId) {
            Method m = methoden.get(sleutel(operationId));
            if (m == null) {
                throw new AssertionError("de gegenereerde client heeft geen methode voor operationId " + operationId);
            }
            return m;
        }

        /** Calls {@code m} with these arguments by parameter name (the rest null), as {@code account}. */
        Antwoord roep(Method m, Map<String, Object> args, String account) {
            Parameter[] ps = m.getParameters();
            Object[] waarden = new Object[ps.length];
            Map<String, Object> over = new LinkedHashMap<>();
            args.forEach((k, v) -> over.put(sleutel(k.replace("-", "")), v));
            for (int i = 0; i < ps.length; i++) {
                Object v = over.remove(sleutel(ps[i].getName()));
                if (v != null && ps[i].getType() != v.getClass() && ps[i].getType() != Object.class) {
                    throw new AssertionError("parameter " + ps[i].getName() + " is " + ps[i].getType().getSimpleName()
                            + " in de client");
                }
                waarden[i] = v;
            }
            assertThat(over).as("parameters die de methode %s niet heeft", m.getName()).isEmpty();
            Object api = apis.get(m.getDeclaringClass().getSimpleName());
            als = account;
            try {
                Object r = m.invoke(api, waarden);
                Class<?> k = r.getClass();
                @SuppressWarnings("unchecked")
                Map<String, List<String>> headers = (Map<String, List<String>>) k.getMethod("getHeaders").invoke(r);
                int status = (int) k.getMethod("getStatusCode").invoke(r);
                return new Antwoord(status, header(headers, "Content-Type"), k.getMethod("getData").invoke(r), null,
                        headers);
            } catch (InvocationTargetException e) {
                Throwable t = e.getCause();
                if (t.getClass().getSimpleName().equals("ApiException")) {
                    try {
                        Class<?> k = t.getClass();
                        int code = (int) k.getMethod("getCode").invoke(t);
                        java.net.http.HttpHeaders h = (java.net.http.HttpHeaders) k.getMethod("getResponseHeaders")
                                .invoke(t);
                        Map<String, List<String>> headers = h == null ? Map.of() : h.map();
                        String body = (String) k.getMethod("getResponseBody").invoke(t);
                        return new Antwoord(code, header(headers, "Content-Type"), null,
                                code == 0 ? t.toString() : body == null ? "" : body, headers);
                    } catch (ReflectiveOperationException f) {
                        throw new IllegalStateException(f);
                    }
                }
                throw new AssertionError("de client gooide " + t, t);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                als = null;
            }
        }

        static String header(Map<String, List<String>> headers, String naam) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public void close() {
            try {
                loader.close();
            } catch (IOException e) {
                // nothing to keep
            }
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void verwijder(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static URI uri(String s) {
        return URI.create(s);
    }
}
