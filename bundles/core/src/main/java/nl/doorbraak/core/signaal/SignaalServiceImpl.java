package nl.doorbraak.core.signaal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.SignaalWijziging;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;

/**
 * Signalen: "de regel is stuk". Every change is checked first and then written in one transaction (the signaal, its
 * history and its links together); events follow the commit.
 *
 * <p>Rules: an answer is required when going to {@code opgelost}, a reason when reopening an {@code opgelost} signaal;
 * a casus of another gemeente is reported exactly like an unknown one; linking a linked casus again changes nothing.
 */
@Component(service = SignaalService.class)
public final class SignaalServiceImpl implements SignaalService {

    static final int MAX_CASUSSEN_BIJ_MELDEN = 100;
    static final String REDEN_MELDING = "Gemeld";

    private final Database db;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final SignaalStore store = new SignaalStore();

    @Activate
    public SignaalServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Pagina<Signaal> lijst(String gemeente, SignaalFilter filter, int page, int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        SignaalFilter f = filter == null ? SignaalFilter.geen() : filter;
        Invoer invoer = new Invoer();
        invoer.optioneel("organisatie", "Organisatie", f.organisatie(), 200);
        invoer.controleer();
        return db.lees(c -> store.lijst(c, gemeente, f, page, pageSize));
    }

    @Override
    public Optional<Signaal> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    @Override
    public List<Signaal> vanCasus(String gemeente, String casusId) {
        if (gemeente == null || casusId == null) {
            return List.of();
        }
        return db.lees(c -> store.vanCasus(c, gemeente, casusId));
    }

    // ---------------------------------------------------------------- changes

    @Override
    public Signaal maak(String gemeente, NieuwSignaal in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        if (in == null) {
            invoer.fout("regel", Invoer.VERPLICHT, "De regel die knelt is verplicht.").controleer();
        }
        SignaalWijziging tekst = tekst(invoer, in.regel(), in.organisatie(), in.omschrijving());
        Set<String> casusIds = new LinkedHashSet<>();
        if (in.casusIds().size() > MAX_CASUSSEN_BIJ_MELDEN) {
            invoer.fout("casusIds", Invoer.LENGTE, "Koppel bij het melden hoogstens " + MAX_CASUSSEN_BIJ_MELDEN
                    + " casussen; de rest kan daarna één voor één.");
        } else {
            for (int i = 0; i < in.casusIds().size(); i++) {
                String id = invoer.verplicht("casusIds." + i, "Casus " + (i + 1), in.casusIds().get(i), 36);
                if (id != null) {
                    casusIds.add(id);
                }
            }
        }
        if (!casusIds.isEmpty()) {
            List<String> onbekend = db.lees(c -> {
                List<String> l = new ArrayList<>();
                for (String id : casusIds) {
                    if (!store.casusBestaat(c, gemeente, id)) {
                        l.add(id);
                    }
                }
                return l;
            });
            for (int i = 0; i < in.casusIds().size(); i++) {
                if (onbekend.contains(in.casusIds().get(i))) {
                    invoer.fout("casusIds." + i, Invoer.ONBEKEND, casusOnbekend(in.casusIds().get(i)));
                }
            }
        }
        invoer.controleer();

        Instant nu = Tijd.nu();
        String id = UUID.randomUUID().toString();
        Signaal nieuw = new Signaal(id, gemeente, tekst.regel(), tekst.organisatie(), tekst.omschrijving(),
                SignaalStatus.NIEUW, null,
                List.of(new SignaalStatusWijziging(null, SignaalStatus.NIEUW, door, nu, REDEN_MELDING, null)),
                List.of(), 1, nu, nu);
        Signaal s = db.inTransactie(c -> {
            store.voegToe(c, nieuw, door);
            db.gemaakt(c, "signaal", nieuw.id());
            for (String casusId : casusIds) {
                store.koppel(c, id, casusId, door, nu);
            }
            return store.zoek(c, gemeente, id).orElseThrow();
        });
        meld(DoorbraakEvents.SIGNAAL_AANGEMAAKT, s, door, null, null);
        for (String casusId : casusIds) {
            meld(DoorbraakEvents.SIGNAAL_CASUS_GEKOPPELD, s, door, null, casusId);
        }
        return s;
    }

    @Override
    public Signaal wijzig(String gemeente, String id, long verwachteVersie, SignaalWijziging w, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        SignaalWijziging tekst = w == null ? tekst(invoer, null, null, null)
                : tekst(invoer, w.regel(), w.organisatie(), w.omschrijving());
        invoer.controleer();
        Signaal s = db.inTransactie(c -> {
            Signaal huidig = lees(c, gemeente, id);
            if (huidig.versie() != verwachteVersie) {
                throw verouderd(huidig.versie(), verwachteVersie);
            }
            Signaal nieuw = new Signaal(huidig.id(), gemeente, tekst.regel(), tekst.organisatie(),
                    tekst.omschrijving(), huidig.status(), huidig.antwoord(), huidig.historie(), huidig.casussen(),
                    huidig.versie() + 1, huidig.aangemaakt(), Tijd.nu());
            if (!store.werkBij(c, nieuw, verwachteVersie, door)) {
                throw verouderd(-1, verwachteVersie);
            }
            return nieuw;
        });
        meld(DoorbraakEvents.SIGNAAL_GEWIJZIGD, s, door, null, null);
        return s;
    }

    @Override
    public Signaal wijzigStatus(String gemeente, String id, Long verwachteVersie, SignaalStatus naar, String reden,
            String antwoord, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        if (naar == null) {
            invoer.fout("status", Invoer.VERPLICHT, "De nieuwe status is verplicht.").controleer();
        }
        String schoneReden = invoer.vrijOptioneel("reden", "Reden", reden, 1000);
        String schoonAntwoord = invoer.vrijOptioneel("antwoord", "Antwoord", antwoord, 4000);
        invoer.controleer();
        SignaalStatus[] vorige = new SignaalStatus[1];
        Signaal s = db.inTransactie(c -> {
            Signaal huidig = lees(c, gemeente, id);
            if (verwachteVersie != null && huidig.versie() != verwachteVersie) {
                throw verouderd(huidig.versie(), verwachteVersie);
            }
            if (!huidig.status().magNaar(naar)) {
                throw new ConflictException(overgangNietToegestaan(huidig.status(), naar));
            }
            if (naar == SignaalStatus.OPGELOST && schoonAntwoord == null) {
                invoer.fout("antwoord", Invoer.VERPLICHT, "Geef het antwoord van " + huidig.organisatie()
                        + ": wat is er met de regel gedaan, of waarom blijft hij zoals hij is?").controleer();
            }
            if (huidig.status() == SignaalStatus.OPGELOST && schoneReden == null) {
                invoer.fout("reden", Invoer.VERPLICHT, "Geef een reden om een opgelost signaal te heropenen, "
                        + "bijvoorbeeld een nieuwe casus waarin de regel nog knelt.").controleer();
            }
            Instant nu = Tijd.nu();
            SignaalStatusWijziging overgang = new SignaalStatusWijziging(huidig.status(), naar, door, nu, schoneReden,
                    schoonAntwoord);
            List<SignaalStatusWijziging> historie = new ArrayList<>(huidig.historie());
            historie.add(overgang);
            Signaal nieuw = new Signaal(huidig.id(), gemeente, huidig.regel(), huidig.organisatie(),
                    huidig.omschrijving(), naar, schoonAntwoord != null ? schoonAntwoord : huidig.antwoord(), historie,
                    huidig.casussen(), huidig.versie() + 1, huidig.aangemaakt(), nu);
            if (!store.werkBij(c, nieuw, huidig.versie(), door)) {
                throw verouderd(-1, huidig.versie());
            }
            store.voegHistorieToe(c, id, historie.size(), overgang);
            vorige[0] = huidig.status();
            return nieuw;
        });
        meld(DoorbraakEvents.SIGNAAL_STATUS_GEWIJZIGD, s, door, vorige[0], null);
        return s;
    }

    @Override
    public Signaal koppel(String gemeente, String id, String casusId, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        String casus = invoer.verplicht("casusId", "Casus", casusId, 36);
        invoer.controleer();
        boolean[] nieuw = new boolean[1];
        Signaal s = db.inTransactie(c -> {
            // lock the signaal row first, so two people linking the same casus take turns
            if (!store.vergrendel(c, gemeente, id == null ? "" : id)) {
                throw nietGevonden(id);
            }
            if (!store.casusBestaat(c, gemeente, casus)) {
                invoer.fout("casusId", Invoer.ONBEKEND, casusOnbekend(casus)).controleer();
            }
            if (!store.isGekoppeld(c, id, casus)) {
                Instant nu = Tijd.nu();
                store.verhoogVersie(c, gemeente, id, nu, door);
                store.koppel(c, id, casus, door, nu);
                nieuw[0] = true;
            }
            // linked twice: nothing changes (same versie, no event)
            return store.zoek(c, gemeente, id).orElseThrow();
        });
        if (nieuw[0]) {
            meld(DoorbraakEvents.SIGNAAL_CASUS_GEKOPPELD, s, door, null, casus);
        }
        return s;
    }

    @Override
    public Signaal ontkoppel(String gemeente, String id, String casusId, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Signaal s = db.inTransactie(c -> {
            if (!store.verhoogVersie(c, gemeente, id == null ? "" : id, Tijd.nu(), door)) {
                throw nietGevonden(id);
            }
            if (casusId == null || !store.ontkoppel(c, id, casusId)) {
                throw new NietGevondenException("Casus '" + casusId + "' is niet aan dit signaal gekoppeld.");
            }
            return store.zoek(c, gemeente, id).orElseThrow();
        });
        meld(DoorbraakEvents.SIGNAAL_CASUS_ONTKOPPELD, s, door, null, casusId);
        return s;
    }

    // ---------------------------------------------------------------- helpers

    private static SignaalWijziging tekst(Invoer invoer, String regel, String organisatie, String omschrijving) {
        return new SignaalWijziging(invoer.vrijVerplicht("regel", "De regel die knelt", regel, 500),
                invoer.verplicht("organisatie", "De verantwoordelijke organisatie", organisatie, 200),
                invoer.vrijVerplicht("omschrijving", "Omschrijving", omschrijving, 4000));
    }

    static String casusOnbekend(String casusId) {
        return "Casus '" + casusId + "' bestaat niet in deze gemeente.";
    }

    static String overgangNietToegestaan(SignaalStatus van, SignaalStatus naar) {
        return "Een signaal met status " + van.code() + " kan niet naar " + naar.code() + ". Vanuit " + van.code()
                + " kan alleen: " + van.volgende().stream().map(SignaalStatus::code).collect(Collectors.joining(", "))
                + ".";
    }

    private Signaal lees(java.sql.Connection c, String gemeente, String id) throws java.sql.SQLException {
        return store.zoek(c, gemeente, id == null ? "" : id).orElseThrow(() -> nietGevonden(id));
    }

    static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Signaal '" + id + "' bestaat niet.");
    }

    private static ConflictException verouderd(long huidig, long verwacht) {
        return new ConflictException("Het signaal is intussen door een ander gewijzigd"
                + (huidig >= 0 ? " (nu versie " + huidig + ", u had versie " + verwacht + ")" : "")
                + ". Haal het signaal opnieuw op en probeer het nog eens.");
    }

    private void meld(String topic, Signaal s, String door, SignaalStatus vorige, String casusId) {
        Map<String, Object> p = new HashMap<>();
        p.put(DoorbraakEvents.GEMEENTE, s.gemeente());
        p.put(DoorbraakEvents.SIGNAAL_ID, s.id());
        p.put(DoorbraakEvents.ORGANISATIE, s.organisatie());
        p.put(DoorbraakEvents.STATUS, s.status().code());
        p.put(DoorbraakEvents.GEWICHT, s.gewicht());
        p.put(DoorbraakEvents.DOOR, door);
        p.put(DoorbraakEvents.VERSIE, s.versie());
        if (vorige != null) {
            p.put(DoorbraakEvents.VORIGE_STATUS, vorige.code());
        }
        if (casusId != null) {
            p.put(DoorbraakEvents.CASUS_ID, casusId);
        }
        gebeurtenissen.post(topic, p);
    }
}
