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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

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
 * apart. Where the document offers several types, the client asks for them in document order and must get the first
 * (JSON for the rapportage, though it also lists text/csv); a CSV route must give the CSV file. A documented redirect
 * must come with its Location. The operations come from the document: a GET added later is called too, or fails
 * this test saying how to fill it. Inloggen via de gemeente goes through a small identity provider of the test
 * ({@link ProefIdp}); the real one is SsoIT's Keycloak.
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
    static final String SSO_COOKIE = "DOORBRAAK_SSO";
    /** The two GETs of inloggen via de gemeente: called together, as a browser goes through them. */
    static final List<String> SSO = List.of("/api/sso/{gemeente}/start", "/api/sso/{gemeente}/terug");
    static final String CSV_KOP = "gemeente;jaar;tafel;onderdeel;groep;cijfer;waarde";
    /**
     * Collections without a list route of their own: where the ids of their members are found instead (a list route
     * and the field of its results).
     */
    static final Map<String, String[]> BRONNEN = Map.of("/api/gemeenten/{gemeente}/besluiten",
            new String[] { "/api/gemeenten/{gemeente}/acties", "besluitId" },
            // the rode knop plug-in: its zaken of a casus by the casus' id; the Rijk's zaken are in its inbox
            "/api/gemeenten/{gemeente}/rodeknop/casussen", new String[] { "/api/gemeenten/{gemeente}/casussen", "id" },
            "/api/rijk/rodeknop/zaken", new String[] { "/api/rijk/rodeknop/inbox", "id" });

    static Platform platform;
    static ProefIdp idp;
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

        // inloggen via de gemeente (GET /api/sso/{gemeente}/start and /terug) needs an identity provider
        idp = new ProefIdp();
        Path geheim = platform.home.resolve("sso-geheim");
        Files.writeString(geheim, ProefIdp.GEHEIM + "\n");
        Files.setPosixFilePermissions(geheim, PosixFilePermissions.fromString("rw-------"));
        platform.schrijfConfig("nl.doorbraak.sso-utrecht.cfg", SsoIT.config("utrecht", idp.issuer, geheim)
                .replace("clientId = " + Keycloak.CLIENT_ID, "clientId = " + ProefIdp.CLIENT));
        DuurzaamheidIT.wachtTot(() -> platform.api().get("/api/sso").json().path("count").asInt() == 1);

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
        if (idp != null) {
            idp.close();
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
                if (SSO.contains(pad.getKey())) {
                    ssoInloggen(c, pad.getKey());
                } else {
                    roep(c, pad.getKey(), get);
                }
                gedaan.add(id);
            } catch (AssertionError | RuntimeException e) {
                fouten.add("GET " + pad.getKey() + " (" + id + "): " + e.getMessage());
            }
        });
        System.out.println("[OpenApiClientIT] " + gedaan.size() + " leesoperaties gelukt: " + gedaan);
        assertThat(fouten).as("leesoperaties die met de gegenereerde client mislukken").isEmpty();
    }

    private boolean ssoGedaan;
    private AssertionError ssoFout;

    /**
     * {@code /api/sso/{gemeente}/start} and {@code /terug} together, as a browser goes: start answers 302 to the
     * identity provider with the sign-in's binding cookie; the identity provider sends the person back with a code, and
     * terug (with that cookie) answers the session as JSON, typed.
     */
    void ssoInloggen(Client c, String pad) {
        if (!ssoGedaan) {
            ssoGedaan = true;
            try {
                ssoProef(c);
            } catch (AssertionError | RuntimeException e) {
                ssoFout = new AssertionError("inloggen via de gemeente: " + e.getMessage(), e);
            }
        }
        if (ssoFout != null) {
            throw ssoFout;
        }
    }

    private void ssoProef(Client c) {
        String startPad = SSO.get(0);
        String terugPad = SSO.get(1);
        JsonNode startOp = doc.path("paths").path(startPad).path("get");
        JsonNode terugOp = doc.path("paths").path(terugPad).path("get");
        Antwoord start = c.roep(c.methode(startOp.path("operationId").asText()), Map.of("gemeente", "utrecht"), null);
        controleer(startPad, startOp, start);
        assertThat(start.status()).isEqualTo(302);
        String naar = Client.header(start.headers(), "Location");
        assertThat(naar).startsWith(idp.issuer + "/auth?");
        String bind = start.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(e -> e.getValue().stream()).filter(v -> v.startsWith(SSO_COOKIE + "=")).findFirst()
                .map(v -> v.substring(0, v.indexOf(';'))).orElseThrow(() -> new AssertionError("geen " + SSO_COOKIE));
        Map<String, String> q = SsoIT.query(naar);
        String code = idp.meldAan(q.get("nonce"), "sso-regisseur", "casusregisseur");
        c.cookie = bind;
        Antwoord terug = c.roep(c.methode(terugOp.path("operationId").asText()), Map.of("gemeente", "utrecht", "code",
                code, "state", q.get("state")), null);
        controleer(terugPad, terugOp, terug);
        assertThat(terug.status()).isEqualTo(200);
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
        boolean beantwoord = false;
        for (Map<String, String> waarden : pogingen) {
            Map<String, Object> args = new LinkedHashMap<>(waarden);
            vulQuery(pad, op, args);
            Antwoord a = c.roep(m, args, account);
            if (a.status() == 404 && pogingen.size() > 1) {
                continue; // e.g. a casus without escalaties: try the next one
            }
            controleer(pad, op, a);
            beantwoord = true;
            if (!leegeLijst(a.data())) {
                return;
            }
        }
        if (!beantwoord) {
            throw new AssertionError("geen van de " + pogingen.size() + " kandidaten uit de demogegevens gaf een "
                    + "antwoord (alle 404)");
        }
    }

    /** Checks an answer against what the document promises for it. */
    void controleer(String pad, JsonNode op, Antwoord a) {
        JsonNode responses = op.path("responses");
        String status = Integer.toString(a.status());
        if (a.fout() != null) {
            throw new AssertionError("status " + a.status() + ": " + a.fout());
        }
        assertThat(responses.has(status)).as("status %s staat niet in het document", status).isTrue();
        if (a.status() / 100 == 3) {
            // a documented redirect (a browser's route): the client does not follow it, it reads where it goes
            assertThat(Client.header(a.headers(), "Location")).as("Location bij %s", status).isNotBlank();
            return;
        }
        JsonNode content = responses.path(status).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return;
        }
        String type = a.contentType() == null ? null : a.contentType().split(";")[0].trim();
        // the generated client lists the documented types in document order in Accept: the first one must come back
        String eerste = content.fieldNames().next();
        assertThat(type).as("Content-Type (de client vroeg %s eerst)", eerste).isEqualTo(eerste);
        JsonNode schema = content.path(type).path("schema");
        String ref = schema.path("$ref").asText(null);
        if (ref != null) {
            assertThat(a.data()).as("antwoord zonder body").isNotNull();
            String naam = ref.substring(ref.lastIndexOf('/') + 1);
            assertThat(a.data().getClass().getName()).as("getypeerd antwoord").isEqualTo(MODEL_PAKKET + "." + naam);
        } else if ("binary".equals(schema.path("format").asText())) {
            assertThat(a.data()).as("een bestand").isInstanceOf(File.class);
            byte[] b = leesBestand((File) a.data());
            if (type.equals("text/csv")) {
                // CSV for Excel: UTF-8 with BOM, then the header row (docs/rapportage.md)
                assertThat(new String(b, StandardCharsets.UTF_8)).startsWith("\uFEFF" + CSV_KOP + "\r\n");
            } else {
                assertThat(b).isNotEmpty();
            }
        }
    }

    static byte[] leesBestand(File f) {
        try {
            return Files.readAllBytes(f.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        if (pad.contains("/gebruikers") || pad.endsWith("/verwerkingen") || pad.endsWith("/instellingen")) {
            return BEHEERDER;
        }
        if (pad.endsWith("/logo")) {
            return "eindhoven-regisseur"; // the demo gemeente with a huisstijl of its own
        }
        JsonNode rollen = op.path("x-doorbraak-rollen");
        if (rollen.isArray() && !rollen.isEmpty()) {
            for (JsonNode r : rollen) {
                if (r.asText().equals("casusregisseur")) {
                    return REGISSEUR;
                }
            }
            for (JsonNode r : rollen) {
                if (r.asText().equals("rijk")) {
                    return "rijk-szw"; // the demo's Rijk account, of SZW
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
                basis.put(naam, pad.endsWith("/logo") ? "eindhoven" : "utrecht");
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
        String sjabloon = lijst.replace("/utrecht", "/{gemeente}");
        String veld = naam.equals("naam") ? "gebruikersnaam" : naam.equals("adres") ? "adres" : "id";
        String[] bron = BRONNEN.get(sjabloon);
        if (bron != null) {
            sjabloon = bron[0];
            lijst = bron[0].replace("{gemeente}", "utrecht");
            veld = bron[1];
        }
        if (!doc.path("paths").path(sjabloon).has("get")) {
            throw new AssertionError("kan {" + naam + "} niet invullen: er is geen lijst GET " + lijst
                    + "; noem in OpenApiClientIT.BRONNEN waar de ids staan");
        }
        Api api = account == null ? platform.api() : platform.api().als(account);
        Api.Antwoord a = api.get(lijst + "?pageSize=100");
        assertThat(a.status()).as("GET %s om {%s} in te vullen: %s", lijst, naam, a).isEqualTo(200);
        List<String> l = new ArrayList<>();
        String v = veld;
        a.json().path("results").forEach(r -> {
            if (r.hasNonNull(v) && !l.contains(r.path(v).asText())) {
                l.add(r.path(v).asText());
            }
        });
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
        /** A Cookie header for the next call, as a browser would send it (the SSO sign-in's binding cookie). */
        String cookie;

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
                    if (cookie != null) {
                        b.header("Cookie", cookie);
                    }
                };
                apiClient.getMethod("setRequestInterceptor", Consumer.class).invoke(ac, login);
                // a 302 is an answer to check, not something to follow
                apiClient.getMethod("setHttpClientBuilder", HttpClient.Builder.class).invoke(ac,
                        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER));
                ObjectMapper mapper = (ObjectMapper) apiClient.getMethod("getObjectMapper").invoke(ac);
                streng(mapper);
                // the strictness is in force: an unknown field or a number as text does not deserialise
                Class<?> problem = loader.loadClass(MODEL_PAKKET + ".Problem");
                for (String fout : List.of("{\"status\":400,\"onbekendVeld\":1}", "{\"status\":\"400\"}")) {
                    try {
                        mapper.readValue(fout, problem);
                        throw new AssertionError("de strenge Jackson van de client nam " + fout + " aan");
                    } catch (com.fasterxml.jackson.core.JsonProcessingException verwacht) {
                        // as it should
                    }
                }
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
                        HttpHeaders h = (HttpHeaders) k.getMethod("getResponseHeaders")
                                .invoke(t);
                        Map<String, List<String>> headers = h == null ? Map.of() : h.map();
                        String body = (String) k.getMethod("getResponseBody").invoke(t);
                        // a redirect is an answer (the client does not follow it); anything else an error
                        String fout = code / 100 == 3 ? null : code == 0 ? t.toString() : body == null ? "" : body;
                        return new Antwoord(code, header(headers, "Content-Type"), null, fout, headers);
                    } catch (ReflectiveOperationException f) {
                        throw new IllegalStateException(f);
                    }
                }
                throw new AssertionError("de client gooide " + t, t);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            } finally {
                als = null;
                cookie = null;
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

    /**
     * An identity provider just big enough for the generated client to go through inloggen via de gemeente: discovery,
     * keys, an authorization endpoint that is never called (the test plays the person and reads the request from the
     * Location header) and a token endpoint that answers a code with an ID token signed here (RS256, Nimbus). The
     * real thing, Keycloak, is SsoIT's; here the point is the client, not OpenID Connect.
     */
    static final class ProefIdp implements AutoCloseable {

        static final String CLIENT = "doorbraak-proef";
        static final String GEHEIM = "proefgeheim-" + UUID.randomUUID();
        final HttpServer server;
        final RSAKey sleutel;
        final String issuer;
        /** code → the claims of the ID token it is exchanged for */
        final Map<String, JWTClaimsSet> codes = new ConcurrentHashMap<>();

        ProefIdp() {
            try {
                sleutel = new RSAKeyGenerator(2048).keyID("proef").generate();
                server = HttpServer.create(new InetSocketAddress(
                        InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException(e);
            }
            issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/utrecht";
            String basis = "/realms/utrecht";
            server.createContext(basis + "/.well-known/openid-configuration", ex -> stuur(ex, "{\"issuer\":\""
                    + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/auth\",\"token_endpoint\":\""
                    + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\",\"response_types_supported\":"
                    + "[\"code\"],\"subject_types_supported\":[\"public\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"code_challenge_methods_supported\":[\"S256\"]}"));
            server.createContext(basis + "/jwks", ex -> stuur(ex,
                    new JWKSet(sleutel.toPublicJWK()).toString()));
            server.createContext(basis + "/token", ex -> {
                String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String code = null;
                for (String paar : form.split("&")) {
                    if (paar.startsWith("code=")) {
                        code = URLDecoder.decode(paar.substring(5), StandardCharsets.UTF_8);
                    }
                }
                JWTClaimsSet claims = code == null ? null : codes.remove(code);
                if (claims == null) {
                    ex.getResponseHeaders().set("Content-Type", "application/json");
                    byte[] b = "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8);
                    ex.sendResponseHeaders(400, b.length);
                    ex.getResponseBody().write(b);
                    ex.close();
                    return;
                }
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(sleutel.getKeyID()).build(), claims);
                try {
                    jwt.sign(new RSASSASigner(sleutel));
                } catch (JOSEException e) {
                    throw new IOException(e);
                }
                stuur(ex, "{\"access_token\":\"proef\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"id_token\":\"" + jwt.serialize() + "\"}");
            });
            server.start();
        }

        /** The person signs in: a code for an ID token with these claims, for the nonce of the request. */
        String meldAan(String nonce, String gebruikersnaam, String rol) {
            String code = UUID.randomUUID().toString();
            Date nu = new Date();
            codes.put(code, new JWTClaimsSet.Builder().issuer(issuer).subject(gebruikersnaam)
                    .audience(CLIENT).issueTime(nu).expirationTime(new Date(nu.getTime() + 300_000))
                    .claim("nonce", nonce).claim("preferred_username", gebruikersnaam)
                    .claim("name", "Proef " + gebruikersnaam).claim("doorbraak_rollen", List.of(rol)).build());
            return code;
        }

        private static void stuur(HttpExchange ex, String json) throws IOException {
            byte[] b = json.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
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
}
