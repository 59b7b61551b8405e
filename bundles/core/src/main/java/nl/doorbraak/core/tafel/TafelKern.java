package nl.doorbraak.core.tafel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.NieuweTafel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.contact.ContactVerwijzing;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * Tafels of a gemeente: validated, one transaction per change, an event after each commit. A deelnemer may be a contact
 * of the korte lijnen ({@code contactId}); the reference is checked in the transaction that stores the tafel. The work,
 * without questions of access: {@link TafelServiceImpl} is the door.
 */
@Component(service = TafelKern.class)
public final class TafelKern {

    static final int MAX_DEELNEMERS = 50;
    static final BigDecimal MAX_BEDRAG = new BigDecimal("999999999999.99");
    private static final Pattern VARIANT_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    private final Database db;
    private final VariantVolger varianten;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final TafelStore store = new TafelStore();
    private final ContactVerwijzing contacten = new ContactVerwijzing();

    @Activate
    public TafelKern(@Reference(name = "database") Database db,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.varianten = varianten;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    public Pagina<Tafel> lijst(String gemeente, int page, int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        return db.lees(c -> store.lijst(c, gemeente, page, pageSize));
    }

    public Optional<Tafel> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    public List<Tafel> metContact(String gemeente, String contactId) {
        if (gemeente == null || contactId == null) {
            return List.of();
        }
        return db.lees(c -> store.metContact(c, gemeente, contactId));
    }

    public Tafel maak(String gemeente, NieuweTafel tafel, String door) {
        Gemeente g = Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        // checked in the transaction that stores the tafel: a contact deactivated just before is not linked
        Tafel t = db.inTransactie(c -> {
            NieuweTafel schoon = controleer(c, g, tafel, Set.of());
            Instant nu = Tijd.nu();
            Tafel nieuw = new Tafel(UUID.randomUUID().toString(), gemeente, schoon.naam(), schoon.variant(),
                    schoon.deelnemers(), 1, nu, nu);
            store.voegToe(c, nieuw, door);
            db.gemaakt(c, "tafel", nieuw.id());
            return nieuw;
        });
        meld(DoorbraakEvents.TAFEL_AANGEMAAKT, t, door);
        return t;
    }

    public Tafel wijzig(String gemeente, String id, long verwachteVersie, NieuweTafel tafel, String door) {
        Gemeente g = Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Tafel nieuw = db.inTransactie(c -> {
            Tafel huidig = store.zoek(c, gemeente, id).orElseThrow(() -> nietGevonden(id));
            // a contact who left may stay linked where the tafel already had him; new links need an active contact
            Set<String> gekoppeld = huidig.deelnemers().stream().map(Deelnemer::contactId).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            NieuweTafel schoon = controleer(c, g, tafel, gekoppeld);
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

    /**
     * All checks at once, the contacten of the korte lijnen included; returns the cleaned input. A deelnemer given by
     * {@code contactId} without naam or organisatie takes them from the contact, and also mandaat and mandaatBedrag
     * where those are empty; a deelnemer with both naam and organisatie keeps what was given.
     *
     * @param gekoppeld contactIds the tafel already refers to: these may be deactivated contacten by now
     */
    NieuweTafel controleer(Connection c, Gemeente g, NieuweTafel in, Set<String> gekoppeld) throws SQLException {
        Invoer invoer = new Invoer();
        if (in == null) {
            invoer.fout("naam", Invoer.VERPLICHT, "Naam is verplicht.").controleer();
        }
        String naam = invoer.verplicht("naam", "Naam", in.naam(), 200);
        String variant = invoer.verplicht("variant", "Variant", in.variant(), 63);
        if (variant != null) {
            if (!VARIANT_ID.matcher(variant).matches()) {
                invoer.fout("variant", Invoer.WAARDE, "Variant '" + variant + "' is geen geldig variant-id.");
            } else if (varianten.huidige(variant).isEmpty()) {
                // an onderdeel is switched on in varianten too, but has no tafels; also while its plug-in is updated
                Optional<String> onderdeel = varianten.bekendOnderdeel(variant);
                if (onderdeel.isPresent()) {
                    invoer.fout("variant", Invoer.WAARDE, "'" + variant + "' is een onderdeel (" + onderdeel.get()
                            + "), geen tafelvariant: kies een tafelvariant.");
                } else if (!g.gebruiktVariant(variant)) {
                    invoer.fout("variant", Invoer.ONBEKEND, "Variant '" + variant + "' is niet geïnstalleerd en staat "
                            + "niet bij de varianten van " + g.naam() + ".");
                }
            }
        }
        List<Deelnemer> deelnemers = new ArrayList<>();
        if (in.deelnemers().size() > MAX_DEELNEMERS) {
            invoer.fout("deelnemers", Invoer.LENGTE, "Een tafel heeft hoogstens " + MAX_DEELNEMERS + " deelnemers.");
        }
        Map<String, Integer> contactBij = new HashMap<>();
        for (int i = 0; i < in.deelnemers().size(); i++) {
            Deelnemer d = in.deelnemers().get(i);
            String p = "deelnemers." + i + ".";
            if (d == null) {
                invoer.fout("deelnemers." + i, Invoer.VERPLICHT, "Deelnemer " + (i + 1) + " is leeg.");
                continue;
            }
            String contactId = invoer.optioneel(p + "contactId", "Contact van deelnemer " + (i + 1), d.contactId(), 36);
            Contact k = null;
            if (contactId != null) {
                Integer eerder = contactBij.putIfAbsent(contactId, i);
                if (eerder != null) {
                    invoer.fout(p + "contactId", Invoer.WAARDE, "Contact '" + contactId + "' is al deelnemer "
                            + (eerder + 1) + " van deze tafel; een contact zit één keer aan tafel.");
                } else {
                    k = (gekoppeld.contains(contactId)
                            ? contacten.vanGemeente(c, invoer, p + "contactId", g.id(), contactId)
                            : contacten.actief(c, invoer, p + "contactId", g.id(), contactId)).orElse(null);
                }
            }
            String dNaam = d.naam();
            String dOrg = d.organisatie();
            String dMandaat = d.mandaat();
            BigDecimal bedrag = d.mandaatBedrag();
            if (k != null && (leeg(dNaam) || leeg(dOrg))) {
                dNaam = leeg(dNaam) ? k.naam() : dNaam;
                dOrg = leeg(dOrg) ? k.organisatie() : dOrg;
                dMandaat = leeg(dMandaat) ? k.mandaat() : dMandaat;
                bedrag = bedrag == null ? k.mandaatBedrag() : bedrag;
            }
            // with a contactId that was refused, its error already says why naam and organisatie are missing
            boolean contactGeweigerd = !leeg(d.contactId()) && k == null;
            String dn = contactGeweigerd ? invoer.optioneel(p + "naam", "Naam van deelnemer " + (i + 1), dNaam, 200)
                    : invoer.verplicht(p + "naam", "Naam van deelnemer " + (i + 1), dNaam, 200);
            String org = contactGeweigerd
                    ? invoer.optioneel(p + "organisatie", "Organisatie van deelnemer " + (i + 1), dOrg, 200)
                    : invoer.verplicht(p + "organisatie", "Organisatie van deelnemer " + (i + 1), dOrg, 200);
            String mandaat = invoer.vrijOptioneel(p + "mandaat", "Mandaat van deelnemer " + (i + 1), dMandaat, 1000);
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
            deelnemers.add(new Deelnemer(dn, org, mandaat, bedrag, contactId));
        }
        invoer.controleer();
        return new NieuweTafel(naam, variant, deelnemers);
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
