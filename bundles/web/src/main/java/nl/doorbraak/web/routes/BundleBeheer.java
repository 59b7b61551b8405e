package nl.doorbraak.web.routes;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Probleem;

/**
 * Plug-ins installeren, bijwerken en verwijderen over HTTP (platformbeheerder), met dezelfde hot deploy als een
 * beheerder met de hand doet: de jar gaat atomair in {@code deploy/} (eerst als verborgen bestand, dat FileInstall
 * overslaat, dan een {@code move}), FileInstall installeert hem of werkt de bundle ter plekke bij, en het antwoord komt
 * pas als het framework de bundle in die versie heeft gestart. Verwijderen haalt het bestand weg; de gegevens van de
 * plug-in blijven (de regel van hot swap).
 */
public final class BundleBeheer {

    private static final Logger LOG = LoggerFactory.getLogger(BundleBeheer.class);

    public static final String JAR = "application/java-archive";
    public static final String X_JAR = "application/x-java-archive";
    public static final String OCTET = "application/octet-stream";
    /** De grootste jar die we aannemen: ruim voor een plug-in (de standaardvariant is ~50 kB). */
    public static final int MAX_BYTES = 32 * 1024 * 1024;
    /**
     * Bundles van het platform zelf, in {@code deploy/} of {@code system/}: nooit via deze route te vervangen of te
     * verwijderen. Elke andere bundle buiten {@code deploy/} (infrastructuur in {@code system/}) ook niet.
     */
    static final Set<String> PLATFORM = Set.of("nl.doorbraak.api", "nl.doorbraak.core", "nl.doorbraak.web",
            "nl.doorbraak.ui", "nl.doorbraak.shell", "nl.doorbraak.jetty", "nl.doorbraak.flyway.gson");

    private final Omgeving omgeving;
    /** Hoe lang we in totaal wachten tot FileInstall de bundle heeft geïnstalleerd of verwijderd. */
    private final long wachtMs;
    /** Hoe lang een geïnstalleerde bundle in de nieuwe versie mag doen over starten, voordat we zeggen dat hij niet start. */
    private final long startMs;
    /** Eén installatie of verwijdering tegelijk: twee beheerders die tegelijk uploaden zien elk hun eigen uitkomst. */
    private final ReentrantLock bezig = new ReentrantLock();

    public BundleBeheer(Omgeving omgeving) {
        this(omgeving, 30_000, 15_000);
    }

    BundleBeheer(Omgeving omgeving, long wachtMs, long startMs) {
        this.omgeving = omgeving;
        this.wachtMs = wachtMs;
        this.startMs = startMs;
    }

    /** {@code POST /api/platform/bundles} met de jar als body. */
    public void installeer(Aanvraag a) throws IOException {
        a.gebruiker();
        String mt = a.mediatype();
        if (mt == null || !List.of(JAR, OCTET, X_JAR).contains(mt)) {
            // also JSON, which the router lets through to every route
            throw Probleem.verkeerdMediatype(a.req.getContentType(), JAR + " of " + OCTET);
        }
        Path deploy = deployMap();
        PluginJar jar = PluginJar.lees(a.body(MAX_BYTES));
        String naam = jar.symbolischeNaam();
        if (!bezig.tryLock()) {
            throw Probleem.conflict("Er wordt al een plug-in geïnstalleerd of verwijderd; probeer het zo opnieuw.");
        }
        try {
            Bundle[] bundles = omgeving.bundles();
            weigerPlatform(naam, bundles);
            List<Bundle> huidig = inDeploy(naam, bundles);
            // a new version of an installed plug-in replaces the file in use, so FileInstall updates that bundle in
            // place (same bundle id); two files of one plug-in would leave the lower one unused
            String bestand = huidig.isEmpty() ? vrijeNaam(deploy, naam, jar.versie()) : bestandsnaam(huidig.get(0));
            Path doel = deploy.resolve(bestand);
            Bundle oud = bundleOp(locatie(bestand), bundles);
            long oudGewijzigd = oud == null ? Long.MIN_VALUE : oud.getLastModified();
            schrijf(deploy, doel, jar.inhoud());
            LOG.info("Plug-in {} {} via de API in deploy/{} gezet ({})", naam, jar.versie(), bestand,
                    oud == null ? "nieuw" : "in plaats van " + oud.getVersion());
            Bundle b = wachtOpStart(locatie(bestand), jar.versie(), oudGewijzigd, naam);
            a.json(oud == null ? 201 : 200, antwoord(b));
        } finally {
            bezig.unlock();
        }
    }

    /** {@code DELETE /api/platform/bundles/{symbolischeNaam}}: het bestand (of de bestanden) uit deploy/. */
    public void verwijder(Aanvraag a) throws IOException {
        a.gebruiker();
        String naam = a.deel(2);
        Path deploy = deployMap();
        if (!bezig.tryLock()) {
            throw Probleem.conflict("Er wordt al een plug-in geïnstalleerd of verwijderd; probeer het zo opnieuw.");
        }
        try {
            Bundle[] bundles = omgeving.bundles();
            weigerPlatform(naam, bundles);
            List<Bundle> huidig = inDeploy(naam, bundles);
            if (huidig.isEmpty()) {
                throw Probleem.nietGevonden("Er is geen plug-in met de symbolische naam '" + naam + "' geïnstalleerd.");
            }
            List<String> locaties = new ArrayList<>();
            for (Bundle b : huidig) {
                String bestand = bestandsnaam(b);
                Files.deleteIfExists(deploy.resolve(bestand));
                locaties.add(b.getLocation());
                LOG.info("Plug-in {} {} via de API uit deploy/ verwijderd ({})", naam, b.getVersion(), bestand);
            }
            wachtOpVerwijderd(locaties, naam);
            a.leeg(204);
        } finally {
            bezig.unlock();
        }
    }

    private Path deployMap() {
        String uri = omgeving.deployMap();
        if (uri == null) {
            throw Probleem.nietBeschikbaar("Dit platform heeft geen map deploy/ om plug-ins in te zetten.",
                    omgeving.instellingen().retryAfterSeconden());
        }
        return Path.of(URI.create(uri));
    }

    /** 409 voor een bundle van het platform: de core, web, ui, shell, de api en alles in system/. */
    private void weigerPlatform(String naam, Bundle[] bundles) {
        boolean platform = PLATFORM.contains(naam);
        for (Bundle b : bundles) {
            if (naam.equals(b.getSymbolicName()) && (b.getBundleId() == 0 || !uitDeploy(b))) {
                platform = true;
            }
        }
        if (platform) {
            throw Probleem.conflict("'" + naam + "' is een bundle van het platform zelf, geen plug-in: die wordt niet "
                    + "via de API vervangen of verwijderd, maar met een nieuwe versie van het platform.");
        }
    }

    /** De bundles met deze naam uit deploy/, de hoogste versie (die in gebruik is) eerst. */
    private List<Bundle> inDeploy(String naam, Bundle[] bundles) {
        List<Bundle> l = new ArrayList<>();
        for (Bundle b : bundles) {
            if (naam.equals(b.getSymbolicName()) && uitDeploy(b) && b.getState() != Bundle.UNINSTALLED) {
                l.add(b);
            }
        }
        l.sort(Comparator.comparing(Bundle::getVersion).reversed().thenComparingLong(Bundle::getBundleId));
        return l;
    }

    /** Een bundle die FileInstall uit deploy/ installeerde (niet uit een map daaronder). */
    private boolean uitDeploy(Bundle b) {
        String deploy = omgeving.deployMap();
        String locatie = b.getLocation();
        return deploy != null && locatie != null && locatie.startsWith(deploy)
                && locatie.indexOf('/', deploy.length()) < 0;
    }

    /**
     * De naam voor een nieuwe plug-in: {@code <naam>.jar}, of met de versie erbij als dat bestand er al staat (het kan
     * een andere bundle zijn, die we nooit overschrijven).
     */
    private static String vrijeNaam(Path deploy, String naam, Version versie) {
        for (String kandidaat : new String[] {naam + ".jar", naam + "-" + versie + ".jar"}) {
            if (!Files.exists(deploy.resolve(kandidaat))) {
                return kandidaat;
            }
        }
        throw Probleem.conflict("In deploy/ staan al bestanden met de naam van " + naam + " die niet bij een "
                + "geïnstalleerde versie horen; ruim deploy/ op en probeer het opnieuw.");
    }

    private String bestandsnaam(Bundle b) {
        return b.getLocation().substring(omgeving.deployMap().length());
    }

    /** De locatie zoals FileInstall hem schrijft: de URI van deploy/ en de bestandsnaam. */
    private String locatie(String bestand) {
        return omgeving.deployMap() + bestand;
    }

    private static Bundle bundleOp(String locatie, Bundle[] bundles) {
        for (Bundle b : bundles) {
            if (locatie.equals(b.getLocation()) && b.getState() != Bundle.UNINSTALLED) {
                return b;
            }
        }
        return null;
    }

    /** Eerst een verborgen bestand naast het doel (FileInstall slaat het over), dan een atomaire move erover. */
    private static void schrijf(Path deploy, Path doel, byte[] inhoud) {
        Path tmp = deploy.resolve(".upload-" + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, inhoud);
            Files.move(tmp, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException weg) {
                e.addSuppressed(weg);
            }
            LOG.error("Plug-in kon niet in {} worden gezet", doel, e);
            throw Probleem.intern("De plug-in kon niet in deploy/ worden gezet; er is niets veranderd. De fout is "
                    + "vastgelegd in logs/doorbraak.log.");
        }
    }

    /**
     * Wacht tot de bundle op deze locatie deze versie heeft (bij een update: een nieuwere wijzigingstijd) en actief
     * is. Is hij er in die versie maar start hij niet binnen {@link #startMs}, dan 409: hij staat in deploy/ en
     * draait niet, en dat zeggen we.
     */
    private Bundle wachtOpStart(String locatie, Version versie, long oudGewijzigd, String naam) {
        long nu = System.nanoTime();
        long einde = nu + wachtMs * 1_000_000L;
        long startEinde = Long.MAX_VALUE;
        Bundle b = null;
        while (true) {
            b = bundleOp(locatie, omgeving.bundles());
            boolean nieuw = b != null && versie.equals(b.getVersion()) && b.getLastModified() != oudGewijzigd;
            if (nieuw) {
                int s = b.getState();
                if (s == Bundle.ACTIVE || (s == Bundle.STARTING && lui(b))) {
                    return b;
                }
                if (startEinde == Long.MAX_VALUE) {
                    startEinde = System.nanoTime() + startMs * 1_000_000L;
                }
            }
            long t = System.nanoTime();
            if (t - Math.min(einde, startEinde) >= 0) {
                break;
            }
            slaap();
        }
        if (startEinde != Long.MAX_VALUE && b != null) {
            BundleAntwoord s = BundleAntwoord.van(b, null);
            String waarom = b.getState() == Bundle.INSTALLED
                    ? "zijn afhankelijkheden ontbreken (een package dat geen bundle levert)"
                    : "hij gaf een fout bij het starten";
            throw Probleem.conflict("De plug-in " + naam + " " + versie + " staat in deploy/ maar start niet (toestand: "
                    + s.status() + "): " + waarom + ". Zie logs/doorbraak.log en /api/health; verwijder hem of "
                    + "upload een versie die wel start.");
        }
        throw Probleem.nietBeschikbaar("De plug-in " + naam + " " + versie + " staat in deploy/, maar het platform "
                + "heeft hem nog niet geïnstalleerd. Kijk zo in de lijst van bundles.",
                omgeving.instellingen().retryAfterSeconden());
    }

    private static boolean lui(Bundle b) {
        String beleid = b.getHeaders("").get(org.osgi.framework.Constants.BUNDLE_ACTIVATIONPOLICY);
        return beleid != null && beleid.strip().startsWith(org.osgi.framework.Constants.ACTIVATION_LAZY);
    }

    private void wachtOpVerwijderd(List<String> locaties, String naam) {
        long einde = System.nanoTime() + wachtMs * 1_000_000L;
        while (true) {
            boolean weg = true;
            Bundle[] bundles = omgeving.bundles();
            for (String l : locaties) {
                weg &= bundleOp(l, bundles) == null;
            }
            if (weg) {
                return;
            }
            if (System.nanoTime() - einde >= 0) {
                throw Probleem.nietBeschikbaar("Het bestand van " + naam + " is uit deploy/ verwijderd, maar het "
                        + "platform heeft de bundle nog niet verwijderd. Kijk zo in de lijst van bundles.",
                        omgeving.instellingen().retryAfterSeconden());
            }
            slaap();
        }
    }

    private BundleAntwoord antwoord(Bundle b) {
        // after the wait: the core's register only now, so no request holds the core while a plug-in swaps
        RechtenRegister register = omgeving.rechten.huidig();
        return BundleAntwoord.van(b, register == null ? null : register.van(b.getBundleId()).orElse(null));
    }

    private static void slaap() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Probleem.nietBeschikbaar("Het wachten op de plug-in werd afgebroken.", 5);
        }
    }
}
