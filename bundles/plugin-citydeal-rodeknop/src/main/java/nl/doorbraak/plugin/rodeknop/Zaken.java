package nl.doorbraak.plugin.rodeknop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;

/**
 * De rode-knopzaken in {@link VariantOpslag}, per gemeente. Het Rijk werkt over gemeenten heen: dan worden alle
 * gemeenten van het platform doorlopen, ook die de rode knop intussen hebben uitgezet (hun zaken blijven leesbaar).
 */
final class Zaken {

    private final VariantOpslag opslag;
    private final Supplier<List<Gemeente>> gemeenten;

    Zaken(VariantOpslag opslag, Supplier<List<Gemeente>> gemeenten) {
        this.opslag = opslag;
        this.gemeenten = gemeenten;
    }

    Optional<Zaak> lees(String gemeente, String id) {
        return opslag.lees(gemeente, Zaak.COLLECTIE, id).map(Zaken::zaak);
    }

    List<Zaak> vanGemeente(String gemeente) {
        return opslag.lijst(gemeente, Zaak.COLLECTIE).stream().map(Zaken::zaak).toList();
    }

    /** Alle zaken van alle gemeenten. */
    List<Zaak> alle() {
        List<Zaak> alle = new ArrayList<>();
        for (Gemeente g : gemeenten.get()) {
            alle.addAll(vanGemeente(g.id()));
        }
        return alle;
    }

    /** Een zaak waar ook; ids zijn uniek over het platform. */
    Optional<Zaak> zoek(String id) {
        for (Gemeente g : gemeenten.get()) {
            Optional<Zaak> z = lees(g.id(), id);
            if (z.isPresent()) {
                return z;
            }
        }
        return Optional.empty();
    }

    /** @param zaak met de versie die is gelezen ({@code 0}: nieuw); intussen gewijzigd: {@code ConflictException} */
    Zaak bewaar(Zaak zaak) {
        Document d = opslag.bewaar(zaak.gemeente(), Zaak.COLLECTIE, zaak.id(), Zaak.SCHEMA, zaak.naarOpslag(),
                zaak.versie());
        return Zaak.vanOpslag(d.inhoud(), d.versie());
    }

    boolean verwijder(Zaak zaak) {
        return opslag.verwijder(zaak.gemeente(), Zaak.COLLECTIE, zaak.id());
    }

    private static Zaak zaak(Document d) {
        return Zaak.vanOpslag(d.inhoud(), d.versie());
    }
}
