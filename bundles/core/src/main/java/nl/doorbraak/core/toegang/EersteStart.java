package nl.doorbraak.core.toegang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.GezondheidImpl;
import nl.doorbraak.core.platform.Periodiek;
import nl.doorbraak.core.platform.Tijd;

/**
 * The first start of a real platform: started without demo data and without any account that is not a demo
 * account, it creates the platformbeheerder with a one-time password, which must be changed at the first login. The
 * password comes from {@code DOORBRAAK_BEHEERDER_WACHTWOORD}, or from the file named by
 * {@code DOORBRAAK_BEHEERDER_WACHTWOORD_FILE} (framework property {@code doorbraak.beheerder.wachtwoordbestand}), or is
 * generated and written to {@code <data>/eerste-beheerder.txt}, readable by the platform's OS user only; the log
 * names that file, never the password. The file is deleted once the password has been changed.
 */
@Component(service = EventHandler.class, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + DoorbraakEvents.GEBRUIKER_GEWIJZIGD)
public final class EersteStart implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EersteStart.class);
    public static final String NAAM = "doorbraak.beheerder";
    public static final String WACHTWOORDBESTAND = "doorbraak.beheerder.wachtwoordbestand";
    public static final String OMGEVING = "DOORBRAAK_BEHEERDER_WACHTWOORD";
    static final String STANDAARD_NAAM = "beheerder";
    static final String BESTAND = "eerste-beheerder.txt";
    static final String BRON = "core.eerstestart";

    private final Database db;
    private final Inlogbewaker bewaker;
    private final GezondheidImpl gezondheid;
    private final String naam;
    private final Path bestand;
    private final ExecutorService uitvoerder;

    @Activate
    public EersteStart(@Reference(name = "database") Database db, @Reference(name = "bewaker") Inlogbewaker bewaker,
            @Reference(name = "gezondheid") GezondheidImpl gezondheid, BundleContext context) {
        this(db, bewaker, gezondheid, context::getProperty);
        if (Boolean.parseBoolean(context.getProperty("doorbraak.demo"))) {
            // the demo brings its own accounts; a later start without --demo gets a beheerder of its own
            gezondheid.klaar(GezondheidImpl.ACCOUNTS);
            return;
        }
        String wachtwoordbestand = context.getProperty(WACHTWOORDBESTAND);
        String uitOmgeving = System.getenv(OMGEVING);
        // hashing takes a moment: not in @Activate's thread; health says "starting" meanwhile
        uitvoerder.execute(() -> {
            try {
                voerUit(wachtwoordbestand, uitOmgeving);
            } catch (RuntimeException e) {
                LOG.error("De eerste beheerder kon niet worden aangemaakt", e);
                gezondheid.meld(BRON, "De eerste beheerder kon niet worden aangemaakt: " + e.getMessage());
            } finally {
                gezondheid.klaar(GezondheidImpl.ACCOUNTS);
            }
        });
    }

    /** Without starting anything: tests call {@link #voerUit} themselves. */
    public EersteStart(Database db, Inlogbewaker bewaker, GezondheidImpl gezondheid,
            Function<String, String> eigenschap) {
        this.db = db;
        this.bewaker = bewaker;
        this.gezondheid = gezondheid;
        String n = eigenschap.apply(NAAM);
        this.naam = n == null || n.isBlank() ? STANDAARD_NAAM : n.strip();
        String data = eigenschap.apply("doorbraak.data");
        this.bestand = Path.of(data == null ? "data" : data).resolve(BESTAND);
        this.uitvoerder = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "doorbraak-eerste-start");
            t.setDaemon(true);
            return t;
        });
    }

    /** For tests: the same work, in the caller's thread. */
    void voerUit(String wachtwoordbestand, String uitOmgeving) {
        if (db.lees(c -> new GebruikerStore().echteAccounts(c))) {
            ruimBestandOp();
            return;
        }
        if (Gebruikersnaam.uitInvoer(naam) == null || !naam.equals(Gebruikersnaam.uitInvoer(naam))) {
            waarschuw("de naam '" + Tekst.voorLog(naam) + "' (" + NAAM + ") is geen geldige gebruikersnaam: "
                    + "3 tot 100 kleine letters, cijfers of . _ @ -.");
            return;
        }
        char[] wachtwoord;
        String herkomst;
        if (uitOmgeving != null && !uitOmgeving.isEmpty()) {
            wachtwoord = uitOmgeving.toCharArray();
            herkomst = "de omgevingsvariabele " + OMGEVING;
        } else if (wachtwoordbestand != null && !wachtwoordbestand.isBlank()) {
            Optional<char[]> uitBestand = leesBestand(Path.of(wachtwoordbestand));
            if (uitBestand.isEmpty()) {
                return;
            }
            wachtwoord = uitBestand.get();
            herkomst = "het bestand " + wachtwoordbestand;
        } else {
            wachtwoord = genereer();
            herkomst = null;
        }
        try {
            Optional<String> reden = new Wachtwoordbeleid().waaromNiet(wachtwoord, naam);
            if (reden.isPresent()) {
                waarschuw("het wachtwoord uit " + herkomst + " voldoet niet: " + reden.get());
                return;
            }
            String hash = bewaker.wachtwoorden().hash(wachtwoord);
            if (herkomst == null) {
                schrijfBestand(wachtwoord);
                herkomst = bestand.toString();
            }
            boolean gemaakt = db.inTransactie(c -> {
                GebruikerStore store = new GebruikerStore();
                if (store.echteAccounts(c) || store.bestaat(c, naam)) {
                    return false;
                }
                store.voegToe(c, new Gebruiker(naam, "Platformbeheerder", null, Set.of(Rol.PLATFORMBEHEERDER),
                        Set.of()), null, Bron.LOKAAL, hash, true, false, null, null, Tijd.nu());
                new AuditStore().schrijf(c, null, null, "gebruiker", naam, "aangemaakt", "eerste start",
                        List.of(new nl.doorbraak.api.domein.AuditRegel.Veldwijziging("rollen", null,
                                List.of(Rol.PLATFORMBEHEERDER.code()))));
                return true;
            });
            if (gemaakt) {
                gezondheid.herstel(BRON);
                LOG.info("Eerste start: platformbeheerder '{}' aangemaakt; het eenmalige wachtwoord staat in {}. Wijzig "
                        + "het bij de eerste login (PUT /api/account/wachtwoord).", naam, herkomst);
                System.out.println("Eerste start: log in als '" + naam + "' met het eenmalige wachtwoord uit " + herkomst
                        + "; daarna moet u het wijzigen.");
            } else if (herkomst.equals(bestand.toString())) {
                ruimBestandOp();
            }
        } finally {
            Arrays.fill(wachtwoord, '\0');
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (naam.equals(event.getProperty(DoorbraakEvents.GEBRUIKERSNAAM))
                && "wachtwoord".equals(event.getProperty(DoorbraakEvents.WAT))) {
            ruimBestandOp();
        }
    }

    @Deactivate
    void deactiveer() {
        Periodiek.stopZonderOnderbreken(uitvoerder, "doorbraak-eerste-start", 30);
    }

    /** Removes the generated password once it is no longer valid. */
    private void ruimBestandOp() {
        try {
            boolean nogNodig = db.lees(c -> new GebruikerStore().zoek(c, naam))
                    .map(r -> r.account().wachtwoordWijzigen() && r.account().actief()).orElse(false);
            if (!nogNodig && Files.deleteIfExists(bestand)) {
                LOG.info("{} verwijderd: het eenmalige wachtwoord is gewijzigd", bestand);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} kon niet worden verwijderd: {}", bestand, e.toString());
        }
    }

    private Optional<char[]> leesBestand(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            // one line; the newline an editor adds is not part of it
            int einde = s.indexOf('\n');
            String w = (einde < 0 ? s : s.substring(0, einde)).replace("\r", "");
            return Optional.of(w.toCharArray());
        } catch (IOException e) {
            waarschuw("het wachtwoordbestand " + p + " kan niet worden gelezen (" + e.getClass().getSimpleName() + ").");
            return Optional.empty();
        }
    }

    private void schrijfBestand(char[] wachtwoord) {
        String inhoud = "Doorbraak, eerste start\n\ngebruikersnaam: " + naam + "\nwachtwoord:     " + new String(wachtwoord)
                + "\n\nDit wachtwoord is eenmalig: bij de eerste login kiest u een eigen wachtwoord (PUT "
                + "/api/account/wachtwoord),\ndaarna verdwijnt dit bestand.\n";
        try {
            Files.createDirectories(bestand.getParent());
            Files.deleteIfExists(bestand);
            try {
                Files.createFile(bestand, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(bestand); // not a POSIX file system
            }
            Files.writeString(bestand, inhoud, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(bestand + " bestaat al", e);
        } catch (IOException e) {
            throw new IllegalStateException(bestand + " kan niet worden geschreven: " + e.getMessage(), e);
        }
    }

    private void waarschuw(String zin) {
        String tekst = "Eerste start: geen platformbeheerder aangemaakt, want " + zin;
        LOG.error(tekst);
        gezondheid.meld(BRON, tekst);
    }

    /** 100 random bits, readable: five groups of four of Crockford's base32. */
    static char[] genereer() {
        char[] tekens = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
        SecureRandom r = new SecureRandom();
        char[] w = new char[24];
        for (int i = 0, j = 0; i < w.length; i++) {
            w[i] = (i + 1) % 5 == 0 ? '-' : tekens[r.nextInt(tekens.length)];
        }
        return w;
    }
}
