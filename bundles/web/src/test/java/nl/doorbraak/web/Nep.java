package nl.doorbraak.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.service.CasusService;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.Gezondheid;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.api.service.VariantRegister;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.GebruikerService;
import nl.doorbraak.api.toegang.Inlogresultaat;
import nl.doorbraak.api.toegang.Rol;

/** Kleine services in het geheugen, zodat de web-laag zonder core te testen is. */
final class Nep {

    static final String WACHTWOORD = "demo";

    private Nep() {
    }

    static final class Gemeenten implements GemeenteService {
        final Map<String, Gemeente> alle = new LinkedHashMap<>();

        Gemeenten() {
            zet(new Gemeente("utrecht", "Gemeente Utrecht", List.of("standaard", "utrecht-ondernemers"),
                    List.of(Escalatieniveau.geconfigureerd("tafel", 5), Escalatieniveau.geconfigureerd("directie", 10)), 24,
                    "utrecht"));
            zet(new Gemeente("leeuwarden", "Gemeente Leeuwarden", List.of("standaard", "leeuwarden-transformaatjes"),
                    List.of(Escalatieniveau.geconfigureerd("tafel", 5)), 24, "leeuwarden"));
            zet(new Gemeente("eindhoven", "Gemeente Eindhoven", List.of("standaard"),
                    List.of(Escalatieniveau.geconfigureerd("tafel", 5)), 24, "eindhoven"));
        }

        void zet(Gemeente g) {
            alle.put(g.id(), g);
        }

        @Override
        public List<Gemeente> alle() {
            return List.copyOf(alle.values());
        }

        @Override
        public Optional<Gemeente> zoek(String id) {
            return Optional.ofNullable(alle.get(id));
        }

        /** As the core: his own gemeente; all for the platformbeheerder and the platform itself. */
        @Override
        public List<Gemeente> zichtbaar(nl.doorbraak.api.toegang.Namens namens) {
            return alle().stream().filter(g -> ziet(namens.gebruiker(), g.id())).toList();
        }

        @Override
        public Optional<Gemeente> zoek(nl.doorbraak.api.toegang.Namens namens, String id) {
            return ziet(namens.gebruiker(), id) ? zoek(id) : Optional.empty();
        }

        private static boolean ziet(Gebruiker u, String id) {
            return u.isSysteem() || u.heeft(Rol.PLATFORMBEHEERDER) || u.hoortBij(id);
        }
    }

    static final class Gebruikers implements GebruikerService {
        final Map<String, Gebruiker> alle = new ConcurrentHashMap<>();
        final AtomicInteger authenticaties = new AtomicInteger();

        Gebruikers() {
            zet(new Gebruiker("utrecht-regisseur", "Ria Regisseur", "utrecht", Set.of(Rol.CASUSREGISSEUR), null));
            zet(new Gebruiker("utrecht-tafellid", "Tom Tafellid", "utrecht", Set.of(Rol.TAFELLID), Set.of("t-u1")));
            zet(new Gebruiker("utrecht-beheerder", "Bea Beheerder", "utrecht", Set.of(Rol.GEMEENTEBEHEERDER), null));
            zet(new Gebruiker("leeuwarden-regisseur", "Lies", "leeuwarden", Set.of(Rol.CASUSREGISSEUR), null));
            zet(new Gebruiker("leeuwarden-transformaatje", "Tijs", "leeuwarden", Set.of(Rol.TRANSFORMAATJE), null));
            zet(new Gebruiker("eindhoven-regisseur", "Eva", "eindhoven", Set.of(Rol.CASUSREGISSEUR), null));
            zet(new Gebruiker("rijk-szw", "SZW", null, Set.of(Rol.RIJK), null));
            zet(new Gebruiker("platformbeheerder", "Piet", null, Set.of(Rol.PLATFORMBEHEERDER), null));
        }

        void zet(Gebruiker g) {
            alle.put(g.gebruikersnaam(), g);
        }

        @Override
        @Deprecated
        public Optional<Gebruiker> authenticeer(String gebruikersnaam, char[] wachtwoord) {
            Inlogresultaat r = inloggen(gebruikersnaam, wachtwoord, null);
            return r.gelukt() ? Optional.of(r.gebruiker()) : Optional.empty();
        }

        @Override
        public Inlogresultaat inloggen(String gebruikersnaam, char[] wachtwoord, String clientAdres) {
            authenticaties.incrementAndGet();
            Gebruiker g = alle.get(gebruikersnaam);
            return g != null && WACHTWOORD.equals(new String(wachtwoord)) ? Inlogresultaat.gelukt(g, false)
                    : Inlogresultaat.geweigerd();
        }

        @Override
        public void wijzigWachtwoord(String gebruikersnaam, char[] huidig, char[] nieuw, String clientAdres) {
            throw new UnsupportedOperationException("niet in de nep-core");
        }

        @Override
        public void herstel(String gebruikersnaam, String code, char[] nieuw, String clientAdres) {
            throw new UnsupportedOperationException("niet in de nep-core");
        }

        @Override
        public Inlogresultaat ssoAanmelding(nl.doorbraak.api.toegang.SsoAanmelding aanmelding) {
            throw new UnsupportedOperationException("niet in de nep-core");
        }

        @Override
        public Optional<Gebruiker> zoek(String gebruikersnaam) {
            return Optional.ofNullable(alle.get(gebruikersnaam));
        }
    }

    static final class Tafels implements TafelService {
        final Map<String, Tafel> alle = new ConcurrentHashMap<>();
        private final AtomicInteger volgnummer = new AtomicInteger(100);
        private final ContactService contacten;

        Tafels(ContactService contacten) {
            this.contacten = contacten;
            Instant t = Instant.parse("2026-01-05T09:00:00Z");
            alle.put("t-u1", new Tafel("t-u1", "utrecht", "Doorbraaktafel Utrecht Noord", "standaard", List.of(), 1, t, t));
            alle.put("t-u2", new Tafel("t-u2", "utrecht", "Doorbraaktafel Utrecht Zuid", "standaard", List.of(), 1, t, t));
            alle.put("t-l1", new Tafel("t-l1", "leeuwarden", "Tafel Leeuwarden", "standaard", List.of(), 1, t, t));
        }

        @Override
        public synchronized Pagina<Tafel> lijst(Namens namens, String gemeente, int page, int pageSize) {
            List<Tafel> l = alle.values().stream().filter(t -> t.gemeente().equals(gemeente))
                    .sorted(Comparator.comparing(Tafel::id)).toList();
            return pagina(l, page, pageSize);
        }

        @Override
        public Optional<Tafel> zoek(Namens namens, String gemeente, String id) {
            Tafel t = alle.get(id);
            return t != null && t.gemeente().equals(gemeente) ? Optional.of(t) : Optional.empty();
        }

        @Override
        public List<Tafel> metContact(Namens namens, String gemeente, String contactId) {
            return alle.values().stream().filter(t -> t.gemeente().equals(gemeente))
                    .filter(t -> t.deelnemers().stream().anyMatch(d -> contactId.equals(d.contactId())))
                    .sorted(Comparator.comparing(Tafel::naam)).toList();
        }

        @Override
        public synchronized Tafel maak(Namens namens, String gemeente, NieuweTafel n) {
            if (!Set.of("standaard", "utrecht-ondernemers").contains(n.variant())) {
                throw new OngeldigeInvoerException("Onbekende variant.",
                        List.of(new VeldFout("variant", "onbekend", "Deze variant bestaat niet.")));
            }
            String id = "t-" + volgnummer.incrementAndGet();
            Instant nu = Instant.now();
            Tafel t = new Tafel(id, gemeente, n.naam(), n.variant(), deelnemers(gemeente, n), 1, nu, nu);
            alle.put(id, t);
            return t;
        }

        @Override
        public synchronized Tafel wijzig(Namens namens, String gemeente, String id, long verwachteVersie,
                NieuweTafel n) {
            Tafel t = zoek(namens, gemeente, id).orElseThrow();
            if (t.versie() != verwachteVersie) {
                throw new ConflictException("Verouderde versie.");
            }
            Tafel nieuw = new Tafel(id, gemeente, n.naam(), n.variant(), deelnemers(gemeente, n), t.versie() + 1,
                    t.aangemaakt(), Instant.now());
            alle.put(id, nieuw);
            return nieuw;
        }

        /** The core's rule in short: a contactId must be a contact of this gemeente; naam and organisatie come along. */
        private List<Deelnemer> deelnemers(String gemeente, NieuweTafel n) {
            List<Deelnemer> l = new ArrayList<>();
            for (int i = 0; i < n.deelnemers().size(); i++) {
                Deelnemer d = n.deelnemers().get(i);
                if (d.contactId() == null) {
                    l.add(d);
                    continue;
                }
                Contact k = contacten.zoek(SYSTEEM, gemeente, d.contactId()).orElseThrow(() -> new OngeldigeInvoerException(
                        "De invoer klopt niet: Contact '" + d.contactId() + "' bestaat niet in deze gemeente.",
                        List.of(new VeldFout("deelnemers." + l.size() + ".contactId", "onbekend",
                                "Contact '" + d.contactId() + "' bestaat niet in deze gemeente."))));
                l.add(new Deelnemer(d.naam() == null ? k.naam() : d.naam(),
                        d.organisatie() == null ? k.organisatie() : d.organisatie(), d.mandaat(), d.mandaatBedrag(),
                        k.id()));
            }
            return l;
        }
    }

    /** Test data is made by the platform itself. */
    static final Namens SYSTEEM = Namens.van(nl.doorbraak.api.toegang.Gebruiker.systeem("test"));

    static final class Casussen implements CasusService {
        final Map<String, Casus> alle = new ConcurrentHashMap<>();
        private final Tafels tafels;
        private final AtomicInteger volgnummer = new AtomicInteger();

        Casussen(Tafels tafels) {
            this.tafels = tafels;
        }

        /** Maakt {@code n} casussen, om en om aan t-u1 en t-u2. */
        void vul(int n) {
            for (int i = 0; i < n; i++) {
                maak(SYSTEEM, "utrecht", new NieuweCasus(i % 2 == 0 ? "t-u1" : "t-u2", "Casus " + i, "Hulp " + i,
                        new Inwoner(null, "A.B."), "wonen", List.of("woningcorporatie"), Map.of("urgentie", "hoog")));
            }
        }

        /** As the core's rule: a casusregisseur all, a tafellid his tafels, another role 403 (Toegangsregels). */
        private static java.util.function.Predicate<Casus> ziet(Namens n) {
            nl.doorbraak.api.toegang.Gebruiker u = n.gebruiker();
            if (u.isSysteem() || u.heeft(nl.doorbraak.api.toegang.Rol.CASUSREGISSEUR)) {
                return c -> true;
            }
            if (u.heeft(nl.doorbraak.api.toegang.Rol.TAFELLID)) {
                return c -> u.tafels().contains(c.tafelId());
            }
            throw new nl.doorbraak.api.service.GeenToegangException("Uw rol geeft geen toegang tot de inhoud van casussen.");
        }

        @Override
        public Pagina<Casus> lijst(Namens n, String gemeente, CasusFilter f, int page, int pageSize) {
            java.util.function.Predicate<Casus> ziet = ziet(n);
            List<Casus> l = alle.values().stream().filter(c -> c.gemeente().equals(gemeente)).filter(ziet)
                    .filter(c -> f.status() == null || c.status() == f.status())
                    .filter(c -> f.tafelId() == null || c.tafelId().equals(f.tafelId()))
                    .filter(c -> f.tafels() == null || f.tafels().contains(c.tafelId()))
                    .filter(c -> f.variant() == null || c.variant().equals(f.variant()))
                    .sorted(Comparator.comparing(Casus::id)).toList();
            return pagina(l, page, pageSize);
        }

        @Override
        public Optional<Casus> zoek(Namens n, String gemeente, String id) {
            Casus c = alle.get(id);
            return c != null && c.gemeente().equals(gemeente) ? Optional.of(c).filter(ziet(n)) : Optional.empty();
        }

        @Override
        public synchronized Casus maak(Namens namens, String gemeente, NieuweCasus n) {
            ziet(namens);
            if (!namens.gebruiker().isSysteem() && !namens.gebruiker().heeft(nl.doorbraak.api.toegang.Rol.CASUSREGISSEUR)
                    && !namens.gebruiker().tafels().contains(n.tafelId())) {
                throw new nl.doorbraak.api.service.GeenToegangException(
                        "U kunt alleen casussen aanmelden bij een tafel waar u aan zit.");
            }
            String door = namens.gebruiker().gebruikersnaam();
            Tafel t = tafels.zoek(SYSTEEM, gemeente, n.tafelId()).orElseThrow(() -> new OngeldigeInvoerException(
                    "Onbekende tafel.", List.of(new VeldFout("tafelId", "onbekend", "Deze tafel bestaat niet."))));
            String id = String.format("c-%04d", volgnummer.incrementAndGet());
            Instant nu = Instant.now();
            Inwoner inwoner = new Inwoner(n.inwoner() == null || n.inwoner().pseudoniem() == null ? "INW-" + id
                    : n.inwoner().pseudoniem(), n.inwoner() == null ? null : n.inwoner().initialen());
            Map<String, Object> data = new LinkedHashMap<>(n.variantData());
            data.put(Casus.SCHEMA_VERSIE, 1);
            Casus c = new Casus(id, gemeente, t.id(), t.variant(), n.titel(), n.hulpvraag(), inwoner, n.thema(),
                    CasusStatus.AANGEMELD, null, List.of(new StatusWijziging(null, CasusStatus.AANGEMELD, door, nu, null)),
                    n.betrokkenOrganisaties(), data, 1, nu, nu);
            alle.put(id, c);
            return c;
        }

        @Override
        public synchronized Casus wijzig(Namens n, String gemeente, String id, long verwachteVersie,
                CasusWijziging w) {
            Casus c = zoek(n, gemeente, id).orElseThrow();
            if (c.versie() != verwachteVersie) {
                throw new ConflictException("De casus is intussen gewijzigd.");
            }
            Map<String, Object> data = c.variantData();
            if (w.variantData() != null) {
                data = new LinkedHashMap<>(w.variantData());
                data.put(Casus.SCHEMA_VERSIE, 1);
            }
            Casus nieuw = new Casus(id, gemeente, c.tafelId(), c.variant(), w.titel() != null ? w.titel() : c.titel(),
                    w.hulpvraag() != null ? w.hulpvraag() : c.hulpvraag(),
                    w.inwoner() != null ? w.inwoner() : c.inwoner(), w.thema() != null ? w.thema() : c.thema(),
                    c.status(), c.resultaat(), c.historie(),
                    w.betrokkenOrganisaties() != null ? w.betrokkenOrganisaties() : c.betrokkenOrganisaties(), data,
                    c.versie() + 1, c.aangemaakt(), Instant.now());
            alle.put(id, nieuw);
            return nieuw;
        }

        /** What the last status change asked for {@code ondanksOpenstaand}: the core decides, the route passes it. */
        volatile boolean laatsteOndanksOpenstaand;

        @Override
        public synchronized Casus wijzigStatus(Namens n, String gemeente, String id, Long verwachteVersie,
                CasusStatus naar, String reden, Resultaat resultaat, boolean ondanksOpenstaand) {
            laatsteOndanksOpenstaand = ondanksOpenstaand;
            Casus c = zoek(n, gemeente, id).orElseThrow();
            String door = n.gebruiker().gebruikersnaam();
            if (verwachteVersie != null && c.versie() != verwachteVersie) {
                throw new ConflictException("De casus is intussen gewijzigd.");
            }
            if (!c.status().magNaar(naar)) {
                throw new ConflictException("Deze overgang mag niet.");
            }
            List<StatusWijziging> h = new ArrayList<>(c.historie());
            h.add(new StatusWijziging(c.status(), naar, door, Instant.now(), reden));
            Casus nieuw = new Casus(id, gemeente, c.tafelId(), c.variant(), c.titel(), c.hulpvraag(), c.inwoner(),
                    c.thema(), naar, resultaat, h, c.betrokkenOrganisaties(), c.variantData(), c.versie() + 1, c.aangemaakt(),
                    Instant.now());
            alle.put(id, nieuw);
            return nieuw;
        }
    }

    static final class Varianten implements VariantRegister {
        @Override
        public List<VariantInfo> varianten() {
            return List.of(new VariantInfo("standaard", "Standaard doorbraaktafel", "nl.doorbraak.plugin.standaard",
                    "1.0.0", 1, "actief"),
                    new VariantInfo("rodeknop", "City Deal rode knop", null, null, 2, "afwezig"));
        }

        @Override
        public List<nl.doorbraak.api.variant.VariantVeld> velden(String variant) {
            return "standaard".equals(variant) ? List.of(nl.doorbraak.api.variant.VariantVeld.keuze("urgentie",
                    "Urgentie", true, List.of("laag", "hoog"))) : List.of();
        }
    }

    /** Onthoudt wat er zou zijn vastgelegd. */
    static final class Verwerkingen implements nl.doorbraak.api.service.VerwerkingenLog {
        final List<nl.doorbraak.api.domein.NieuweVerwerking> vastgelegd = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void leg(List<nl.doorbraak.api.domein.NieuweVerwerking> verwerkingen) {
            vastgelegd.addAll(verwerkingen);
        }

        @Override
        public List<nl.doorbraak.api.domein.Verwerking> vanInwoner(nl.doorbraak.api.toegang.Namens namens,
                String gemeente, String pseudoniem) {
            return List.of();
        }
    }

    static final class Waarschuwingen implements Gezondheid {
        volatile List<String> lijst = List.of();

        @Override
        public List<String> waarschuwingen() {
            return lijst;
        }
    }

    static <T> Pagina<T> pagina(List<T> l, int page, int pageSize) {
        int van = Math.min(l.size(), (page - 1) * pageSize);
        return new Pagina<>(l.size(), page, pageSize, l.subList(van, Math.min(l.size(), van + pageSize)));
    }
}
