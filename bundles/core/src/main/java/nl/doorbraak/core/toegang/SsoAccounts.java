package nl.doorbraak.core.toegang;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.api.toegang.SsoAanmelding;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;

/**
 * Accounts of people who sign in with their gemeente's identity provider. The identity provider is the source of who
 * someone is and which roles and tafels he has: at every sign-in the account gets the gemeente roles and the tafels
 * of that gemeente from the claims (audited when they change). Doorbraak keeps the right to say no: an account a
 * beheerder deactivated stays out, and a sign-in without any gemeente role creates nothing.
 */
final class SsoAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(SsoAccounts.class);
    static final String DOOR = "identity provider";

    private final Database db;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final GebruikerStore store = new GebruikerStore();
    private final AuditStore audit = new AuditStore();

    /** What one sign-in came to: the account, or why not; and what changed (for the event), if anything. */
    private record Uitkomst(GebruikerStore.Rij rij, String wat, String waaromNiet) {

        static Uitkomst nee(String waarom) {
            return new Uitkomst(null, null, waarom);
        }
    }

    SsoAccounts(Database db, GemeenteService gemeenten, Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    Inlogresultaat aanmelding(SsoAanmelding a, Instant nu) {
        if (a == null || a.gemeente() == null || gemeenten.zoek(a.gemeente()).isEmpty() || leeg(a.issuer())
                || leeg(a.subject())) {
            return Inlogresultaat.geweigerd();
        }
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        a.rollen().stream().filter(AccountServiceImpl.GEMEENTEROLLEN::contains).forEach(rollen::add);
        String wie = Tekst.voorLog(a.subject()) + " van " + Tekst.voorLog(a.issuer());
        Uitkomst uitkomst = db.inTransactie(c -> {
            Set<String> tafels = store.tafelsVan(c, a.gemeente(), a.tafels());
            Set<Rol> echt = EnumSet.noneOf(Rol.class);
            echt.addAll(rollen);
            if (tafels.isEmpty()) {
                echt.remove(Rol.TAFELLID); // a tafellid sits at a tafel of this gemeente, or is none
            } else if (!echt.contains(Rol.TAFELLID)) {
                tafels = Set.of();
            }
            GebruikerStore.Rij rij = store.zoekSsoVoorWijziging(c, a.issuer(), a.subject()).orElse(null);
            if (rij == null) {
                rij = vooraf(c, a);
            }
            if (rij == null) {
                if (echt.isEmpty()) {
                    return Uitkomst.nee("de claims geven geen rol van gemeente " + a.gemeente());
                }
                String naam = vrijeNaam(c, a);
                Gebruiker g = new Gebruiker(naam, naam(a, naam), a.gemeente(), echt, tafels);
                store.voegToe(c, g, null, Bron.SSO, null, false, false, null, null, nu);
                store.koppelSso(c, naam, a.issuer(), a.subject());
                audit.schrijf(c, a.gemeente(), null, "gebruiker", naam, "aangemaakt", DOOR, new Wijzigingen()
                        .nieuw("naam", g.naam()).nieuw("rollen", AccountServiceImpl.codes(echt))
                        .nieuw("tafels", new TreeSet<>(tafels))
                        .nieuw("bron", Bron.SSO.code()).lijst());
                store.ingelogd(c, naam, nu, null);
                return new Uitkomst(store.zoek(c, naam).orElseThrow(), "aangemaakt", null);
            }
            Account oud = rij.account();
            if (!a.gemeente().equals(oud.gemeente()) || oud.bron() != Bron.SSO) {
                return Uitkomst.nee("het account hoort niet bij deze gemeente of logt niet via SSO in");
            }
            if (!oud.actief()) {
                return Uitkomst.nee("het account is in Doorbraak gedeactiveerd");
            }
            if (echt.isEmpty()) {
                return Uitkomst.nee("de claims geven geen rol van gemeente " + a.gemeente() + " (meer)");
            }
            String volledig = naam(a, oud.naam());
            List<AuditRegel.Veldwijziging> velden = new Wijzigingen().veld("naam", oud.naam(), volledig)
                    .veld("rollen", AccountServiceImpl.codes(oud.rollen()), AccountServiceImpl.codes(echt))
                    .veld("tafels", new TreeSet<>(oud.tafels()), new TreeSet<>(tafels)).lijst();
            String wat = null;
            if (!velden.isEmpty()) {
                store.werkBij(c, oud.gebruikersnaam(), oud.versie(), volledig, echt, tafels, oud.contactId(), true, nu);
                audit.schrijf(c, a.gemeente(), null, "gebruiker", oud.gebruikersnaam(), "gewijzigd", DOOR, velden);
                wat = "gewijzigd";
            }
            store.ingelogd(c, oud.gebruikersnaam(), nu, null);
            return new Uitkomst(store.zoek(c, oud.gebruikersnaam()).orElseThrow(), wat, null);
        });
        GebruikerStore.Rij rij = uitkomst.rij();
        if (rij == null) {
            LOG.info("SSO-aanmelding geweigerd voor {}: {}", wie, uitkomst.waaromNiet());
            return Inlogresultaat.geweigerd();
        }
        if (uitkomst.wat() != null) {
            AccountServiceImpl.meld(gebeurtenissen, rij.account(), uitkomst.wat());
        }
        return Inlogresultaat.gelukt(rij.gebruiker(), false);
    }

    /**
     * An SSO account a beheerder made beforehand under the name the identity provider proposes, not yet bound to a
     * subject: this sign-in binds it.
     */
    private GebruikerStore.Rij vooraf(Connection c, SsoAanmelding a) throws SQLException {
        String naam = Gebruikersnaam.uitInvoer(a.voorkeursnaam());
        if (naam == null) {
            return null;
        }
        GebruikerStore.Rij rij = store.zoekVoorWijziging(c, naam).orElse(null);
        if (rij == null || rij.account().bron() != Bron.SSO || !a.gemeente().equals(rij.account().gemeente())
                || store.heeftSso(c, naam)) {
            return null;
        }
        store.koppelSso(c, naam, a.issuer(), a.subject());
        return rij;
    }

    /** The proposed name when it is free and valid; otherwise one made from the gemeente and the subject. */
    private String vrijeNaam(Connection c, SsoAanmelding a) throws SQLException {
        String voorstel = Gebruikersnaam.uitInvoer(a.voorkeursnaam());
        if (voorstel != null && !store.bestaat(c, voorstel)) {
            return voorstel;
        }
        return "sso." + a.gemeente() + "." + kort(a.issuer() + "\0" + a.subject());
    }

    private static String naam(SsoAanmelding a, String anders) {
        String n = a.naam() == null ? "" : a.naam().strip();
        return n.isEmpty() || n.length() > 200 || n.chars().anyMatch(Character::isISOControl) ? anders : n;
    }

    private static String kort(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
