package nl.doorbraak.web.routes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * Twee of meer bestanden in {@code deploy/} met dezelfde bundle (dezelfde {@code Bundle-SymbolicName}), bijvoorbeeld
 * een nieuwe versie naast de oude gezet in plaats van eroverheen. FileInstall installeert ze als aparte bundles; het
 * platform gebruikt alleen de hoogste versie (de launcher laat de andere niet resolven, core en web kiezen bij twee
 * tegelijk actieve versies ook de hoogste). Deze klasse zegt welke dat is, voor {@code /api/health}.
 */
final class DeployVersies {

    /** Een bundle uit deploy/, zoals het platform hem ziet. */
    record Bestand(long id, String symbolischeNaam, Version versie, String bestandsnaam) {
    }

    /** Per symbolische naam met meer dan één bestand: eerst de gebruikte, dan de genegeerde. */
    private final Map<String, List<Bestand>> dubbel = new TreeMap<>();

    DeployVersies(List<Bestand> bestanden) {
        Map<String, List<Bestand>> perNaam = new TreeMap<>();
        for (Bestand b : bestanden) {
            if (b.symbolischeNaam() != null) {
                perNaam.computeIfAbsent(b.symbolischeNaam(), n -> new ArrayList<>()).add(b);
            }
        }
        perNaam.forEach((naam, lijst) -> {
            if (lijst.size() > 1) {
                // de hoogste versie; bij gelijke versie (kan alleen met een ander framework) de eerst geïnstalleerde
                lijst.sort(Comparator.comparing(Bestand::versie).reversed().thenComparingLong(Bestand::id));
                dubbel.put(naam, List.copyOf(lijst));
            }
        });
    }

    /** De bundles van het framework die uit {@code deploy} (een {@code file:}-URI, eindigend op /) komen. */
    static DeployVersies van(Bundle[] bundles, String deploy) {
        List<Bestand> l = new ArrayList<>();
        for (Bundle b : bundles) {
            String locatie = b.getLocation();
            if (deploy != null && locatie != null && locatie.startsWith(deploy) && b.getState() != Bundle.UNINSTALLED
                    && locatie.indexOf('/', deploy.length()) < 0) {
                l.add(new Bestand(b.getBundleId(), b.getSymbolicName(), b.getVersion(),
                        locatie.substring(deploy.length())));
            }
        }
        return new DeployVersies(l);
    }

    /** De bundles die genegeerd worden omdat er een hogere versie van in deploy/ staat. */
    Set<Long> genegeerd() {
        Set<Long> ids = new LinkedHashSet<>();
        dubbel.values().forEach(l -> l.subList(1, l.size()).forEach(b -> ids.add(b.id())));
        return ids;
    }

    List<String> waarschuwingen() {
        List<String> w = new ArrayList<>();
        dubbel.forEach((naam, lijst) -> {
            Bestand gebruikt = lijst.get(0);
            List<String> anderen = lijst.subList(1, lijst.size()).stream()
                    .map(b -> b.bestandsnaam() + " (" + b.versie() + ")").toList();
            w.add("In deploy/ staan " + lijst.size() + " versies van bundle " + naam + ": " + gebruikt.bestandsnaam()
                    + " (" + gebruikt.versie() + ") is in gebruik, " + String.join(", ", anderen) + " wordt genegeerd. "
                    + "Het platform gebruikt de hoogste versie; verwijder de bestanden die u niet meer wilt.");
        });
        return w;
    }
}
