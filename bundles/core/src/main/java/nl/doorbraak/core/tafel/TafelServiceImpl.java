package nl.doorbraak.core.tafel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.TafelService;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;
import nl.doorbraak.core.variant.VariantVolger;

/** Tafels of a gemeente: validated, one transaction per change, an event after each commit. */
@Component(service = TafelService.class)
public final class TafelServiceImpl implements TafelService {

    static final int MAX_DEELNEMERS = 50;
    static final BigDecimal MAX_BEDRAG = new BigDecimal("999999999999.99");
    private static final Pattern VARIANT_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final Database db;
    private final VariantVolger varianten;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final TafelStore store = new TafelStore();

    @Activate
    public TafelServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.varianten = varianten;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public Pagina<Tafel> lijst(String gemeente, int page, int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        return db.lees(c -> store.lijst(c, gemeente, page, pageSize));
    }

    @Override
    public Optional<Tafel> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    @Override
    public Tafel maak(String gemeente, NieuweTafel tafel, String door) {
        Gemeente g = Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        NieuweTafel schoon = controleer(g, tafel);
        java.time.Instant nu = Tijd.nu();
        Tafel t = new Tafel(UUID.randomUUID().toString(), gemeente, schoon.naam(), schoon.variant(),
                schoon.deelnemers(), 1, nu, nu);
        db.inTransactie(c -> {
            store.voegToe(c, t, door);
            return null;
        });
        meld(DoorbraakEvents.TAFEL_AANGEMAAKT, t, door);
        return t;
    }

    @Override
    public Tafel wijzig(String gemeente, String id, long verwachteVersie, NieuweTafel tafel, String door) {
        Gemeente g = Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        NieuweTafel schoon = controleer(g, tafel);
        Tafel nieuw = db.inTransactie(c -> {
            Tafel huidig = store.zoek(c, gemeente, id).orElseThrow(() -> nietGevonden(id));
            if (huidig.versie() != verwachteVersie) {
                throw verouderd(huidig.versie(), verwachteVersie);
            }
            if (!huidig.variant().equals(schoon.variant()) && store.aantalCasussen(c, id) > 0) {
                throw new ConflictException("De variant van tafel '" + huidig.naam() + "' kan niet meer van '"
                        + huidig.variant() + "' naar '" + schoon.variant() + "': er zijn al casussen van deze tafel.");
            }
            Tafel t = new Tafel(id, gemeente, schoon.naam(), schoon.variant(), schoon.deelnemers(),
                    huidig.versie() + 1, huidig.aangemaakt(), Tijd.nu());
            if (!store.werkBij(c, t, verwachteVersie, door)) {
                throw verouderd(-1, verwachteVersie);
            }
            return t;
        });
        meld(DoorbraakEvents.TAFEL_GEWIJZIGD, nieuw, door);
        return nieuw;
    }

    static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Tafel '" + id + "' bestaat niet.");
    }

    private static ConflictException verouderd(long huidig, long verwacht) {
        return new ConflictException("De tafel is intussen door een ander gewijzigd"
                + (huidig >= 0 ? " (nu versie " + huidig + ", u had versie " + verwacht + ")" : "")
                + ". Haal de tafel opnieuw op en probeer het nog eens.");
    }

    private void meld(String topic, Tafel t, String door) {
        gebeurtenissen.post(topic, Map.of(DoorbraakEvents.GEMEENTE, t.gemeente(), DoorbraakEvents.TAFEL_ID, t.id(),
                DoorbraakEvents.VARIANT, t.variant(), DoorbraakEvents.DOOR, door, DoorbraakEvents.VERSIE, t.versie()));
    }

    /** All checks at once; returns the cleaned input. */
    NieuweTafel controleer(Gemeente g, NieuweTafel in) {
        Invoer invoer = new Invoer();
        if (in == null) {
            invoer.fout("naam", Invoer.VERPLICHT, "Naam is verplicht.").controleer();
        }
        String naam = invoer.verplicht("naam", "Naam", in.naam(), 200);
        String variant = invoer.verplicht("variant", "Variant", in.variant(), 63);
        if (variant != null) {
            if (!VARIANT_ID.matcher(variant).matches()) {
                invoer.fout("variant", Invoer.WAARDE, "Variant '" + variant + "' is geen geldig variant-id.");
            } else if (varianten.huidige(variant).isEmpty() && !g.gebruiktVariant(variant)) {
                invoer.fout("variant", Invoer.ONBEKEND, "Variant '" + variant + "' is niet geïnstalleerd en staat niet "
                        + "bij de varianten van " + g.naam() + ".");
            }
        }
        List<Deelnemer> deelnemers = new ArrayList<>();
        if (in.deelnemers().size() > MAX_DEELNEMERS) {
            invoer.fout("deelnemers", Invoer.LENGTE, "Een tafel heeft hoogstens " + MAX_DEELNEMERS + " deelnemers.");
        }
        for (int i = 0; i < in.deelnemers().size(); i++) {
            Deelnemer d = in.deelnemers().get(i);
            String p = "deelnemers." + i + ".";
            if (d == null) {
                invoer.fout("deelnemers." + i, Invoer.VERPLICHT, "Deelnemer " + (i + 1) + " is leeg.");
                continue;
            }
            String dn = invoer.verplicht(p + "naam", "Naam van deelnemer " + (i + 1), d.naam(), 200);
            String org = invoer.verplicht(p + "organisatie", "Organisatie van deelnemer " + (i + 1), d.organisatie(), 200);
            String mandaat = invoer.optioneel(p + "mandaat", "Mandaat van deelnemer " + (i + 1), d.mandaat(), 1000);
            BigDecimal bedrag = d.mandaatBedrag();
            if (bedrag != null) {
                if (bedrag.signum() < 0) {
                    invoer.fout(p + "mandaatBedrag", Invoer.WAARDE, "Het mandaatbedrag kan niet negatief zijn.");
                    bedrag = null;
                } else if (bedrag.stripTrailingZeros().scale() > 2) {
                    invoer.fout(p + "mandaatBedrag", Invoer.WAARDE, "Het mandaatbedrag heeft hoogstens twee decimalen.");
                    bedrag = null;
                } else if (bedrag.compareTo(MAX_BEDRAG) > 0) {
                    invoer.fout(p + "mandaatBedrag", Invoer.WAARDE, "Het mandaatbedrag is te groot.");
                    bedrag = null;
                } else {
                    // as stored (NUMERIC(14,2)), so a written and a read tafel are equal
                    bedrag = bedrag.setScale(2, RoundingMode.UNNECESSARY);
                }
            }
            deelnemers.add(new Deelnemer(dn, org, mandaat, bedrag));
        }
        invoer.controleer();
        return new NieuweTafel(naam, variant, deelnemers);
    }
}
