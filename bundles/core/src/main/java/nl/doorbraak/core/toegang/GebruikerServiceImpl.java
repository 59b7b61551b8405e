package nl.doorbraak.core.toegang;

import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.core.db.Database;

/**
 * Checks credentials against the salted hashes in {@code gebruiker}. Demo accounts only count when the platform runs
 * with demo data ({@code doorbraak.demo=true}); otherwise they are refused even though they are in the database.
 * Passwords are never logged, and an unknown user costs the same time as a wrong password.
 */
@Component(service = GebruikerService.class)
public final class GebruikerServiceImpl implements GebruikerService {

    private static final Logger LOG = LoggerFactory.getLogger(GebruikerServiceImpl.class);
    public static final String DEMO = "doorbraak.demo";

    private final Database db;
    private final boolean demoModus;
    private final GebruikerStore store = new GebruikerStore();
    private final Wachtwoorden wachtwoorden = new Wachtwoorden();

    @Activate
    public GebruikerServiceImpl(@Reference(name = "database") Database db, BundleContext context) {
        this(db, Boolean.parseBoolean(context.getProperty(DEMO)));
    }

    public GebruikerServiceImpl(Database db, boolean demoModus) {
        this.db = db;
        this.demoModus = demoModus;
    }

    @Override
    public Optional<Gebruiker> authenticeer(String gebruikersnaam, char[] wachtwoord) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank() || gebruikersnaam.length() > 100
                || wachtwoord == null) {
            return Optional.empty();
        }
        Optional<GebruikerStore.Account> account = db.lees(c -> store.zoek(c, gebruikersnaam));
        if (account.isEmpty()) {
            wachtwoorden.doeAlsOf(wachtwoord);
            LOG.info("Inloggen geweigerd voor '{}': onbekende gebruiker", gebruikersnaam);
            return Optional.empty();
        }
        GebruikerStore.Account a = account.get();
        boolean klopt = wachtwoorden.klopt(wachtwoord, a.wachtwoordHash());
        if (!klopt || !mag(a)) {
            LOG.info("Inloggen geweigerd voor '{}': {}", gebruikersnaam,
                    !klopt ? "wachtwoord klopt niet" : a.demo() ? "demo-account buiten demomodus" : "account niet actief");
            return Optional.empty();
        }
        return Optional.of(a.gebruiker());
    }

    @Override
    public Optional<Gebruiker> zoek(String gebruikersnaam) {
        if (gebruikersnaam == null || gebruikersnaam.isBlank() || gebruikersnaam.length() > 100) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gebruikersnaam)).filter(this::mag).map(GebruikerStore.Account::gebruiker);
    }

    private boolean mag(GebruikerStore.Account a) {
        return a.actief() && (!a.demo() || demoModus);
    }
}
