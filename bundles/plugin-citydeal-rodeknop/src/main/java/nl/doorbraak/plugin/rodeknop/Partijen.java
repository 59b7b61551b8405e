package nl.doorbraak.plugin.rodeknop;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.toegang.Gebruiker;

/**
 * Het register van Rijkspartijen, uit de configuratie; een nieuw of gewijzigd bestand geldt direct. Bij twee partijen
 * met hetzelfde id telt de eerste.
 */
@Component(service = Partijen.class)
public class Partijen {

    private final List<PartijBron> bronnen = new CopyOnWriteArrayList<>();
    /** A fixed list for tests without a framework; {@code null}: the configured partijen. */
    private final List<Partij> vast;

    public Partijen() {
        this.vast = null;
    }

    Partijen(List<Partij> partijen) {
        this.vast = List.copyOf(partijen);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "verwijder")
    void voegToe(PartijBron bron) {
        bronnen.add(bron);
    }

    void verwijder(PartijBron bron) {
        bronnen.remove(bron);
    }

    /** Alle partijen, op naam. */
    public List<Partij> alle() {
        List<Partij> lijst = vast != null ? vast : bronnen.stream().map(PartijBron::partij).toList();
        Set<String> gezien = new TreeSet<>();
        return lijst.stream().filter(p -> !p.id().isEmpty() && gezien.add(p.id()))
                .sorted(Comparator.comparing(Partij::naam)).toList();
    }

    public Optional<Partij> zoek(String id) {
        return alle().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** De partijen die dit thema dekken: de voorgestelde deelnemers aan het rode-knopoverleg. */
    public List<Partij> voorThema(String thema) {
        return alle().stream().filter(p -> p.dekt(thema)).toList();
    }

    /** Alle thema's die een partij dekt, alfabetisch. */
    public List<String> themas() {
        Set<String> t = new TreeSet<>();
        alle().forEach(p -> t.addAll(p.themas()));
        return List.copyOf(t);
    }

    /**
     * De partij van een Rijk-gebruiker.
     *
     * @throws GeenToegangException als zijn account bij geen partij staat
     */
    public Partij van(Gebruiker gebruiker) {
        return alle().stream().filter(p -> p.accounts().contains(gebruiker.gebruikersnaam())).findFirst()
                .orElseThrow(() -> new GeenToegangException("Uw account hoort bij geen Rijkspartij in het register "
                        + "van de rode knop. Vraag de platformbeheerder u toe te voegen aan uw ministerie of "
                        + "uitvoerder."));
    }
}
