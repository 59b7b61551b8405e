package nl.doorbraak.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactFilter;
import nl.doorbraak.api.domein.ContactFunctie;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.NieuwContact;
import nl.doorbraak.api.domein.NieuwSignaal;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalFilter;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.SignaalVolgorde;
import nl.doorbraak.api.domein.SignaalWijziging;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.ContactService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.SignaalService;
import nl.doorbraak.api.service.VeldFout;

/** Contacten en signalen in het geheugen, net genoeg regels om de web-laag te testen (de echte staan in de core). */
final class NepKorteLijnen {

    private NepKorteLijnen() {
    }

    static final class Contacten implements ContactService {
        final Map<String, Contact> alle = new ConcurrentHashMap<>();
        private final AtomicInteger volgnummer = new AtomicInteger();
        /** Wat de laatste aanroep meekreeg, om te zien wat de web-laag doorgeeft. */
        volatile ContactFilter laatsteFilter;

        @Override
        public Pagina<Contact> lijst(String gemeente, ContactFilter f, int page, int pageSize) {
            laatsteFilter = f;
            List<Contact> l = alle.values().stream().filter(k -> k.gemeente().equals(gemeente))
                    .filter(k -> f.actief() == null || k.actief() == f.actief())
                    .filter(k -> f.functie() != ContactFunctie.TREKKER || k.trekker())
                    .filter(k -> f.functie() != ContactFunctie.AANJAGER || k.aanjager())
                    .filter(k -> f.tekst() == null || k.naam().toLowerCase(Locale.ROOT)
                            .contains(f.tekst().toLowerCase(Locale.ROOT)))
                    .sorted(Comparator.comparing(Contact::organisatie).thenComparing(Contact::naam)).toList();
            return Nep.pagina(l, page, pageSize);
        }

        @Override
        public Optional<Contact> zoek(String gemeente, String id) {
            Contact k = alle.get(id);
            return k != null && k.gemeente().equals(gemeente) ? Optional.of(k) : Optional.empty();
        }

        @Override
        public List<ContactGroep> trekkersEnAanjagers(String gemeente) {
            Map<String, ContactGroep> groepen = new LinkedHashMap<>();
            alle.values().stream().filter(k -> k.gemeente().equals(gemeente) && k.actief())
                    .filter(k -> k.trekker() || k.aanjager()).sorted(Comparator.comparing(Contact::naam))
                    .forEach(k -> {
                        ContactGroep g = groepen.getOrDefault(k.organisatie() + "|" + k.wijk(),
                                new ContactGroep(k.organisatie(), k.wijk(), List.of(), List.of()));
                        List<Contact> t = new ArrayList<>(g.trekkers());
                        List<Contact> a = new ArrayList<>(g.aanjagers());
                        if (k.trekker()) {
                            t.add(k);
                        }
                        if (k.aanjager()) {
                            a.add(k);
                        }
                        groepen.put(k.organisatie() + "|" + k.wijk(), new ContactGroep(k.organisatie(), k.wijk(), t, a));
                    });
            return List.copyOf(groepen.values());
        }

        @Override
        public synchronized Contact maak(String gemeente, NieuwContact n, String door) {
            if (n.telefoon() == null && n.email() == null) {
                throw new OngeldigeInvoerException("Telefoon of e-mail.",
                        List.of(new VeldFout("telefoon", "verplicht", "Vul een telefoonnummer of e-mailadres in.")));
            }
            String id = String.format("k-%04d", volgnummer.incrementAndGet());
            Instant nu = Instant.now();
            Contact k = contact(id, gemeente, n, n.actief() == null || n.actief(), 1, nu);
            alle.put(id, k);
            return k;
        }

        @Override
        public synchronized Contact wijzig(String gemeente, String id, long verwachteVersie, NieuwContact n,
                String door) {
            Contact k = zoek(gemeente, id).orElseThrow(() -> new NietGevondenException("Weg."));
            if (k.versie() != verwachteVersie) {
                throw new ConflictException("Verouderde versie.");
            }
            Contact nieuw = contact(id, gemeente, n, n.actief() == null ? k.actief() : n.actief(), k.versie() + 1,
                    k.aangemaakt());
            alle.put(id, nieuw);
            return nieuw;
        }

        @Override
        public synchronized Contact deactiveer(String gemeente, String id, Long verwachteVersie, String door) {
            Contact k = zoek(gemeente, id).orElseThrow(() -> new NietGevondenException("Weg."));
            if (verwachteVersie != null && k.versie() != verwachteVersie) {
                throw new ConflictException("Verouderde versie.");
            }
            Contact nieuw = new Contact(id, gemeente, k.organisatie(), k.naam(), k.rol(), k.mandaat(),
                    k.mandaatBedrag(), k.wijk(), k.telefoon(), k.email(), k.trekker(), k.aanjager(), k.onderwerp(),
                    false, k.versie() + 1, k.aangemaakt(), Instant.now());
            alle.put(id, nieuw);
            return nieuw;
        }

        private static Contact contact(String id, String gemeente, NieuwContact n, boolean actief, long versie,
                Instant aangemaakt) {
            return new Contact(id, gemeente, n.organisatie(), n.naam(), n.rol(), n.mandaat(), n.mandaatBedrag(),
                    n.wijk(), n.telefoon(), n.email(), n.trekker(), n.aanjager(), n.onderwerp(), actief, versie,
                    aangemaakt, Instant.now());
        }
    }

    static final class Signalen implements SignaalService {
        final Map<String, Signaal> alle = new ConcurrentHashMap<>();
        private final Nep.Casussen casussen;
        private final AtomicInteger volgnummer = new AtomicInteger();
        volatile SignaalFilter laatsteFilter;

        Signalen(Nep.Casussen casussen) {
            this.casussen = casussen;
        }

        @Override
        public Pagina<Signaal> lijst(String gemeente, SignaalFilter f, int page, int pageSize) {
            laatsteFilter = f;
            Comparator<Signaal> volgorde = f.volgorde() == SignaalVolgorde.GEWICHT
                    ? Comparator.comparing(Signaal::gewicht).reversed().thenComparing(Signaal::id)
                    : Comparator.comparing(Signaal::id);
            List<Signaal> l = alle.values().stream().filter(s -> s.gemeente().equals(gemeente))
                    .filter(s -> f.status() == null || s.status() == f.status()).sorted(volgorde).toList();
            return Nep.pagina(l, page, pageSize);
        }

        @Override
        public Optional<Signaal> zoek(String gemeente, String id) {
            Signaal s = alle.get(id);
            return s != null && s.gemeente().equals(gemeente) ? Optional.of(s) : Optional.empty();
        }

        @Override
        public List<Signaal> vanCasus(String gemeente, String casusId) {
            return alle.values().stream().filter(s -> s.gemeente().equals(gemeente))
                    .filter(s -> s.casussen().stream().anyMatch(k -> k.casusId().equals(casusId)))
                    .sorted(Comparator.comparing(Signaal::id)).toList();
        }

        @Override
        public synchronized Signaal maak(String gemeente, NieuwSignaal n, String door) {
            List<GekoppeldeCasus> gekoppeld = new ArrayList<>();
            for (int i = 0; i < n.casusIds().size(); i++) {
                gekoppeld.add(gekoppeld(gemeente, n.casusIds().get(i), "casusIds." + i, door));
            }
            String id = String.format("s-%04d", volgnummer.incrementAndGet());
            Instant nu = Instant.now();
            Signaal s = new Signaal(id, gemeente, n.regel(), n.organisatie(), n.omschrijving(), SignaalStatus.NIEUW,
                    null, List.of(new SignaalStatusWijziging(null, SignaalStatus.NIEUW, door, nu, "Gemeld", null)),
                    gekoppeld, 1, nu, nu);
            alle.put(id, s);
            return s;
        }

        @Override
        public synchronized Signaal wijzig(String gemeente, String id, long verwachteVersie, SignaalWijziging w,
                String door) {
            Signaal s = lees(gemeente, id);
            if (s.versie() != verwachteVersie) {
                throw new ConflictException("Verouderde versie.");
            }
            return zet(new Signaal(id, gemeente, w.regel(), w.organisatie(), w.omschrijving(), s.status(),
                    s.antwoord(), s.historie(), s.casussen(), s.versie() + 1, s.aangemaakt(), Instant.now()));
        }

        @Override
        public synchronized Signaal wijzigStatus(String gemeente, String id, Long verwachteVersie, SignaalStatus naar,
                String reden, String antwoord, String door) {
            Signaal s = lees(gemeente, id);
            if (verwachteVersie != null && s.versie() != verwachteVersie) {
                throw new ConflictException("Verouderde versie.");
            }
            if (!s.status().magNaar(naar)) {
                throw new ConflictException("Een signaal met status " + s.status().code() + " kan niet naar "
                        + naar.code() + ".");
            }
            if (naar == SignaalStatus.OPGELOST && antwoord == null) {
                throw new OngeldigeInvoerException("Antwoord ontbreekt.",
                        List.of(new VeldFout("antwoord", "verplicht", "Geef het antwoord.")));
            }
            List<SignaalStatusWijziging> h = new ArrayList<>(s.historie());
            h.add(new SignaalStatusWijziging(s.status(), naar, door, Instant.now(), reden, antwoord));
            return zet(new Signaal(id, gemeente, s.regel(), s.organisatie(), s.omschrijving(), naar,
                    antwoord != null ? antwoord : s.antwoord(), h, s.casussen(), s.versie() + 1, s.aangemaakt(),
                    Instant.now()));
        }

        @Override
        public synchronized Signaal koppel(String gemeente, String id, String casusId, String door) {
            Signaal s = lees(gemeente, id);
            if (s.casussen().stream().anyMatch(k -> k.casusId().equals(casusId))) {
                return s;
            }
            List<GekoppeldeCasus> l = new ArrayList<>(s.casussen());
            l.add(gekoppeld(gemeente, casusId, "casusId", door));
            return zet(new Signaal(id, gemeente, s.regel(), s.organisatie(), s.omschrijving(), s.status(),
                    s.antwoord(), s.historie(), l, s.versie() + 1, s.aangemaakt(), Instant.now()));
        }

        @Override
        public synchronized Signaal ontkoppel(String gemeente, String id, String casusId, String door) {
            Signaal s = lees(gemeente, id);
            List<GekoppeldeCasus> l = new ArrayList<>(s.casussen());
            if (!l.removeIf(k -> k.casusId().equals(casusId))) {
                throw new NietGevondenException("Casus '" + casusId + "' is niet aan dit signaal gekoppeld.");
            }
            return zet(new Signaal(id, gemeente, s.regel(), s.organisatie(), s.omschrijving(), s.status(),
                    s.antwoord(), s.historie(), l, s.versie() + 1, s.aangemaakt(), Instant.now()));
        }

        private GekoppeldeCasus gekoppeld(String gemeente, String casusId, String veld, String door) {
            Casus c = casussen.zoek(Nep.SYSTEEM, gemeente, casusId).orElseThrow(() -> new OngeldigeInvoerException("Onbekend.",
                    List.of(new VeldFout(veld, "onbekend", "Casus '" + casusId + "' bestaat niet in deze gemeente."))));
            return new GekoppeldeCasus(c.id(), c.titel(), c.tafelId(), door, Instant.now());
        }

        private Signaal lees(String gemeente, String id) {
            return zoek(gemeente, id).orElseThrow(() -> new NietGevondenException("Signaal '" + id + "' bestaat niet."));
        }

        private Signaal zet(Signaal s) {
            alle.put(s.id(), s);
            return s;
        }
    }
}
