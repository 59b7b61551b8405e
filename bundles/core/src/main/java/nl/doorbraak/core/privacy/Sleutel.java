package nl.doorbraak.core.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a key in a file outside the database ({@code <data>/sleutels/bsn.key}, created on first use,
 * readable only by the owner). A database copy alone does not reveal a BSN; several nodes share the key file.
 */
final class Sleutel {

    private static final String VERSIE = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path bestand;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec sleutel;

    Sleutel(Path bestand) {
        this.bestand = bestand;
    }

    String versleutel(String tekst) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, sleutel(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] geheim = c.doFinal(tekst.getBytes(StandardCharsets.UTF_8));
            Base64.Encoder b = Base64.getEncoder();
            return VERSIE + ":" + b.encodeToString(iv) + ":" + b.encodeToString(geheim);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Versleutelen lukte niet", e);
        }
    }

    String ontsleutel(String opgeslagen) {
        String[] delen = opgeslagen.split(":");
        if (delen.length != 3 || !VERSIE.equals(delen[0])) {
            throw new IllegalStateException("Onbekend formaat van een versleutelde waarde");
        }
        try {
            Base64.Decoder b = Base64.getDecoder();
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, sleutel(), new GCMParameterSpec(TAG_BITS, b.decode(delen[1])));
            return new String(c.doFinal(b.decode(delen[2])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // another key file than the one the value was encrypted with
            throw new IllegalStateException("Ontsleutelen lukte niet; is " + bestand + " vervangen?", e);
        }
    }

    private SecretKeySpec sleutel() {
        SecretKeySpec s = sleutel;
        if (s == null) {
            synchronized (this) {
                if (sleutel == null) {
                    sleutel = new SecretKeySpec(laadOfMaak(), "AES");
                }
                s = sleutel;
            }
        }
        return s;
    }

    private byte[] laadOfMaak() {
        try {
            if (!Files.exists(bestand)) {
                Files.createDirectories(bestand.getParent());
                byte[] nieuw = new byte[32];
                random.nextBytes(nieuw);
                try {
                    Files.write(bestand, Base64.getEncoder().encode(nieuw), StandardOpenOption.CREATE_NEW);
                    try {
                        Files.setPosixFilePermissions(bestand, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system; the directory's rights apply
                    }
                } catch (FileAlreadyExistsException e) {
                    // another thread or node was first: use theirs
                }
            }
            byte[] k = Base64.getDecoder().decode(Files.readString(bestand).strip());
            if (k.length != 32) {
                throw new IllegalStateException(bestand + " bevat geen sleutel van 256 bits");
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("Sleutelbestand " + bestand + " niet te lezen of te maken", e);
        }
    }
}
