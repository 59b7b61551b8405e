package nl.doorbraak.core.variant;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.core.gemeente.GemeenteRegister;
import nl.doorbraak.core.platform.Waarschuwingsbron;

/**
 * A gemeente that has a variant in its {@code varianten} that no installed plug-in provides, as tafelvariant or as
 * onderdeel: its tafels and casussen of that variant cannot change (503) and the plug-in's routes are missing. Computed from the configuration in force
 * and the installed variants at every health request, so the warning goes as soon as the plug-in arrives or the
 * configuration changes.
 */
@Component(service = Waarschuwingsbron.class)
public final class OntbrekendeVarianten implements Waarschuwingsbron {

    private final GemeenteRegister gemeenten;
    private final VariantVolger varianten;

    @Activate
    public OntbrekendeVarianten(@Reference(name = "gemeenten") GemeenteRegister gemeenten,
            @Reference(name = "varianten") VariantVolger varianten) {
        this.gemeenten = gemeenten;
        this.varianten = varianten;
    }

    @Override
    public List<String> waarschuwingen() {
        List<String> w = new ArrayList<>();
        for (Gemeente g : gemeenten.alle()) {
            for (String variant : g.varianten()) {
                if (varianten.huidige(variant).isEmpty() && varianten.onderdeel(variant).isEmpty()) {
                    w.add("Gemeente '" + g.id() + "' heeft variant '" + variant + "' aangezet (varianten in haar "
                            + "configuratie), maar geen geïnstalleerde plug-in levert die variant: installeer de "
                            + "plug-in in deploy/ of haal de variant uit de configuratie.");
                }
            }
        }
        return w;
    }
}
