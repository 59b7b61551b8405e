package nl.doorbraak.core.privacy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonGenerator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.db.DatabaseBeheer;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Periodiek;
import nl.doorbraak.core.platform.Tijd;

/**
 * The verwerkingenlog through a journal: {@link #leg} appends one JSON line per verwerking to
 * {@code <data>/verwerkingen/journaal} and returns once the operating system has it (the same durability as the
 * database's commits with {@code WRITE_DELAY=0}: it survives {@code kill -9}). A background thread moves the journal
 * into the table {@code verwerking} every half second in one transaction. A database commit per read would cost more
 * than the read itself; an append costs microseconds.
 *
 * <p>Crash safety: the journal is renamed to {@code journaal.over} before it is imported and deleted after the commit;
 * a leftover {@code journaal.over} is imported again at start. Each journal file starts with a line that names it,
 * and every import transaction records in {@code verwerking_import} how many of its lines are in the table, so a
 * second import continues after them instead of giving double rows (one id per file, not a unique index over every
 * row: that index cost more than the rest of the import). A torn last line (a crash in the middle of a write) is
 * skipped with a warning.
 */
// the api's VerwerkingenLog is VerwerkingenLogServiceImpl: the door per bundle that decides who reads a report
@Component(service = VerwerkingenLogImpl.class)
public final class VerwerkingenLogImpl implements VerwerkingenSchrijver {

    private static final Logger LOG = LoggerFactory.getLogger(VerwerkingenLogImpl.class);
    /** AVG art. 6 lid 1 sub e: the gemeente's public task (Participatiewet, Wmo 2015, Gemeentewet). */
    public static final String GRONDSLAG = "AVG art. 6 lid 1 sub e: taak van algemeen belang (Participatiewet, "
            + "Wmo 2015, Jeugdwet, Gemeentewet)";
    static final long INTERVAL_MS = 500;
    static final int PER_BATCH = 1000;
    /** The key of a journal file's first line, which holds the file's id. */
    private static final String KOP = "journaal";

    private final Database db;
    private final Path journaal;
    private final Path over;
    private final Json json = new Json();
    /** Guards {@link #kanaal}: appends, and the swap to a new journal. */
    private final Object schrijfSlot = new Object();
    /** One import at a time (the timer, a report, retention, the stop). */
    private final Object overzetSlot = new Object();
    private final Periodiek overzetter;
    private FileChannel kanaal;
    /** Bytes of the current journal's first line: a journal of that size holds no verwerkingen. */
    private long kopGrootte;
    private volatile boolean actief = true;

    @Activate
    public VerwerkingenLogImpl(@Reference(name = "database") Database db, BundleContext context) {
        this(db, journaalMap(context.getProperty(DatabaseBeheer.DATA_MAP)));
    }

    public VerwerkingenLogImpl(Database db, Path map) {
        this(db, map, INTERVAL_MS);
    }

    /** @param intervalMs how often the journal moves into the database (tests use a long one to simulate a crash) */
    public VerwerkingenLogImpl(Database db, Path map, long intervalMs) {
        this.db = db;
        this.journaal = map.resolve("journaal");
        this.over = map.resolve("journaal.over");
        try {
            Files.createDirectories(map);
            herstel();
            kanaal = open();
        } catch (IOException e) {
            throw new UncheckedIOException("Het verwerkingenjournaal in " + map + " is niet te openen", e);
        }
        // the database may be away during an update; the journal keeps everything until the next try
        overzetter = new Periodiek("doorbraak-verwerkingen", intervalMs, intervalMs, TimeUnit.MILLISECONDS,
                this::zetOver, e -> LOG.warn("Verwerkingen konden nog niet naar de database; ze blijven in het "
                        + "journaal: {}", e.toString()));
    }

    public static Path journaalMap(String dataMap) {
        return Path.of(dataMap == null || dataMap.isBlank() ? "./data" : dataMap, "verwerkingen");
    }

    /** For tests that wire the core by hand. */
    public void stopVoorTest() {
        stop();
    }

    /** For tests: stops as a killed process would, leaving the journal as it is. */
    public void crashVoorTest() {
        actief = false;
        overzetter.stop();
        synchronized (schrijfSlot) {
            sluit(kanaal);
            kanaal = null;
        }
    }

    @Deactivate
    void stop() {
        actief = false;
        overzetter.stop();
        try {
            zetOver();
        } catch (RuntimeException e) {
            LOG.warn("Verwerkingen blijven in het journaal tot de volgende start: {}", e.toString());
        }
        synchronized (schrijfSlot) {
            sluit(kanaal);
        }
    }

    @Override
    public void leg(List<NieuweVerwerking> verwerkingen, String via) {
        if (verwerkingen == null || verwerkingen.isEmpty()) {
            return;
        }
        // written field by field: a Map through the mapper was a sixth of the CPU of a casus read (docs/performance.md)
        ByteArrayOutputStream regels = new ByteArrayOutputStream(300 * verwerkingen.size());
        String op = Tijd.nu().toString();
        try (JsonGenerator g = json.regels(regels)) {
            for (NieuweVerwerking v : verwerkingen) {
                controleer(v);
                g.writeStartObject();
                g.writeStringField("gemeente", v.gemeente());
                g.writeStringField("casusId", v.casusId());
                g.writeStringField("inwoner", v.inwonerPseudoniem());
                g.writeStringField("handeling", v.handeling());
                g.writeStringField("object", v.object());
                g.writeStringField("door", v.door());
                g.writeStringField("rol", v.rol());
                g.writeStringField("op", op);
                g.writeStringField("doel", kort(v.doel(), 200));
                // the platform's own grondslag is not repeated in every row (it was over a third of a row); read back as such
                g.writeStringField("grondslag",
                        v.grondslag() == null || v.grondslag().equals(GRONDSLAG) ? null : kort(v.grondslag(), 300));
                // only for a plug-in: a journal line without it (the platform, or a core before V18) reads back as null
                if (via != null) {
                    g.writeStringField("via", kort(via, 200));
                }
                g.writeEndObject();
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer b = ByteBuffer.wrap(regels.toByteArray());
        synchronized (schrijfSlot) {
            if (!actief) {
                throw new IllegalStateException("Het verwerkingenlog is gestopt");
            }
            try {
                while (b.hasRemaining()) {
                    kanaal.write(b);
                }
            } catch (IOException e) {
                // no verwerking, no data: the caller answers with an error
                throw new UncheckedIOException("Verwerking niet vastgelegd in " + journaal, e);
            }
        }
    }

    private static void controleer(NieuweVerwerking v) {
        if (v.gemeente() == null || v.handeling() == null || v.object() == null || v.door() == null
                || v.rol() == null || v.doel() == null) {
            throw new IllegalArgumentException("Een verwerking vraagt gemeente, handeling, object, door, rol en doel: "
                    + v);
        }
    }

    /** Moves what is in the journal into the database now; reports and retention call it first. */
    public void zetOver() {
        synchronized (overzetSlot) {
            try {
                if (Files.exists(over)) {
                    // an earlier import failed or the platform stopped halfway: that file goes first
                    importeer(over);
                    Files.delete(over);
                }
                synchronized (schrijfSlot) {
                    if (kanaal == null || kanaal.size() <= kopGrootte) {
                        return;
                    }
                    sluit(kanaal);
                    Files.move(journaal, over, StandardCopyOption.ATOMIC_MOVE);
                    kanaal = actief ? open() : null;
                }
                importeer(over);
                Files.delete(over);
            } catch (IOException e) {
                throw new UncheckedIOException("Het verwerkingenjournaal is niet over te zetten", e);
            }
        }
    }

    /** At start: what a crash left in either file goes into the database first. */
    private void herstel() throws IOException {
        if (Files.exists(over)) {
            importeer(over);
            Files.delete(over);
        }
        if (Files.exists(journaal) && Files.size(journaal) > 0) {
            Files.move(journaal, over, StandardCopyOption.ATOMIC_MOVE);
            importeer(over);
            Files.delete(over);
        }
    }

    /** A new journal file, which starts with its own id (see {@link #importeer}). */
    private FileChannel open() throws IOException {
        FileChannel c = FileChannel.open(journaal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        kopGrootte = 0;
        if (c.size() == 0) {
            ByteBuffer kop = ByteBuffer.wrap((json.schrijf(Map.of(KOP, UUID.randomUUID().toString())) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            kopGrootte = kop.remaining();
            while (kop.hasRemaining()) {
                c.write(kop);
            }
        }
        return c;
    }

    private static void sluit(FileChannel c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.warn("Journaal sluiten: {}", e.toString());
            }
        }
    }

    /**
     * Moves the lines of one journal file into the table, {@link #PER_BATCH} per transaction; each transaction also
     * records how many lines of this file are in, so an import that is repeated after a crash skips those. The file
     * is read as a stream: under a burst of reads the journal can grow faster than the table takes it, and a whole
     * file in memory once filled the heap (docs/performance.md, issue 13).
     */
    private void importeer(Path bestand) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(bestand, StandardCharsets.UTF_8)) {
            String eersteRegel = in.readLine();
            String journaalId = eersteRegel == null ? null : kop(eersteRegel);
            int al = journaalId == null ? 0 : db.lees(c -> alIngelezen(c, journaalId));
            // a journal written before files had an id (core of before V12) is imported whole
            boolean zonderKop = eersteRegel != null && !eersteRegel.startsWith("{\"" + KOP + "\"");
            String volgende = zonderKop ? eersteRegel : in.readLine();
            int regelnummer = zonderKop ? 1 : 2;
            int gelezen = 0;
            List<Map<String, Object>> deel = new ArrayList<>(PER_BATCH);
            for (String t = volgende; t != null; t = in.readLine(), regelnummer++) {
                if (t.isBlank()) {
                    continue;
                }
                Map<String, Object> regel;
                try {
                    regel = json.leesObject(t);
                } catch (RuntimeException e) {
                    LOG.warn("Regel {} van {} is onleesbaar (afgebroken bij een crash?) en wordt overgeslagen",
                            regelnummer, bestand);
                    continue;
                }
                if (gelezen++ < al) {
                    continue;
                }
                deel.add(regel);
                if (deel.size() == PER_BATCH) {
                    schrijf(deel, journaalId, gelezen);
                    deel.clear();
                }
            }
            schrijf(deel, journaalId, gelezen);
        }
    }

    /** One transaction: the lines, and (for a file with an id) that its first {@code tot} lines are in. */
    private void schrijf(List<Map<String, Object>> deel, String journaalId, int tot) {
        if (deel.isEmpty()) {
            return;
        }
        db.inTransactie(c -> {
            voegToe(c, deel);
            if (journaalId != null) {
                // only the file being imported needs its count: files before it are gone
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM verwerking_import")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO verwerking_import (journaal, regels) VALUES (?, ?)")) {
                    ps.setString(1, journaalId);
                    ps.setInt(2, tot);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The id in a journal's first line; {@code null} for a data line, or a first line torn by a crash. */
    private String kop(String regel) {
        if (!regel.startsWith("{\"" + KOP + "\"")) {
            return null;
        }
        try {
            Map<String, Object> m = json.leesObject(regel);
            return m.size() == 1 && m.get(KOP) instanceof String id ? id : null;
        } catch (RuntimeException e) {
            LOG.warn("De eerste regel van het verwerkingenjournaal is onleesbaar (afgebroken bij een crash?)");
            return null;
        }
    }

    private static int alIngelezen(Connection c, String journaalId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT regels FROM verwerking_import WHERE journaal = ?")) {
            ps.setString(1, journaalId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void voegToe(Connection c, List<Map<String, Object>> regels) throws SQLException {
        if (regels.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO verwerking (gemeente, casus_id, inwoner_pseudoniem, "
                + "handeling, object, door, rol, op, doel, grondslag, via) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map<String, Object> r : regels) {
                ps.setString(1, (String) r.get("gemeente"));
                ps.setString(2, (String) r.get("casusId"));
                ps.setString(3, (String) r.get("inwoner"));
                ps.setString(4, (String) r.get("handeling"));
                ps.setString(5, (String) r.get("object"));
                ps.setString(6, (String) r.get("door"));
                ps.setString(7, (String) r.get("rol"));
                Tijd.zet(ps, 8, Instant.parse((String) r.get("op")));
                ps.setString(9, (String) r.get("doel"));
                ps.setString(10, (String) r.get("grondslag"));
                ps.setString(11, (String) r.get("via"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** {@code NULL} in the table is the platform's grondslag ({@link #GRONDSLAG}). */
    static String grondslag(String opgeslagen) {
        return opgeslagen == null ? GRONDSLAG : opgeslagen;
    }

    private static String kort(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The report for one inwoner: all verwerkingen of the casussen with this pseudoniem, oldest first. */
    public List<Verwerking> vanInwoner(String gemeente, String pseudoniem) {
        // what was read a moment ago belongs in the report too
        zetOver();
        return db.lees(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM verwerking v WHERE v.gemeente = ? AND "
                    + "(v.inwoner_pseudoniem = ? OR v.casus_id IN (SELECT k.id FROM casus k WHERE k.gemeente = ? "
                    + "AND k.inwoner_pseudoniem = ?)) ORDER BY v.op, v.volgnummer")) {
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
                                rs.getString("doel"), grondslag(rs.getString("grondslag")), rs.getString("via")));
                    }
                }
                return l;
            }
        });
    }
}
