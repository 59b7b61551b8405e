package nl.doorbraak.core.toegang;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.db.Sql;
import nl.doorbraak.core.platform.Tijd;

/** SQL for gebruikers. */
public final class GebruikerStore {

    /** A stored user: the api's Gebruiker plus what only the core may see. */
    public record Account(Gebruiker gebruiker, String wachtwoordHash, boolean demo, boolean actief) {
    }

    public Optional<Account> zoek(Connection c, String gebruikersnaam) throws SQLException {
        Account a = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT gebruikersnaam, naam, gemeente, rollen, "
                + "wachtwoord_hash, demo, actief FROM gebruiker WHERE gebruikersnaam = ?")) {
            ps.setString(1, gebruikersnaam);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Set<Rol> rollen = Arrays.stream(rs.getString("rollen").split(",")).map(String::strip)
                            .map(Rol::vanCode).flatMap(Optional::stream).collect(Collectors.toSet());
                    a = new Account(new Gebruiker(rs.getString("gebruikersnaam"), rs.getString("naam"),
                            rs.getString("gemeente"), rollen, Set.of()), rs.getString("wachtwoord_hash"),
                            rs.getBoolean("demo"), rs.getBoolean("actief"));
                }
            }
        }
        if (a == null) {
            return Optional.empty();
        }
        Set<String> tafels = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT tafel_id FROM gebruiker_tafel WHERE gebruikersnaam = ? ORDER BY tafel_id")) {
            ps.setString(1, gebruikersnaam);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tafels.add(rs.getString(1));
                }
            }
        }
        Gebruiker g = a.gebruiker();
        return Optional.of(new Account(new Gebruiker(g.gebruikersnaam(), g.naam(), g.gemeente(), g.rollen(), tafels),
                a.wachtwoordHash(), a.demo(), a.actief()));
    }

    public boolean bestaat(Connection c, String gebruikersnaam) throws SQLException {
        return Sql.vindt(c, "SELECT 1 FROM gebruiker WHERE gebruikersnaam = ?", gebruikersnaam);
    }

    public void voegToe(Connection c, Gebruiker g, String wachtwoordHash, boolean demo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gebruiker (gebruikersnaam, naam, gemeente, rollen, "
                + "wachtwoord_hash, demo, actief, aangemaakt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, g.gebruikersnaam());
            ps.setString(2, g.naam());
            ps.setString(3, g.gemeente());
            ps.setString(4, g.rollen().stream().map(Rol::code).sorted().collect(Collectors.joining(",")));
            ps.setString(5, wachtwoordHash);
            ps.setBoolean(6, demo);
            ps.setBoolean(7, true);
            Tijd.zet(ps, 8, Instant.now());
            ps.executeUpdate();
        }
        if (!g.tafels().isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO gebruiker_tafel (gebruikersnaam, tafel_id) VALUES (?, ?)")) {
                for (String t : g.tafels()) {
                    ps.setString(1, g.gebruikersnaam());
                    ps.setString(2, t);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
