package nl.doorbraak.core.bijeenkomst;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.NieuweBijeenkomst;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.BijeenkomstService;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.casus.CasusOvergangen;
import nl.doorbraak.core.casus.OpgeslagenCasus;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;
import nl.doorbraak.core.tafel.TafelStore;

/**
 * Bijeenkomsten of a tafel. Putting a casus in voorbereiding on the agenda makes it geagendeerd, in the same
 * transaction.
 */
@Component(service = BijeenkomstService.class)
public final class BijeenkomstServiceImpl implements BijeenkomstService {

    static final int MAX_NOTITIE = 4000;
    static final int MAX_AGENDA = 50;

    private final Database db;
    private final GemeenteService gemeenten;
    private final CasusOvergangen overgangen;
    private final Gebeurtenissen gebeurtenissen;
    private final BijeenkomstStore store = new BijeenkomstStore();
    private final TafelStore tafels = new TafelStore();
    private final AuditStore audit = new AuditStore();

    @Activate
    public BijeenkomstServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "overgangen") CasusOvergangen overgangen,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.overgangen = overgangen;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public Pagina<Bijeenkomst> lijst(String gemeente, String tafelId, int page, int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        return db.lees(c -> store.lijst(c, gemeente, tafelId, page, pageSize));
    }

    @Override
    public Optional<Bijeenkomst> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    @Override
    public Bijeenkomst plan(String gemeente, NieuweBijeenkomst in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        NieuweBijeenkomst b = in == null ? new NieuweBijeenkomst(null, null, null, null) : in;
        String tafelId = invoer.verplicht("tafelId", "Tafel", b.tafelId(), 36);
        LocalDate datum = datum(invoer, b.datum());
        String notitie = invoer.vrijOptioneel("notitie", "Notitie", b.notitie(), MAX_NOTITIE);
        Bijeenkomst nieuw = db.inTransactie(c -> {
            Tafel tafel = tafelId == null ? null : tafels.zoek(c, gemeente, tafelId).orElse(null);
            if (tafelId != null && tafel == null) {
                invoer.fout("tafelId", Invoer.ONBEKEND, "Tafel '" + tafelId + "' bestaat niet in deze gemeente.");
            }
            List<Deelnemer> aanwezigen = tafel == null ? List.of()
                    : Deelnemers.vanTafel(invoer, "aanwezigen", tafel, b.aanwezigen());
            invoer.controleer();
            Instant nu = Tijd.nu();
            Bijeenkomst x = new Bijeenkomst(UUID.randomUUID().toString(), gemeente, tafelId, datum, List.of(),
                    aanwezigen, notitie, 1, nu, nu);
            store.voegToe(c, x, door);
            db.gemaakt(c, "bijeenkomst", x.id());
            audit.schrijf(c, gemeente, null, "bijeenkomst", x.id(), "aangemaakt", door, new Wijzigingen()
                    .nieuw("tafelId", tafelId).nieuw("datum", datum).nieuw("aanwezigen", namen(aanwezigen))
                    .nieuw("notitie", notitie).lijst());
            return x;
        });
        meld(DoorbraakEvents.BIJEENKOMST_GEPLAND, nieuw, door, null);
        return nieuw;
    }

    @Override
    public Bijeenkomst wijzig(String gemeente, String id, long verwachteVersie, NieuweBijeenkomst in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        NieuweBijeenkomst b = in == null ? new NieuweBijeenkomst(null, null, null, null) : in;
        LocalDate datum = datum(invoer, b.datum());
        String notitie = invoer.vrijOptioneel("notitie", "Notitie", b.notitie(), MAX_NOTITIE);
        Bijeenkomst nieuw = db.inTransactie(c -> {
            Bijeenkomst huidig = store.zoekVoorWijziging(c, gemeente, id).orElseThrow(() -> nietGevonden(id));
            if (b.tafelId() != null && !b.tafelId().equals(huidig.tafelId())) {
                invoer.fout("tafelId", Invoer.WAARDE, "Een bijeenkomst blijft bij zijn tafel; plan een nieuwe.");
            }
            Tafel tafel = tafels.zoek(c, gemeente, huidig.tafelId()).orElseThrow();
            List<Deelnemer> aanwezigen = Deelnemers.vanTafel(invoer, "aanwezigen", tafel, b.aanwezigen());
            invoer.controleer();
            if (huidig.versie() != verwachteVersie) {
                throw verouderd(huidig.versie(), verwachteVersie);
            }
            blijftWaarBesluitenVielen(c, id, datum, aanwezigen);
            Bijeenkomst x = new Bijeenkomst(id, gemeente, huidig.tafelId(), datum, huidig.agenda(), aanwezigen,
                    notitie, huidig.versie() + 1, huidig.aangemaakt(), Tijd.nu());
            if (!store.werkBij(c, x, verwachteVersie)) {
                throw verouderd(-1, verwachteVersie);
            }
            audit.schrijf(c, gemeente, null, "bijeenkomst", id, "gewijzigd", door, new Wijzigingen()
                    .veld("datum", huidig.datum(), datum)
                    .veld("aanwezigen", namen(huidig.aanwezigen()), namen(aanwezigen))
                    .veld("notitie", huidig.notitie(), notitie).lijst());
            return x;
        });
        meld(DoorbraakEvents.BIJEENKOMST_GEWIJZIGD, nieuw, door, null);
        return nieuw;
    }

    @Override
    public Bijeenkomst agendeer(String gemeente, String id, String casusId, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        String casus = invoer.verplicht("casusId", "Casus", casusId, 36);
        invoer.controleer();
        Object[] uit = db.inTransactie(c -> {
            Bijeenkomst b = store.zoek(c, gemeente, id).orElseThrow(() -> nietGevonden(id));
            OpgeslagenCasus k = overgangen.zoek(c, gemeente, casus).orElse(null);
            if (k == null) {
                // another gemeente's casus is as unknown as one that does not exist
                invoer.fout("casusId", Invoer.ONBEKEND, "Casus '" + casus + "' bestaat niet in deze gemeente.")
                        .controleer();
            }
            if (!k.tafelId().equals(b.tafelId())) {
                invoer.fout("casusId", Invoer.WAARDE, "Deze casus hoort bij een andere tafel.").controleer();
            }
            if (b.agenda().contains(casus)) {
                return new Object[] { b, null };
            }
            if (b.agenda().size() >= MAX_AGENDA) {
                throw new ConflictException("De agenda is vol (" + MAX_AGENDA + " casussen).");
            }
            if (b.datum().isBefore(Tijd.vandaag())) {
                throw new ConflictException("Deze bijeenkomst was op " + b.datum() + "; zet de casus op een komende "
                        + "bijeenkomst.");
            }
            CasusOvergangen.Overgang o = null;
            if (k.status() == CasusStatus.IN_VOORBEREIDING) {
                store.agendeer(c, id, b.agenda().size() + 1, casus);
                overgangen.controleer(c, k, CasusStatus.GEAGENDEERD, null);
                o = overgangen.voerUit(c, k, CasusStatus.GEAGENDEERD, "Geagendeerd voor de bijeenkomst van "
                        + b.datum(), null, door);
            } else if (k.status() == CasusStatus.GEAGENDEERD) {
                // moved to another bijeenkomst, or on two agendas: no new transition
                store.agendeer(c, id, b.agenda().size() + 1, casus);
            } else {
                throw new ConflictException("Alleen een casus in voorbereiding kan op de agenda; deze casus is "
                        + k.status().code() + "." + (k.status() == CasusStatus.AANGEMELD
                                ? " Zet hem eerst in voorbereiding." : ""));
            }
            if (!store.raakAan(c, id, b.versie(), Tijd.nu())) {
                throw verouderd(-1, b.versie());
            }
            audit.schrijf(c, gemeente, casus, "bijeenkomst", id, "geagendeerd", door,
                    new Wijzigingen().nieuw("casusId", casus).nieuw("datum", b.datum()).lijst());
            return new Object[] { store.zoek(c, gemeente, id).orElseThrow(), o };
        });
        Bijeenkomst b = (Bijeenkomst) uit[0];
        if (uit[1] != null) {
            overgangen.meld((CasusOvergangen.Overgang) uit[1]);
            meld(DoorbraakEvents.BIJEENKOMST_GEWIJZIGD, b, door, casus);
        }
        return b;
    }

    /**
     * Once besluiten were taken at a bijeenkomst, it stays what they rest on: it took place no later than the first of
     * them was recorded, and whoever took one stays among the aanwezigen.
     */
    private void blijftWaarBesluitenVielen(Connection c, String id, LocalDate datum, List<Deelnemer> aanwezigen)
            throws SQLException {
        BijeenkomstStore.Besluitnemers genomen = store.besluitnemers(c, id);
        if (genomen == null) {
            return;
        }
        if (datum.isAfter(genomen.eersteDag())) {
            throw new ConflictException("Op deze bijeenkomst is op " + genomen.eersteDag() + " al een besluit "
                    + "vastgelegd; de datum kan niet later worden dan die dag.");
        }
        List<String> weg = genomen.nemers().stream().filter(d -> !Deelnemers.aanwezig(aanwezigen, d))
                .map(Deelnemer::naam).distinct().toList();
        if (!weg.isEmpty()) {
            throw new ConflictException(String.join(", ", weg) + (weg.size() == 1 ? " nam" : " namen")
                    + " op deze bijeenkomst een besluit en " + (weg.size() == 1 ? "blijft" : "blijven")
                    + " daarom bij de aanwezigen.");
        }
    }

    private static List<String> namen(List<Deelnemer> deelnemers) {
        return deelnemers.stream().map(Deelnemer::naam).toList();
    }

    private static LocalDate datum(Invoer invoer, LocalDate datum) {
        if (datum == null) {
            invoer.fout("datum", Invoer.VERPLICHT, "De datum van de bijeenkomst is verplicht (JJJJ-MM-DD).");
        }
        return datum;
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Bijeenkomst '" + id + "' bestaat niet.");
    }

    private static ConflictException verouderd(long huidig, long verwacht) {
        return new ConflictException("De bijeenkomst is intussen door een ander gewijzigd"
                + (huidig >= 0 ? " (nu versie " + huidig + ", u had versie " + verwacht + ")" : "")
                + ". Haal hem opnieuw op en probeer het nog eens.");
    }

    private void meld(String topic, Bijeenkomst b, String door, String casusId) {
        Map<String, Object> e = new HashMap<>();
        e.put(DoorbraakEvents.GEMEENTE, b.gemeente());
        e.put(DoorbraakEvents.BIJEENKOMST_ID, b.id());
        e.put(DoorbraakEvents.TAFEL_ID, b.tafelId());
        e.put(DoorbraakEvents.CASUS_ID, casusId);
        e.put(DoorbraakEvents.VERSIE, b.versie());
        e.put(DoorbraakEvents.DOOR, door);
        gebeurtenissen.post(topic, e);
    }
}
