package nl.doorbraak.core.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Tijd;

/**
 * The verwerkingenlog with group commit: concurrent requests hand their lines to one writer thread, which stores
 * everything that is waiting in one transaction and then releases all of them. A read of personal data returns only
 * after its verwerking is committed, while many reads share one commit.
 */
@Component(service = VerwerkingenLog.class)
public final class VerwerkingenLogImpl implements VerwerkingenLog {

    private static final Logger LOG = LoggerFactory.getLogger(VerwerkingenLogImpl.class);
    /** AVG art. 6 lid 1 sub e: the gemeente's public task (Participatiewet, Wmo 2015, Gemeentewet). */
    public static final String GRONDSLAG = "AVG art. 6 lid 1 sub e: taak van algemeen belang (Participatiewet, "
            + "Wmo 2015, Jeugdwet, Gemeentewet)";
    static final int MAX_PER_TRANSACTIE = 2000;
    static final long WACHT_SECONDEN = 30;

    private record Opdracht(List<NieuweVerwerking> regels, Instant op, CompletableFuture<Void> klaar) {
    }

    private final Database db;
    private final LinkedBlockingQueue<Opdracht> wachtrij = new LinkedBlockingQueue<>();
    private final Thread schrijver;
    private volatile boolean actief = true;

    @Activate
    public VerwerkingenLogImpl(@Reference(name = "database") Database db) {
        this.db = db;
        this.schrijver = new Thread(this::schrijf, "doorbraak-verwerkingen");
        schrijver.setDaemon(true);
        schrijver.start();
    }

    /** For tests that wire the core by hand. */
    public void stopVoorTest() {
        stop();
    }

    @Deactivate
    void stop() {
        actief = false;
        schrijver.interrupt();
        try {
            schrijver.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // whoever still waits gets an error, never a silent loss
        Opdracht o;
        while ((o = wachtrij.poll()) != null) {
            o.klaar().completeExceptionally(new IllegalStateException("Het verwerkingenlog stopt"));
        }
    }

    @Override
    public void leg(List<NieuweVerwerking> verwerkingen) {
        if (verwerkingen == null || verwerkingen.isEmpty()) {
            return;
        }
        for (NieuweVerwerking v : verwerkingen) {
            controleer(v);
        }
        if (!actief) {
            throw new IllegalStateException("Het verwerkingenlog is gestopt");
        }
        Opdracht o = new Opdracht(List.copyOf(verwerkingen), Tijd.nu(), new CompletableFuture<>());
        wachtrij.add(o);
        try {
            o.klaar().get(WACHT_SECONDEN, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Onderbroken tijdens het vastleggen van een verwerking", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r
                    : new IllegalStateException("Verwerking niet vastgelegd", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Verwerking niet binnen " + WACHT_SECONDEN + " s vastgelegd", e);
        }
    }

    private static void controleer(NieuweVerwerking v) {
        if (v.gemeente() == null || v.handeling() == null || v.object() == null || v.door() == null
                || v.rol() == null || v.doel() == null) {
            throw new IllegalArgumentException("Een verwerking vraagt gemeente, handeling, object, door, rol en doel: "
                    + v);
        }
    }

    private void schrijf() {
        List<Opdracht> partij = new ArrayList<>();
        while (actief) {
            try {
                Opdracht eerste = wachtrij.poll(1, TimeUnit.SECONDS);
                if (eerste == null) {
                    continue;
                }
                partij.add(eerste);
                int regels = eerste.regels().size();
                Opdracht volgende;
                while (regels < MAX_PER_TRANSACTIE && (volgende = wachtrij.poll()) != null) {
                    partij.add(volgende);
                    regels += volgende.regels().size();
                }
                try {
                    db.inTransactie(c -> {
                        voegToe(c, partij);
                        return null;
                    });
                    partij.forEach(o -> o.klaar().complete(null));
                } catch (RuntimeException e) {
                    LOG.error("Verwerkingen konden niet worden vastgelegd; de verzoeken krijgen een fout", e);
                    partij.forEach(o -> o.klaar().completeExceptionally(e));
                }
                partij.clear();
            } catch (InterruptedException e) {
                if (!actief) {
                    break;
                }
            }
        }
    }

    private static void voegToe(Connection c, List<Opdracht> partij) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO verwerking (gemeente, casus_id, inwoner_pseudoniem, "
                + "handeling, object, door, rol, op, doel, grondslag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Opdracht o : partij) {
                for (NieuweVerwerking v : o.regels()) {
                    ps.setString(1, v.gemeente());
                    ps.setString(2, v.casusId());
                    ps.setString(3, v.inwonerPseudoniem());
                    ps.setString(4, v.handeling());
                    ps.setString(5, v.object());
                    ps.setString(6, v.door());
                    ps.setString(7, v.rol());
                    Tijd.zet(ps, 8, o.op());
                    ps.setString(9, kort(v.doel(), 200));
                    ps.setString(10, kort(v.grondslag() == null ? GRONDSLAG : v.grondslag(), 300));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static String kort(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public List<Verwerking> vanInwoner(String gemeente, String pseudoniem) {
        return db.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM verwerking v WHERE v.gemeente = ? AND "
                    + "(v.inwoner_pseudoniem = ? OR v.casus_id IN (SELECT k.id FROM casus k WHERE k.gemeente = ? "
                    + "AND k.inwoner_pseudoniem = ?)) ORDER BY v.volgnummer")) {
                ps.setString(1, gemeente);
                ps.setString(2, pseudoniem);
                ps.setString(3, gemeente);
                ps.setString(4, pseudoniem);
                List<Verwerking> l = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        l.add(new Verwerking(rs.getLong("volgnummer"), rs.getString("gemeente"),
                                rs.getString("casus_id"), rs.getString("inwoner_pseudoniem"), rs.getString("handeling"),
                                rs.getString("object"), rs.getString("door"), rs.getString("rol"), Tijd.lees(rs, "op"),
                                rs.getString("doel"), rs.getString("grondslag")));
                    }
                }
                return l;
            }
        });
    }
}
