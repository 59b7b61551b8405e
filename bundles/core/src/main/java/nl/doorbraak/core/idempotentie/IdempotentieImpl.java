package nl.doorbraak.core.idempotentie;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.Idempotentie;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Periodiek;
import nl.doorbraak.core.platform.Tijd;

/**
 * {@code Idempotency-Key}: the key is written in the transaction that creates the object the request answers with
 * (the services tell {@link Database#gemaakt} what they create), so it is committed with the object or not at all,
 * also when the process is killed right after the commit. Keys live 24 hours.
 */
@Component(service = Idempotentie.class,
        // guarded: registered only after the hooks that hide it from plug-ins without the right
        reference = @Reference(name = "rechten", service = RechtenRegister.class))
public final class IdempotentieImpl implements Idempotentie, Database.Aanmaakvolger {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotentieImpl.class);
    /** As long as a client can reasonably retry; the IETF draft suggests at least 24 hours. */
    public static final Duration BEWAAR = Duration.ofHours(24);

    /** The request running on this thread with a key. */
    private record Lopend(String door, String sleutel, String verzoek, String object) {
    }

    private final Database db;
    private final ThreadLocal<Lopend> lopend = new ThreadLocal<>();
    private final Periodiek opruimen;

    @Activate
    public IdempotentieImpl(@Reference(name = "database") Database db) {
        this.db = db;
        db.volgAanmaken(this);
        opruimen = new Periodiek("doorbraak-idempotentie", 60, 3600, TimeUnit.SECONDS, this::ruimOp,
                e -> LOG.warn("Oude Idempotency-Keys opruimen mislukt; het volgende uur opnieuw: {}", e.toString()));
    }

    @Deactivate
    void deactiveer() {
        db.volgAanmaken(null);
        opruimen.stop();
    }

    @Override
    public Optional<Vastgelegd> zoek(String door, String sleutel) {
        return db.lees(c -> zoek(c, door, sleutel, false));
    }

    private static Optional<Vastgelegd> zoek(Connection c, String door, String sleutel, boolean ookOud)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT verzoek, object, object_id, aangemaakt FROM idempotentie "
                + "WHERE door = ? AND sleutel = ?")) {
            ps.setString(1, door);
            ps.setString(2, sleutel);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Vastgelegd v = new Vastgelegd(rs.getString(1), rs.getString(2), rs.getString(3), Tijd.lees(rs, "aangemaakt"));
                return ookOud || v.op().isAfter(Tijd.nu().minus(BEWAAR)) ? Optional.of(v) : Optional.empty();
            }
        }
    }

    @Override
    public <T> T eenmaal(String door, String sleutel, String verzoek, String object, Supplier<T> werk) {
        if (lopend.get() != null) {
            throw new IllegalStateException("Idempotentie.eenmaal binnen eenmaal");
        }
        lopend.set(new Lopend(door, sleutel, verzoek, object));
        try {
            return werk.get();
        } finally {
            lopend.remove();
        }
    }

    /**
     * Inside the creating transaction: the first {@code object} of the kind the request expects records the key. A
     * transaction retried after a rollback records it again; another request that committed the same key first makes
     * this one roll back (no second object).
     */
    @Override
    public void gemaakt(Connection c, String object, String id) throws SQLException {
        Lopend l = lopend.get();
        if (l == null || !l.object().equals(object)) {
            return;
        }
        Optional<Vastgelegd> er = zoek(c, l.door(), l.sleutel(), true);
        if (er.isPresent()) {
            if (er.get().objectId().equals(id)) {
                return; // this transaction recorded it already
            }
            if (er.get().op().isAfter(Tijd.nu().minus(BEWAAR))) {
                throw new ConflictException("Een verzoek met dezelfde Idempotency-Key is intussen al uitgevoerd.");
            }
            // expired and not yet cleaned up: the key may be used again
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotentie WHERE door = ? AND sleutel = ?")) {
                ps.setString(1, l.door());
                ps.setString(2, l.sleutel());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotentie (door, sleutel, verzoek, object, "
                + "object_id, aangemaakt) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, l.door());
            ps.setString(2, l.sleutel());
            ps.setString(3, l.verzoek());
            ps.setString(4, object);
            ps.setString(5, id);
            Tijd.zet(ps, 6, Tijd.nu());
            ps.executeUpdate();
        }
    }

    void ruimOp() {
        int weg = db.inTransactie(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM idempotentie WHERE aangemaakt < ?")) {
                Tijd.zet(ps, 1, Tijd.nu().minus(BEWAAR));
                return ps.executeUpdate();
            }
        });
        if (weg > 0) {
            LOG.debug("{} verlopen Idempotency-Key(s) opgeruimd", weg);
        }
    }
}
