package nl.doorbraak.core.gemeente;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A FileInstall {@code .cfg} file as a beheerder wrote it: values are read as {@link Properties} read them, and a
 * change rewrites only the lines of the keys that changed, so comments, blank lines and keys nobody describes stay.
 * Written atomically (a temporary file next to it, then a move), so FileInstall never reads half a file.
 */
final class Cfgbestand {

    private final String tekst;

    private Cfgbestand(String tekst) {
        this.tekst = tekst;
    }

    static Cfgbestand lees(Path bestand) throws IOException {
        return new Cfgbestand(Files.readString(bestand, StandardCharsets.UTF_8));
    }

    static Cfgbestand nieuw(String kopregel) {
        return new Cfgbestand("# " + kopregel + "\n");
    }

    /** The values, as FileInstall sees them (before its own {@code ${...}} substitution). */
    Map<String, String> waarden() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(tekst));
        } catch (IOException | IllegalArgumentException e) {
            // a malformed escape: what the lines say without it is still the best answer
            return Map.of();
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k).strip());
        }
        return m;
    }

    /** Changes with every change of the file's content, for If-Match. */
    long versie() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The file with these keys set ({@code null}: the line is removed, so the default applies); other lines as they
     * were, new keys at the end.
     */
    Cfgbestand met(Map<String, String> nieuw) {
        String[] regels = tekst.split("\n", -1);
        List<String> uit = new ArrayList<>();
        Set<String> gedaan = new LinkedHashSet<>();
        for (int i = 0; i < regels.length; i++) {
            String regel = regels[i];
            String sleutel = sleutel(regel);
            int einde = i;
            while (sleutel != null && eindigtMetVoortzetting(regels[einde]) && einde + 1 < regels.length) {
                einde++;
            }
            if (sleutel == null || !nieuw.containsKey(sleutel)) {
                for (int j = i; j <= einde; j++) {
                    uit.add(regels[j]);
                }
            } else if (gedaan.add(sleutel) && nieuw.get(sleutel) != null) {
                uit.add(regel(sleutel, nieuw.get(sleutel)));
            }
            i = einde;
        }
        // the file ended with a line break: keep new keys before that last empty part
        boolean slotregel = !uit.isEmpty() && uit.get(uit.size() - 1).isEmpty();
        if (slotregel) {
            uit.remove(uit.size() - 1);
        }
        for (Map.Entry<String, String> e : nieuw.entrySet()) {
            if (!gedaan.contains(e.getKey()) && e.getValue() != null) {
                uit.add(regel(e.getKey(), e.getValue()));
            }
        }
        return new Cfgbestand(String.join("\n", uit) + "\n");
    }

    /** Writes the file atomically: a hidden temporary file in the same folder, then a move over the old one. */
    void schrijf(Path bestand) throws IOException {
        Path tmp = bestand.resolveSibling("." + bestand.getFileName() + ".tmp");
        Files.writeString(tmp, tekst, StandardCharsets.UTF_8);
        try {
            try {
                Files.move(tmp, bestand, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, bestand, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    String tekst() {
        return tekst;
    }

    /** The key of a property line; {@code null} for a comment or a blank line. */
    static String sleutel(String regel) {
        String r = regel.stripLeading();
        if (r.isEmpty() || r.startsWith("#") || r.startsWith("!")) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < r.length()) {
                s.append(r.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static boolean eindigtMetVoortzetting(String regel) {
        int n = 0;
        for (int i = regel.length() - 1; i >= 0 && regel.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    /** {@code key = value}, with what a properties reader would take otherwise escaped; non-ASCII as {@code \\uXXXX}. */
    static String regel(String sleutel, String waarde) {
        StringBuilder s = new StringBuilder(sleutel).append(" = ");
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            if (c == '\\') {
                s.append("\\\\");
            } else if (c < 0x20 || c > 0x7e) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
