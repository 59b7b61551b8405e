package nl.doorbraak.core.toegang;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.AccountFilter;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for gebruikers (accounts). */
public final class GebruikerStore {

    /** A stored account: what beheerders see, plus what only the core may see. */
    public record Rij(Account account, String wachtwoordHash, String codeHash, Instant laatstMislukt) {

        public Gebruiker gebruiker() {
            Account a = account;
            return new Gebruiker(a.gebruikersnaam(), a.naam(), a.gemeente(), a.rollen(), a.tafels());
        }

        Teller teller() {
            return new Teller(account.mislukt(), laatstMislukt, account.geblokkeerdTot());
        }
    }

    private static final String KOLOMMEN = "gebruikersnaam, naam, gemeente, rollen, wachtwoord_hash, demo, actief, "
            + "aangemaakt, versie, gewijzigd, bron, wachtwoord_wijzigen, contact_id, mislukte_pogingen, laatst_mislukt, "
            + "geblokkeerd_tot, laatst_ingelogd, code_hash, code_geldig_tot";

    public Optional<Rij> zoek(Connection c, String gebruikersnaam) throws SQLException {
        return een(c, "SELECT " + KOLOMMEN + " FROM gebruiker WHERE gebruikersnaam = ?", gebruikersnaam);
    }

    /** As {@link #zoek}, and locks the row until the transaction ends. */
    public Optional<Rij> zoekVoorWijziging(Connection c, String gebruikersnaam) throws SQLException {
        return een(c, "SELECT " + KOLOMMEN + " FROM gebruiker WHERE gebruikersnaam = ? FOR UPDATE", gebruikersnaam);
    }

    private Optional<Rij> een(Connection c, String sql, String gebruikersnaam) throws SQLException {
        Rij r = null;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, gebruikersnaam);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    r = rij(rs, Set.of());
                }
            }
        }
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(metTafels(r, tafels(c, List.of(gebruikersnaam)).getOrDefault(gebruikersnaam, Set.of())));
    }

    /** The account the identity provider {@code issuer} knows as {@code subject}, locked until the commit. */
    Optional<Rij> zoekSsoVoorWijziging(Connection c, String issuer, String subject) throws SQLException {
        String naam = null;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT gebruikersnaam FROM gebruiker WHERE sso_issuer = ? AND sso_subject = ?")) {
            ps.setString(1, issuer);
            ps.setString(2, subject);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    naam = rs.getString(1);
                }
            }
        }
        return naam == null ? Optional.empty() : zoekVoorWijziging(c, naam);
    }

    /** Whether an account already answers to an identity provider (a pre-made SSO account has none yet). */
    boolean heeftSso(Connection c, String gebruikersnaam) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM gebruiker WHERE gebruikersnaam = ? AND sso_subject IS NOT NULL",
                gebruikersnaam);
    }

    /** Binds an account to the identity provider's subject. */
    void koppelSso(Connection c, String gebruikersnaam, String issuer, String subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE gebruiker SET sso_issuer = ?, sso_subject = ? WHERE gebruikersnaam = ?")) {
            ps.setString(1, issuer);
            ps.setString(2, subject);
            ps.setString(3, gebruikersnaam);
            ps.executeUpdate();
        }
    }

    public boolean bestaat(Connection c, String gebruikersnaam) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM gebruiker WHERE gebruikersnaam = ?", gebruikersnaam);
    }

    /** Whether any account exists that is not a demo account. */
    public boolean echteAccounts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM gebruiker WHERE demo = FALSE FETCH FIRST 1 ROWS ONLY");
                ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Accounts of a gemeente ({@code null}: the platform accounts), by name.
     */
    public Pagina<Account> lijst(Connection c, String gemeente, AccountFilter filter, Instant nu, int page,
            int pageSize) throws SQLException {
        StringBuilder waar = new StringBuilder(gemeente == null ? " WHERE gemeente IS NULL" : " WHERE gemeente = ?");
        List<Object> waarden = new ArrayList<>();
        if (gemeente != null) {
            waarden.add(gemeente);
        }
        if (filter.rol() != null) {
            // rollen is a short comma separated list of fixed codes: match a whole code
            waar.append(" AND (',' || rollen || ',') LIKE ?");
            waarden.add("%," + filter.rol().code() + ",%");
        }
        if (filter.actief() != null) {
            waar.append(" AND actief = ?");
            waarden.add(filter.actief());
        }
        if (filter.geblokkeerd()) {
            waar.append(" AND geblokkeerd_tot > ?");
            waarden.add(java.time.OffsetDateTime.ofInstant(nu, java.time.ZoneOffset.UTC));
        }
        long count;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM gebruiker" + waar)) {
            zet(ps, waarden);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        List<Rij> rijen = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + KOLOMMEN + " FROM gebruiker" + waar
                + " ORDER BY gebruikersnaam OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            zet(ps, waarden);
            ps.setLong(waarden.size() + 1, (long) (page - 1) * pageSize);
            ps.setInt(waarden.size() + 2, pageSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rijen.add(rij(rs, Set.of()));
                }
            }
        }
        Map<String, Set<String>> tafels = tafels(c, rijen.stream().map(r -> r.account().gebruikersnaam()).toList());
        List<Account> l = rijen.stream()
                .map(r -> metTafels(r, tafels.getOrDefault(r.account().gebruikersnaam(), Set.of())).account())
                .toList();
        return new Pagina<>(count, page, pageSize, l);
    }

    /**
     * The active gemeentebeheerders of a gemeente, their rows locked until the transaction ends: two beheerders
     * removing each other at the same moment cannot both succeed.
     */
    public List<String> beheerdersVoorWijziging(Connection c, String gemeente, boolean demoModus) throws SQLException {
        List<String> l = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT gebruikersnaam FROM gebruiker WHERE gemeente = ? "
                + "AND actief = TRUE AND (demo = FALSE OR ?) AND (',' || rollen || ',') LIKE ? ORDER BY gebruikersnaam "
                + "FOR UPDATE")) {
            ps.setString(1, gemeente);
            ps.setBoolean(2, demoModus);
            ps.setString(3, "%," + Rol.GEMEENTEBEHEERDER.code() + ",%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getString(1));
                }
            }
        }
        return l;
    }

    /** The active platformbeheerders (demo accounts only in demo mode), their rows locked as above. */
    public List<String> platformbeheerdersVoorWijziging(Connection c, boolean demoModus) throws SQLException {
        List<String> l = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT gebruikersnaam FROM gebruiker WHERE gemeente IS NULL "
                + "AND actief = TRUE AND (demo = FALSE OR ?) AND (',' || rollen || ',') LIKE ? ORDER BY gebruikersnaam "
                + "FOR UPDATE")) {
            ps.setBoolean(1, demoModus);
            ps.setString(2, "%," + Rol.PLATFORMBEHEERDER.code() + ",%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getString(1));
                }
            }
        }
        return l;
    }

    public void voegToe(Connection c, Gebruiker g, String wachtwoordHash, boolean demo) throws SQLException {
        voegToe(c, g, null, Bron.LOKAAL, wachtwoordHash, false, demo, null, null, Tijd.nu());
    }

    public void voegToe(Connection c, Gebruiker g, String contactId, Bron bron, String wachtwoordHash,
            boolean wachtwoordWijzigen, boolean demo, String codeHash, Instant codeGeldigTot, Instant nu)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gebruiker (gebruikersnaam, naam, gemeente, rollen, "
                + "wachtwoord_hash, demo, actief, aangemaakt, versie, gewijzigd, bron, wachtwoord_wijzigen, contact_id, "
                + "code_hash, code_geldig_tot) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, 1, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, g.gebruikersnaam());
            ps.setString(2, g.naam());
            ps.setString(3, g.gemeente());
            ps.setString(4, rollen(g.rollen()));
            ps.setString(5, wachtwoordHash);
            ps.setBoolean(6, demo);
            Tijd.zet(ps, 7, nu);
            Tijd.zet(ps, 8, nu);
            ps.setString(9, bron.code());
            ps.setBoolean(10, wachtwoordWijzigen);
            ps.setString(11, contactId);
            ps.setString(12, codeHash);
            Tijd.zet(ps, 13, codeGeldigTot);
            ps.executeUpdate();
        }
        zetTafels(c, g.gebruikersnaam(), g.tafels(), false);
    }

    /**
     * Replaces naam, rollen, tafels, contact and actief, if the version is still {@code verwachteVersie}.
     *
     * @return whether the row was still at that version
     */
    public boolean werkBij(Connection c, String gebruikersnaam, long verwachteVersie, String naam, Set<Rol> rollen,
            Set<String> tafels, String contactId, boolean actief, Instant nu) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gebruiker SET naam = ?, rollen = ?, contact_id = ?, "
                + "actief = ?, versie = versie + 1, gewijzigd = ? WHERE gebruikersnaam = ? AND versie = ?")) {
            ps.setString(1, naam);
            ps.setString(2, rollen(rollen));
            ps.setString(3, contactId);
            ps.setBoolean(4, actief);
            Tijd.zet(ps, 5, nu);
            ps.setString(6, gebruikersnaam);
            ps.setLong(7, verwachteVersie);
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        zetTafels(c, gebruikersnaam, tafels, true);
        return true;
    }

    /** Stores the failed-attempt state of an account. */
    void zetTeller(Connection c, String gebruikersnaam, Teller t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gebruiker SET mislukte_pogingen = ?, laatst_mislukt = ?, "
                + "geblokkeerd_tot = ? WHERE gebruikersnaam = ?")) {
            ps.setInt(1, t.mislukt());
            Tijd.zet(ps, 2, t.laatste());
            Tijd.zet(ps, 3, t.geblokkeerdTot());
            ps.setString(4, gebruikersnaam);
            ps.executeUpdate();
        }
    }

    /** A successful login: the count starts over; a hash made with an older cost is replaced by {@code nieuweHash}. */
    void ingelogd(Connection c, String gebruikersnaam, Instant nu, String nieuweHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gebruiker SET mislukte_pogingen = 0, laatst_mislukt = NULL, "
                + "geblokkeerd_tot = NULL, laatst_ingelogd = ?, wachtwoord_hash = COALESCE(?, wachtwoord_hash) "
                + "WHERE gebruikersnaam = ?")) {
            Tijd.zet(ps, 1, nu);
            ps.setString(2, nieuweHash);
            ps.setString(3, gebruikersnaam);
            ps.executeUpdate();
        }
    }

    /**
     * A new password chosen by the user: the one-time code (if any) and the must-change mark are gone, the count
     * starts over.
     */
    void zetWachtwoord(Connection c, String gebruikersnaam, String hash, Instant nu) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gebruiker SET wachtwoord_hash = ?, "
                + "wachtwoord_wijzigen = FALSE, code_hash = NULL, code_geldig_tot = NULL, mislukte_pogingen = 0, "
                + "laatst_mislukt = NULL, geblokkeerd_tot = NULL, versie = versie + 1, gewijzigd = ? "
                + "WHERE gebruikersnaam = ?")) {
            ps.setString(1, hash);
            Tijd.zet(ps, 2, nu);
            ps.setString(3, gebruikersnaam);
            ps.executeUpdate();
        }
    }

    /** A new one-time code from a beheerder (replacing an earlier one). */
    void zetCode(Connection c, String gebruikersnaam, String codeHash, Instant geldigTot, Instant nu)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gebruiker SET code_hash = ?, code_geldig_tot = ?, "
                + "versie = versie + 1, gewijzigd = ? WHERE gebruikersnaam = ?")) {
            ps.setString(1, codeHash);
            Tijd.zet(ps, 2, geldigTot);
            Tijd.zet(ps, 3, nu);
            ps.setString(4, gebruikersnaam);
            ps.executeUpdate();
        }
    }

    /** A beheerder lifts a lock. */
    void deblokkeer(Connection c, String gebruikersnaam, Instant nu) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gebruiker SET mislukte_pogingen = 0, laatst_mislukt = NULL, "
                + "geblokkeerd_tot = NULL, versie = versie + 1, gewijzigd = ? WHERE gebruikersnaam = ?")) {
            Tijd.zet(ps, 1, nu);
            ps.setString(2, gebruikersnaam);
            ps.executeUpdate();
        }
    }

    /** Which of these tafels belong to the gemeente. */
    public Set<String> tafelsVan(Connection c, String gemeente, Set<String> tafels) throws SQLException {
        Set<String> l = new LinkedHashSet<>();
        if (tafels.isEmpty()) {
            return l;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tafel WHERE gemeente = ? AND id IN ("
                + Sql.vraagtekens(tafels) + ")")) {
            ps.setString(1, gemeente);
            int i = 2;
            for (String t : tafels) {
                ps.setString(i++, t);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getString(1));
                }
            }
        }
        return l;
    }

    private void zetTafels(Connection c, String gebruikersnaam, Set<String> tafels, boolean eerstWissen)
            throws SQLException {
        if (eerstWissen) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM gebruiker_tafel WHERE gebruikersnaam = ?")) {
                ps.setString(1, gebruikersnaam);
                ps.executeUpdate();
            }
        }
        if (tafels.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO gebruiker_tafel (gebruikersnaam, tafel_id) VALUES (?, ?)")) {
            for (String t : tafels) {
                ps.setString(1, gebruikersnaam);
                ps.setString(2, t);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Map<String, Set<String>> tafels(Connection c, List<String> namen) throws SQLException {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        if (namen.isEmpty()) {
            return m;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT gebruikersnaam, tafel_id FROM gebruiker_tafel WHERE "
                + "gebruikersnaam IN (" + Sql.vraagtekens(namen) + ") ORDER BY gebruikersnaam, tafel_id")) {
            for (int i = 0; i < namen.size(); i++) {
                ps.setString(i + 1, namen.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
                }
            }
        }
        return m;
    }

    private static Rij rij(ResultSet rs, Set<String> tafels) throws SQLException {
        Set<Rol> rollen = Arrays.stream(rs.getString("rollen").split(",")).map(String::strip).map(Rol::vanCode)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        String hash = rs.getString("wachtwoord_hash");
        Account a = new Account(rs.getString("gebruikersnaam"), rs.getString("naam"), rs.getString("gemeente"), rollen,
                tafels, rs.getString("contact_id"), Bron.vanCode(rs.getString("bron")).orElse(Bron.LOKAAL),
                rs.getBoolean("actief"), rs.getBoolean("demo"), hash != null, rs.getBoolean("wachtwoord_wijzigen"),
                rs.getInt("mislukte_pogingen"), Tijd.lees(rs, "geblokkeerd_tot"), Tijd.lees(rs, "code_geldig_tot"),
                Tijd.lees(rs, "laatst_ingelogd"), rs.getLong("versie"), Tijd.lees(rs, "aangemaakt"),
                Tijd.lees(rs, "gewijzigd"));
        return new Rij(a, hash, rs.getString("code_hash"), Tijd.lees(rs, "laatst_mislukt"));
    }

    private static Rij metTafels(Rij r, Set<String> tafels) {
        Account a = r.account();
        return new Rij(new Account(a.gebruikersnaam(), a.naam(), a.gemeente(), a.rollen(), tafels, a.contactId(),
                a.bron(), a.actief(), a.demo(), a.wachtwoordGezet(), a.wachtwoordWijzigen(), a.mislukt(),
                a.geblokkeerdTot(), a.codeGeldigTot(), a.laatstIngelogd(), a.versie(), a.aangemaakt(), a.gewijzigd()),
                r.wachtwoordHash(), r.codeHash(), r.laatstMislukt());
    }

    private static String rollen(Set<Rol> rollen) {
        return rollen.stream().map(Rol::code).sorted().collect(Collectors.joining(","));
    }

    private static void zet(PreparedStatement ps, List<Object> waarden) throws SQLException {
        for (int i = 0; i < waarden.size(); i++) {
            ps.setObject(i + 1, waarden.get(i));
        }
    }
}
