package nl.doorbraak.core.contact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactFunctie;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for contacten. Every query is scoped by gemeente; searching is case-insensitive with portable LOWER/LIKE. */
public final class ContactStore {

    private static final String KOLOMMEN = "id, gemeente, organisatie, naam, rol, mandaat, mandaat_bedrag, wijk, "
            + "telefoon, email, trekker, aanjager, onderwerp, actief, versie, aangemaakt, gewijzigd";
    private static final String VOLGORDE = " ORDER BY organisatie, naam, id";

    public Optional<Contact> zoek(Connection c, String gemeente, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM contact WHERE gemeente = ? AND id = ?")) {
            ps.setString(1, gemeente);
            ps.setString(2, id);
            return lees(ps).stream().findFirst();
        }
    }

    public boolean bestaat(Connection c, String id) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM contact WHERE id = ?", id);
    }

    public Pagina<Contact> lijst(Connection c, String gemeente, ContactFilter filter, int page, int pageSize)
            throws SQLException {
        ContactFilter f = filter == null ? ContactFilter.actieve() : filter;
        StringBuilder waar = new StringBuilder(" WHERE gemeente = ?");
        List<Object> waarden = new ArrayList<>();
        waarden.add(gemeente);
        if (f.actief() != null) {
            waar.append(" AND actief = ?");
            waarden.add(f.actief());
        }
        if (gevuld(f.organisatie())) {
            waar.append(" AND LOWER(organisatie) = ?");
            waarden.add(klein(f.organisatie().strip()));
        }
        if (gevuld(f.wijk())) {
            waar.append(" AND LOWER(wijk) = ?");
            waarden.add(klein(f.wijk().strip()));
        }
        if (gevuld(f.tekst())) {
            waar.append(" AND (LOWER(naam) LIKE ? ESCAPE '\\' OR LOWER(rol) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(organisatie) LIKE ? ESCAPE '\\' OR LOWER(wijk) LIKE ? ESCAPE '\\')");
            String patroon = "%" + escape(klein(f.tekst().strip())) + "%";
            for (int i = 0; i < 4; i++) {
                waarden.add(patroon);
            }
        }
        if (f.functie() == ContactFunctie.TREKKER) {
            waar.append(" AND trekker = ?");
            waarden.add(Boolean.TRUE);
        } else if (f.functie() == ContactFunctie.AANJAGER) {
            waar.append(" AND aanjager = ?");
            waarden.add(Boolean.TRUE);
        }
        long aantal;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM contact" + waar)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                aantal = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM contact" + waar + VOLGORDE
                + " OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")) {
            int i = zet(ps, waarden);
            ps.setLong(++i, (long) (page - 1) * pageSize);
            ps.setInt(++i, pageSize);
            return new Pagina<>(aantal, page, pageSize, lees(ps));
        }
    }

    /** Active trekkers and aanjagers, by organisatie, then the whole gemeente before the wijken, then naam. */
    public List<Contact> trekkersEnAanjagers(Connection c, String gemeente) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM contact WHERE gemeente = ? "
                + "AND actief = ? AND (trekker = ? OR aanjager = ?) "
                // null ordering differs between H2 settings and PostgreSQL; say it explicitly
                + "ORDER BY organisatie, CASE WHEN wijk IS NULL THEN 0 ELSE 1 END, wijk, naam, id")) {
            ps.setString(1, gemeente);
            ps.setBoolean(2, true);
            ps.setBoolean(3, true);
            ps.setBoolean(4, true);
            return lees(ps);
        }
    }

    public void voegToe(Connection c, Contact k, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (" + KOLOMMEN
                + ", aangemaakt_door, gewijzigd_door) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, k.id());
            ps.setString(2, k.gemeente());
            int i = velden(ps, 2, k);
            ps.setLong(++i, k.versie());
            Tijd.zet(ps, ++i, k.aangemaakt());
            Tijd.zet(ps, ++i, k.gewijzigd());
            ps.setString(++i, door);
            ps.setString(++i, door);
            ps.executeUpdate();
        }
    }

    /** @return false when the contact is gone or its versie is no longer {@code verwachteVersie} */
    public boolean werkBij(Connection c, Contact k, long verwachteVersie, String door) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET organisatie = ?, naam = ?, rol = ?, "
                + "mandaat = ?, mandaat_bedrag = ?, wijk = ?, telefoon = ?, email = ?, trekker = ?, aanjager = ?, "
                + "onderwerp = ?, actief = ?, versie = ?, gewijzigd = ?, gewijzigd_door = ? "
                + "WHERE id = ? AND gemeente = ? AND versie = ?")) {
            int i = velden(ps, 0, k);
            ps.setLong(++i, k.versie());
            Tijd.zet(ps, ++i, k.gewijzigd());
            ps.setString(++i, door);
            ps.setString(++i, k.id());
            ps.setString(++i, k.gemeente());
            ps.setLong(++i, verwachteVersie);
            return ps.executeUpdate() == 1;
        }
    }

    private static int velden(PreparedStatement ps, int na, Contact k) throws SQLException {
        int i = na;
        ps.setString(++i, k.organisatie());
        ps.setString(++i, k.naam());
        ps.setString(++i, k.rol());
        ps.setString(++i, k.mandaat());
        ps.setBigDecimal(++i, k.mandaatBedrag());
        ps.setString(++i, k.wijk());
        ps.setString(++i, k.telefoon());
        ps.setString(++i, k.email());
        ps.setBoolean(++i, k.trekker());
        ps.setBoolean(++i, k.aanjager());
        ps.setString(++i, k.onderwerp());
        ps.setBoolean(++i, k.actief());
        return i;
    }

    private static List<Contact> lees(PreparedStatement ps) throws SQLException {
        List<Contact> l = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                l.add(new Contact(rs.getString("id"), rs.getString("gemeente"), rs.getString("organisatie"),
                        rs.getString("naam"), rs.getString("rol"), rs.getString("mandaat"),
                        rs.getBigDecimal("mandaat_bedrag"), rs.getString("wijk"), rs.getString("telefoon"),
                        rs.getString("email"), rs.getBoolean("trekker"), rs.getBoolean("aanjager"),
                        rs.getString("onderwerp"), rs.getBoolean("actief"), rs.getLong("versie"),
                        Tijd.lees(rs, "aangemaakt"), Tijd.lees(rs, "gewijzigd")));
            }
        }
        return l;
    }

    private static int zet(PreparedStatement ps, List<Object> waarden) throws SQLException {
        int i = 0;
        for (Object w : waarden) {
            if (w instanceof Boolean b) {
                ps.setBoolean(++i, b);
            } else {
                ps.setString(++i, (String) w);
            }
        }
        return i;
    }

    private static boolean gevuld(String s) {
        return s != null && !s.isBlank();
    }

    static String klein(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** LIKE wildcards in what the user typed are literal characters. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
