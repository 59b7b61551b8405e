package nl.doorbraak.core.contact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Gebeurtenissen;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;

/**
 * Korte lijnen: contacten of a gemeente. Validated, one transaction per change, an event after each commit. Never
 * deleted, only deactivated, because tafels and acties refer to them.
 */
@Component(service = ContactService.class)
public final class ContactServiceImpl implements ContactService {

    static final BigDecimal MAX_BEDRAG = new BigDecimal("999999999999.99");
    /** Digits with the usual separators, optionally international; 8 to 15 digits (E.164 allows 15). */
    private static final Pattern TELEFOON = Pattern.compile("\\+?[0-9][0-9 ()\\-]*");
    /** Deliberately loose: one @, no spaces, a dot in the domain. The real check is whether mail arrives. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final Database db;
    private final GemeenteService gemeenten;
    private final Gebeurtenissen gebeurtenissen;
    private final ContactStore store = new ContactStore();

    @Activate
    public ContactServiceImpl(@Reference(name = "database") Database db,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "gebeurtenissen") Gebeurtenissen gebeurtenissen) {
        this.db = db;
        this.gemeenten = gemeenten;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public Pagina<Contact> lijst(String gemeente, ContactFilter filter, int page, int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        ContactFilter f = filter == null ? ContactFilter.actieve() : filter;
        Invoer invoer = new Invoer();
        invoer.optioneel("organisatie", "Organisatie", f.organisatie(), 200);
        invoer.optioneel("wijk", "Wijk", f.wijk(), 100);
        invoer.optioneel("q", "Zoektekst", f.tekst(), 200);
        invoer.controleer();
        return db.lees(c -> store.lijst(c, gemeente, f, page, pageSize));
    }

    @Override
    public Optional<Contact> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> store.zoek(c, gemeente, id));
    }

    @Override
    public List<ContactGroep> trekkersEnAanjagers(String gemeente) {
        List<Contact> alle = db.lees(c -> store.trekkersEnAanjagers(c, gemeente));
        // already in order: organisatie, gemeentebreed before the wijken, naam
        Map<List<String>, List<Contact>[]> groepen = new LinkedHashMap<>();
        for (Contact k : alle) {
            @SuppressWarnings("unchecked")
            List<Contact>[] g = groepen.computeIfAbsent(java.util.Arrays.asList(k.organisatie(), k.wijk()),
                    x -> new List[] { new ArrayList<>(), new ArrayList<>() });
            if (k.trekker()) {
                g[0].add(k);
            }
            if (k.aanjager()) {
                g[1].add(k);
            }
        }
        List<ContactGroep> l = new ArrayList<>();
        groepen.forEach((sleutel, g) -> l.add(new ContactGroep(sleutel.get(0), sleutel.get(1), g[0], g[1])));
        return l;
    }

    @Override
    public Contact maak(String gemeente, NieuwContact in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        NieuwContact schoon = controleer(in);
        Instant nu = Tijd.nu();
        Contact k = contact(UUID.randomUUID().toString(), gemeente, schoon,
                schoon.actief() == null || schoon.actief(), 1, nu, nu);
        db.inTransactie(c -> {
            store.voegToe(c, k, door);
            db.gemaakt(c, "contact", k.id());
            return null;
        });
        meld(DoorbraakEvents.CONTACT_AANGEMAAKT, k, door);
        return k;
    }

    @Override
    public Contact wijzig(String gemeente, String id, long verwachteVersie, NieuwContact in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        NieuwContact schoon = controleer(in);
        Contact nieuw = db.inTransactie(c -> {
            Contact huidig = store.zoek(c, gemeente, id == null ? "" : id).orElseThrow(() -> nietGevonden(id));
            if (huidig.versie() != verwachteVersie) {
                throw verouderd(huidig.versie(), verwachteVersie);
            }
            Contact k = contact(id, gemeente, schoon, schoon.actief() == null ? huidig.actief() : schoon.actief(),
                    huidig.versie() + 1, huidig.aangemaakt(), Tijd.nu());
            if (!store.werkBij(c, k, verwachteVersie, door)) {
                throw verouderd(-1, verwachteVersie);
            }
            return k;
        });
        meld(DoorbraakEvents.CONTACT_GEWIJZIGD, nieuw, door);
        return nieuw;
    }

    @Override
    public Contact deactiveer(String gemeente, String id, Long verwachteVersie, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Contact[] resultaat = db.inTransactie(c -> {
            Contact huidig = store.zoek(c, gemeente, id == null ? "" : id).orElseThrow(() -> nietGevonden(id));
            if (verwachteVersie != null && huidig.versie() != verwachteVersie) {
                throw verouderd(huidig.versie(), verwachteVersie);
            }
            if (!huidig.actief()) {
                return new Contact[] { huidig, null };
            }
            Contact k = new Contact(huidig.id(), gemeente, huidig.organisatie(), huidig.naam(), huidig.rol(),
                    huidig.mandaat(), huidig.mandaatBedrag(), huidig.wijk(), huidig.telefoon(), huidig.email(),
                    huidig.trekker(), huidig.aanjager(), huidig.onderwerp(), false, huidig.versie() + 1,
                    huidig.aangemaakt(), Tijd.nu());
            if (!store.werkBij(c, k, huidig.versie(), door)) {
                throw verouderd(-1, huidig.versie());
            }
            return new Contact[] { k, k };
        });
        if (resultaat[1] != null) {
            meld(DoorbraakEvents.CONTACT_GEDEACTIVEERD, resultaat[1], door);
        }
        return resultaat[0];
    }

    // ---------------------------------------------------------------- helpers

    private static Contact contact(String id, String gemeente, NieuwContact n, boolean actief, long versie,
            Instant aangemaakt, Instant gewijzigd) {
        return new Contact(id, gemeente, n.organisatie(), n.naam(), n.rol(), n.mandaat(), n.mandaatBedrag(), n.wijk(),
                n.telefoon(), n.email(), n.trekker(), n.aanjager(), n.onderwerp(), actief, versie, aangemaakt,
                gewijzigd);
    }

    static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Contact '" + id + "' bestaat niet.");
    }

    private static ConflictException verouderd(long huidig, long verwacht) {
        return new ConflictException("Het contact is intussen door een ander gewijzigd"
                + (huidig >= 0 ? " (nu versie " + huidig + ", u had versie " + verwacht + ")" : "")
                + ". Haal het contact opnieuw op en probeer het nog eens.");
    }

    private void meld(String topic, Contact k, String door) {
        Map<String, Object> p = new HashMap<>();
        p.put(DoorbraakEvents.GEMEENTE, k.gemeente());
        p.put(DoorbraakEvents.CONTACT_ID, k.id());
        p.put(DoorbraakEvents.ORGANISATIE, k.organisatie());
        p.put(DoorbraakEvents.DOOR, door);
        p.put(DoorbraakEvents.VERSIE, k.versie());
        gebeurtenissen.post(topic, p);
    }

    /** All checks at once; returns the cleaned input. */
    static NieuwContact controleer(NieuwContact in) {
        Invoer invoer = new Invoer();
        if (in == null) {
            invoer.fout("naam", Invoer.VERPLICHT, "Naam is verplicht.").controleer();
        }
        String organisatie = invoer.verplicht("organisatie", "Organisatie", in.organisatie(), 200);
        String naam = invoer.verplicht("naam", "Naam", in.naam(), 200);
        String rol = invoer.vrijOptioneel("rol", "Rol", in.rol(), 200);
        String mandaat = invoer.vrijOptioneel("mandaat", "Mandaat", in.mandaat(), 1000);
        BigDecimal bedrag = bedrag(invoer, in.mandaatBedrag());
        String wijk = invoer.optioneel("wijk", "Wijk", in.wijk(), 100);
        String telefoon = invoer.optioneel("telefoon", "Telefoonnummer", in.telefoon(), 30);
        if (telefoon != null && !geldigTelefoonnummer(telefoon)) {
            invoer.fout("telefoon", Invoer.WAARDE, "Telefoonnummer '" + telefoon + "' klopt niet: gebruik 8 tot 15 "
                    + "cijfers, eventueel met spaties, streepjes, haakjes en een + vooraan (bijvoorbeeld 06-12345678 "
                    + "of +31 58 233 2323).");
            telefoon = null;
        }
        String email = invoer.optioneel("email", "E-mailadres", in.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            invoer.fout("email", Invoer.WAARDE, "E-mailadres '" + email + "' klopt niet; bijvoorbeeld "
                    + "naam@organisatie.nl.");
            email = null;
        }
        if (in.telefoon() == null || in.telefoon().isBlank()) {
            if (in.email() == null || in.email().isBlank()) {
                String reden = "Vul een telefoonnummer of een e-mailadres in (of allebei): een korte lijn moet je "
                        + "kunnen bereiken.";
                invoer.fout("telefoon", Invoer.VERPLICHT, reden);
                invoer.fout("email", Invoer.VERPLICHT, reden);
            }
        }
        String onderwerp = invoer.vrijOptioneel("onderwerp", "Onderwerp", in.onderwerp(), 200);
        invoer.controleer();
        return new NieuwContact(organisatie, naam, rol, mandaat, bedrag, wijk, telefoon, email, in.trekker(),
                in.aanjager(), onderwerp, in.actief());
    }

    static boolean geldigTelefoonnummer(String s) {
        if (!TELEFOON.matcher(s).matches()) {
            return false;
        }
        long cijfers = s.chars().filter(Character::isDigit).count();
        return cijfers >= 8 && cijfers <= 15;
    }

    private static BigDecimal bedrag(Invoer invoer, BigDecimal bedrag) {
        if (bedrag == null) {
            return null;
        }
        if (bedrag.signum() < 0) {
            invoer.fout("mandaatBedrag", Invoer.WAARDE, "Het mandaatbedrag kan niet negatief zijn.");
        } else if (bedrag.stripTrailingZeros().scale() > 2) {
            invoer.fout("mandaatBedrag", Invoer.WAARDE, "Het mandaatbedrag heeft hoogstens twee decimalen.");
        } else if (bedrag.compareTo(MAX_BEDRAG) > 0) {
            invoer.fout("mandaatBedrag", Invoer.WAARDE, "Het mandaatbedrag is te groot.");
        } else {
            // as stored (NUMERIC(14,2)), so a written and a read contact are equal
            return bedrag.setScale(2, RoundingMode.UNNECESSARY);
        }
        return null;
    }
}
