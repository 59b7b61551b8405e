package nl.doorbraak.distributie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the Doorbraak API, as an API client or a browser session would use it. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Platform platform;
    private final HttpClient http;
    private String basic;
    private String cookie;
    private String csrf;

    Api(Platform platform) {
        this.platform = platform;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** HTTP Basic, as an API client. */
    Api als(String gebruiker, String wachtwoord) {
        basic = "Basic " + Base64.getEncoder()
                .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Demo account with password {@code demo}, HTTP Basic. */
    Api als(String gebruiker) {
        return als(gebruiker, "demo");
    }

    /** Logs in through POST /api/sessies and keeps the session cookie and CSRF token, as the UI does. */
    Antwoord login(String gebruiker, String wachtwoord) {
        Antwoord a = post("/api/sessies", Map.of("gebruikersnaam", gebruiker, "wachtwoord", wachtwoord));
        if (a.status() == 201) {
            neemSessieOver(a);
        }
        return a;
    }

    /** Keeps the session cookie and CSRF token an answer gives (a login, a password change), as the browser does. */
    Antwoord neemSessieOver(Antwoord a) {
        String setCookie = a.header("Set-Cookie");
        if (setCookie != null) {
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
            csrf = a.json().path("csrfToken").asText();
        }
        return a;
    }

    /** A session begun elsewhere (e.g. at a gemeente's identity provider): its cookie and CSRF token, as the UI keeps them. */
    Api metSessie(String cookie, String csrfToken) {
        this.cookie = cookie;
        this.csrf = csrfToken;
        return this;
    }

    /** The session cookie as it is now ({@code DOORBRAAK_SESSIE=...}), to try it again later. */
    String cookie() {
        return cookie;
    }

    Antwoord put(String pad, Object body) {
        return verstuur("PUT", pad, body, Map.of());
    }

    Antwoord delete(String pad) {
        return verstuur(request(pad).DELETE(), Map.of());
    }

    String csrfToken() {
        return csrf;
    }

    Api zonderCsrf() {
        csrf = null;
        return this;
    }

    Antwoord get(String pad) {
        return verstuur(request(pad).GET(), Map.of());
    }

    Antwoord post(String pad, Object body) {
        return verstuur("POST", pad, body, Map.of());
    }

    Antwoord verstuur(String methode, String pad, Object body, Map<String, String> headers) {
        String tekst;
        try {
            tekst = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        h.putAll(headers);
        return verstuur(request(pad).method(methode, HttpRequest.BodyPublishers.ofString(tekst)), h);
    }

    Antwoord verstuur(HttpRequest.Builder b, Map<String, String> headers) {
        headers.forEach((k, v) -> {
            if (v != null) {
                b.setHeader(k, v);
            }
        });
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Antwoord(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException("Verzoek mislukt: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String pad) {
        HttpRequest.Builder b = HttpRequest.newBuilder(pad.startsWith("http") ? URI.create(pad) : platform.uri(pad))
                .timeout(Duration.ofSeconds(30));
        if (basic != null) {
            b.header("Authorization", basic);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
            if (csrf != null) {
                b.header("X-CSRF-Token", csrf);
            }
        }
        return b;
    }

    record Antwoord(int status, String body, Map<String, java.util.List<String>> headers) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Geen JSON (status " + status + "): " + body, e);
            }
        }

        String header(String naam) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
