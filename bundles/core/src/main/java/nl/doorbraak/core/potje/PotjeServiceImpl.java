package nl.doorbraak.core.potje;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.casus.CasusStore;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Bedragen;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;
import nl.doorbraak.core.tafel.TafelStore;

/**
 * Voorkom Erger Potjes: a gemeentebeheerder creates them and deposits; tafels draw from them with a besluit. The saldo
 * never goes below zero (see {@link PotjeStore#muteer}).
 */
@Component(service = { PotjeService.class, PotjeServiceImpl.class })
public final class PotjeServiceImpl implements PotjeService {

    /** Code in {@code invalidParams} for an amount above the mandate, as for toezeggingen. */
    public static final String MANDAAT = "mandaat";

    private final Database db;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final PotjeStore store = new PotjeStore();
    private final TafelStore tafels = new TafelStore();
    private final CasusStore casussen = new CasusStore(new Json());
    private final AuditStore audit = new AuditStore();

    @Activate
    public PotjeServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public List<Potje> lijst(String gemeente) {
        return db.lees(c -> store.lijst(c, gemeente));
    }

    @Override
    public Optional<Potje> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    @Override
    public Potje maak(String gemeente, NieuwPotje in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        NieuwPotje p = in == null ? new NieuwPotje(null, null, null) : in;
        String naam = invoer.verplicht("naam", "Naam", p.naam(), 200);
        String tafelId = invoer.optioneel("tafelId", "Tafel", p.tafelId(), 36);
        BigDecimal begin = Bedragen.nulOfMeer(invoer, "beginsaldo", "Het beginsaldo", p.beginsaldo());
        invoer.controleer();
        String id = UUID.randomUUID().toString();
        PotjeMutatie eerste = db.inTransactie(c -> {
            if (tafelId != null && tafels.zoek(c, gemeente, tafelId).isEmpty()) {
                invoer.fout("tafelId", Invoer.ONBEKEND, "Tafel '" + tafelId + "' bestaat niet in deze gemeente.")
                        .controleer();
            }
            store.voegToe(c, id, gemeente, tafelId, naam, Tijd.nu(), door);
            db.gemaakt(c, "potje", id);
            audit.schrijf(c, gemeente, null, "potje", id, "aangemaakt", door,
                    new Wijzigingen().nieuw("naam", naam).nieuw("tafelId", tafelId).lijst());
            return begin == null || begin.signum() == 0 ? null
                    : muteer(c, gemeente, id, PotjeMutatie.STORTING, begin, null, null, "Beginsaldo", door).orElseThrow();
        });
        Potje potje = zoek(gemeente, id).orElseThrow();
        meld(DoorbraakEvents.POTJE_AANGEMAAKT, potje, null, door);
        if (eerste != null) {
            meld(DoorbraakEvents.POTJE_GESTORT, potje, eerste, door);
        }
        return potje;
    }

    @Override
    public PotjeMutatie stort(String gemeente, String potjeId, BigDecimal bedrag, String omschrijving, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        BigDecimal schoon = Bedragen.positief(invoer, "bedrag", "Het bedrag", bedrag);
        String oms = invoer.vrijOptioneel("omschrijving", "Omschrijving", omschrijving, 1000);
        invoer.controleer();
        PotjeMutatie m = db.inTransactie(c -> muteer(c, gemeente, potjeId, PotjeMutatie.STORTING, schoon, null, null,
                oms, door).orElseThrow(() -> nietGevonden(potjeId)));
        meld(DoorbraakEvents.POTJE_GESTORT, zoek(gemeente, potjeId).orElseThrow(), m, door);
        return m;
    }

    @Override
    public PotjeMutatie neemUit(String gemeente, String potjeId, String besluitId, BigDecimal bedrag,
            String omschrijving, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        BigDecimal schoon = Bedragen.positief(invoer, "bedrag", "Het bedrag", bedrag);
        String oms = invoer.vrijOptioneel("omschrijving", "Omschrijving", omschrijving, 1000);
        if (besluitId == null || besluitId.isBlank()) {
            invoer.fout("besluitId", Invoer.VERPLICHT, "Een uitgave hoort bij een besluit; geef het besluit op.");
        }
        invoer.controleer();
        PotjeMutatie m = db.inTransactie(c -> {
            CasusStore.CasusVanBesluit casus = casussen.vanBesluit(c, gemeente, besluitId).orElse(null);
            if (casus == null) {
                invoer.fout("besluitId", Invoer.ONBEKEND, "Besluit '" + besluitId + "' bestaat niet in deze gemeente.")
                        .controleer();
            }
            return neemUit(c, gemeente, potjeId, casus.casusId(), casus.tafelId(), besluitId, schoon, oms, door,
                    "bedrag", "bedrag");
        });
        meld(DoorbraakEvents.POTJE_UITGEGEVEN, zoek(gemeente, potjeId).orElseThrow(), m, door);
        return m;
    }

    /**
     * An uitgave inside the caller's transaction (also used by a besluit with an uitgave). The besluit's row is locked
     * first ({@link Bestedingsruimte}): it must still hold, the amount must be within the mandate of those who took it,
     * and so must everything spent on it together.
     *
     * @param casusId    the besluit's casus, for the audit trail
     * @param tafelId    the tafel of the besluit's casus; a potje for another tafel is refused
     * @param veld       the input field to blame for the potje, for the user's error message
     * @param bedragVeld the input field to blame for the amount
     */
    public PotjeMutatie neemUit(Connection c, String gemeente, String potjeId, String casusId, String tafelId,
            String besluitId, BigDecimal bedrag, String omschrijving, String door, String veld, String bedragVeld)
            throws SQLException {
        Bestedingsruimte ruimte = Bestedingsruimte.vergrendelEnLees(c, gemeente, besluitId).orElseThrow(
                () -> new NietGevondenException("Besluit '" + besluitId + "' bestaat niet."));
        Potje p = store.zoek(c, gemeente, potjeId).orElseThrow(() -> nietGevonden(potjeId));
        if (p.tafelId() != null && !p.tafelId().equals(tafelId)) {
            new Invoer().fout(veld, Invoer.WAARDE, "Potje '" + p.naam() + "' is van een andere tafel.").controleer();
        }
        if (ruimte.gecorrigeerdDoor() != null) {
            throw new ConflictException("Besluit '" + besluitId + "' is gecorrigeerd door besluit '"
                    + ruimte.gecorrigeerdDoor() + "' en geldt niet meer; doe de uitgave bij dat besluit.");
        }
        Invoer invoer = new Invoer();
        binnenMandaat(invoer, bedragVeld, bedrag, ruimte.deelnemers());
        invoer.controleer();
        BigDecimal samen = ruimte.uitgegeven().add(bedrag);
        if (samen.compareTo(ruimte.mandaat()) > 0) {
            Deelnemer d = ruimte.beslisser();
            throw new ConflictException("Bij dit besluit" + (ruimte.gecorrigeerd() ? " (met de besluiten die het "
                    + "corrigeert)" : "") + " is al " + Bedragen.tekst(ruimte.uitgegeven()) + " uit potjes "
                    + "uitgegeven; met " + Bedragen.tekst(bedrag) + " erbij wordt dat " + Bedragen.tekst(samen)
                    + ", meer dan het besluit toestaat: " + Bedragen.tekst(ruimte.mandaat()) + ", het mandaat van "
                    + d.naam() + " (" + d.organisatie() + "). Er is niets vastgelegd.");
        }
        return muteer(c, gemeente, potjeId, PotjeMutatie.UITGAVE, bedrag, besluitId, casusId, omschrijving, door)
                .orElseThrow(() -> {
                    BigDecimal saldo = store.zoekSaldo(c, potjeId);
                    return new ConflictException("In potje '" + p.naam() + "' zit " + Bedragen.tekst(saldo) + "; "
                            + Bedragen.tekst(bedrag) + " past er niet meer uit. Er is niets vastgelegd.");
                });
    }

    /**
     * An uitgave from a potje is decided by the deelnemers who take its besluit: it must be within the highest
     * mandaatBedrag among them. A deelnemer without an amount in the mandate cannot spend money. Recorded in
     * {@code invoer} under {@code veld}, code {@code mandaat}, like a toezegging above the mandate.
     */
    public static void binnenMandaat(Invoer invoer, String veld, BigDecimal bedrag, List<Deelnemer> nemers) {
        if (bedrag == null) {
            return;
        }
        Deelnemer hoogste = nemers.stream().filter(d -> d.mandaatBedrag() != null)
                .max(Comparator.comparing(Deelnemer::mandaatBedrag)).orElse(null);
        if (hoogste == null) {
            String wie = nemers.isEmpty() ? ""
                    : " (" + String.join("; ", nemers.stream().map(d -> d.naam() + ", " + d.organisatie()).toList())
                            + ")";
            invoer.fout(veld, MANDAAT, "Geen van de deelnemers die dit besluit nemen heeft een mandaat voor geld" + wie
                    + ", dus kan er ook geen " + Bedragen.tekst(bedrag) + " uit een potje bij. Neem het besluit met "
                    + "iemand die dat mandaat heeft, of escaleer.");
        } else if (bedrag.compareTo(hoogste.mandaatBedrag()) > 0) {
            invoer.fout(veld, MANDAAT, Bedragen.tekst(bedrag) + " uit een potje gaat boven het mandaat van de "
                    + "deelnemers die dit besluit nemen (hoogste mandaat: " + Bedragen.tekst(hoogste.mandaatBedrag())
                    + ", van " + hoogste.naam() + ", " + hoogste.organisatie() + "). Neem het besluit met iemand met "
                    + "meer mandaat, of escaleer.");
        }
    }

    /** A mutation and its audit line, in the caller's transaction; empty when an uitgave does not fit. */
    private Optional<PotjeMutatie> muteer(Connection c, String gemeente, String potjeId, String soort,
            BigDecimal bedrag, String besluitId, String casusId, String omschrijving, String door) throws SQLException {
        Optional<PotjeMutatie> m = store.muteer(c, gemeente, potjeId, soort, bedrag, besluitId, omschrijving, door);
        if (m.isPresent()) {
            db.gemaakt(c, "mutatie", potjeId + "/" + m.get().volgnummer());
            audit.schrijf(c, gemeente, casusId, "potje", potjeId,
                    soort, door, new Wijzigingen().nieuw("bedrag", bedrag).veld("saldo",
                            PotjeMutatie.UITGAVE.equals(soort) ? m.get().saldoNa().add(bedrag)
                                    : m.get().saldoNa().subtract(bedrag), m.get().saldoNa())
                            .nieuw("besluitId", besluitId).nieuw("omschrijving", omschrijving).lijst());
        }
        return m;
    }

    /** After the commit of a besluit with an uitgave. */
    public void meldUitgave(String gemeente, PotjeMutatie m, String door) {
        zoek(gemeente, m.potjeId()).ifPresent(p -> meld(DoorbraakEvents.POTJE_UITGEGEVEN, p, m, door));
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Potje '" + id + "' bestaat niet.");
    }

    @Override
    public Optional<PotjeMutatie> mutatie(String gemeente, String potjeId, long volgnummer) {
        return db.lees(c -> store.zoek(c, gemeente, potjeId).isEmpty() ? Optional.<PotjeMutatie>empty()
                : store.mutatie(c, potjeId, volgnummer));
    }

    @Override
    public Pagina<PotjeMutatie> historie(String gemeente, String potjeId, int page, int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        return db.lees(c -> {
            store.zoek(c, gemeente, potjeId).orElseThrow(() -> nietGevonden(potjeId));
            return store.historie(c, potjeId, page, pageSize);
        });
    }

    private void meld(String topic, Potje p, PotjeMutatie m, String door) {
        Map<String, Object> e = new HashMap<>();
        e.put(DoorbraakEvents.GEMEENTE, p.gemeente());
        e.put(DoorbraakEvents.POTJE_ID, p.id());
        e.put(DoorbraakEvents.TAFEL_ID, p.tafelId());
        e.put(DoorbraakEvents.DOOR, door);
        e.put(DoorbraakEvents.SALDO, (m == null ? p.saldo() : m.saldoNa()).toPlainString());
        if (m != null) {
            e.put(DoorbraakEvents.BEDRAG, m.bedrag().toPlainString());
            e.put(DoorbraakEvents.BESLUIT_ID, m.besluitId());
        }
        gebeurtenissen.post(topic, e);
    }
}
