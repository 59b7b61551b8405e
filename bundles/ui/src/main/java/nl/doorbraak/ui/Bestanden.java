package nl.doorbraak.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.osgi.framework.Bundle;

/**
 * De bestanden van de webapplicatie ({@code /app} in de bundle), eenmaal gelezen en gecomprimeerd. De {@link #versie()}
 * is een hash over alle namen en inhouden: de index verwijst naar {@code /app/<versie>/...}, dus een nieuwe bundle
 * geeft nieuwe URL's en een browser laadt nooit een oud bestand uit zijn cache.
 */
final class Bestanden {

    /** De plek in de index waar de versie komt. */
    static final String VERSIE_PLEK = "{{versie}}";

    record Bestand(byte[] inhoud, byte[] gzip, String type, String etag) {
    }

    private final Map<String, Bestand> bestanden;
    private final String versie;
    private final Bestand index;
    private final java.util.regex.Pattern routes;

    Bestanden(Map<String, byte[]> ruw) {
        TreeMap<String, byte[]> gesorteerd = new TreeMap<>(ruw);
        byte[] indexRuw = gesorteerd.remove("index.html");
        if (indexRuw == null) {
            throw new IllegalStateException("index.html ontbreekt in de bundle");
        }
        MessageDigest sha = sha256();
        sha.update(indexRuw);
        gesorteerd.forEach((naam, inhoud) -> {
            sha.update(naam.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(inhoud);
        });
        this.versie = HexFormat.of().formatHex(sha.digest(), 0, 8);
        byte[] routesJson = gesorteerd.get("routes.json");
        if (routesJson == null) {
            throw new IllegalStateException("routes.json ontbreekt in de bundle");
        }
        this.routes = Routes.patroon(routesJson);
        TreeMap<String, Bestand> b = new TreeMap<>();
        gesorteerd.forEach((naam, inhoud) -> b.put(naam, bestand(naam, inhoud)));
        this.bestanden = Collections.unmodifiableMap(b);
        this.index = bestand("index.html", new String(indexRuw, StandardCharsets.UTF_8).replace(VERSIE_PLEK, versie)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Alles onder {@code /app} in de bundle. */
    static Bestanden uit(Bundle bundle) {
        Map<String, byte[]> ruw = new TreeMap<>();
        Enumeration<URL> e = bundle.findEntries("app", "*", true);
        while (e != null && e.hasMoreElements()) {
            URL u = e.nextElement();
            String pad = u.getPath();
            if (!pad.endsWith("/")) {
                try (InputStream in = u.openStream()) {
                    ruw.put(pad.substring(pad.indexOf("app/") + 4), in.readAllBytes());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        return new Bestanden(ruw);
    }

    /** Alles onder een map (voor tests: {@code target/classes/app}). */
    static Bestanden uit(Path map) {
        Map<String, byte[]> ruw = new TreeMap<>();
        try (Stream<Path> s = Files.walk(map)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                ruw.put(map.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Bestanden(ruw);
    }

    String versie() {
        return versie;
    }

    Bestand index() {
        return index;
    }

    /** Of de app dit pad kent (routes.json): dan krijgt het de index. */
    boolean isRoute(String pad) {
        return routes.matcher(pad).matches();
    }

    /** Een bestand onder {@code /app/<versie>/}, of null. */
    Bestand bestand(String naam) {
        return bestanden.get(naam);
    }

    private static Bestand bestand(String naam, byte[] inhoud) {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(inhoud.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(uit)) {
            gz.write(inhoud);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest sha = sha256();
        String etag = "\"" + HexFormat.of().formatHex(sha.digest(inhoud), 0, 8) + "\"";
        return new Bestand(inhoud, uit.toByteArray(), type(naam), etag);
    }

    static String type(String naam) {
        String ext = naam.substring(naam.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html;charset=utf-8";
            case "css" -> "text/css;charset=utf-8";
            case "js", "mjs" -> "text/javascript;charset=utf-8";
            case "json" -> "application/json";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "woff2" -> "font/woff2";
            default -> "application/octet-stream";
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
