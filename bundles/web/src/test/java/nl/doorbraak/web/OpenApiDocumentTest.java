package nl.doorbraak.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.doorbraak.web.route.Router;

/**
 * The paths and the components of the OpenAPI document and the route table, as committed: a change of the contract
 * shows in the git diff of {@code openapi-paden.json}, {@code openapi-componenten.json} and {@code routes.txt}. After a deliberate change, write them again with
 * {@code -Dopenapi.bijwerken=true} and commit the resources with the change.
 */
class OpenApiDocumentTest {

    private static final Path BRONNEN = Path.of("src/test/resources/nl/doorbraak/web");

    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void depadenZijnZoalsVastgelegd() throws IOException {
        vergelijk("openapi-paden.json", gesorteerd(server.get("/api/openapi.json").json().get("paths")));
    }

    @Test
    void deComponentenZijnZoalsVastgelegd() throws IOException {
        vergelijk("openapi-componenten.json", gesorteerd(server.get("/api/openapi.json").json().get("components")));
    }

    /** Keys sorted: the order of keys in an object means nothing, so the diff shows only what changed. */
    private static String gesorteerd(JsonNode n) throws IOException {
        Object boom = TestServer.MAPPER.convertValue(n, Object.class);
        return TestServer.MAPPER.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writerWithDefaultPrettyPrinter().writeValueAsString(boom) + "\n";
    }

    @Test
    void deRoutetabelIsZoalsVastgelegd() throws IOException {
        // every core path with the Allow header of OPTIONS
        String tekst = new Router(server.omgeving()).routes().stream()
                .map(r -> r.sjabloon() + " " + r.allow()).sorted().collect(Collectors.joining("\n")) + "\n";
        vergelijk("routes.txt", tekst);
    }

    private static void vergelijk(String naam, String tekst) throws IOException {
        if (Boolean.getBoolean("openapi.bijwerken")) {
            Files.writeString(BRONNEN.resolve(naam), tekst, StandardCharsets.UTF_8);
        }
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(naam)) {
            assertThat(in).as(naam + " ontbreekt; maak hem met -Dopenapi.bijwerken=true").isNotNull();
            assertThat(tekst).as(naam + " (na een bewuste wijziging: -Dopenapi.bijwerken=true)")
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
