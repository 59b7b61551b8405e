package nl.doorbraak.api.rechten;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** De rechten van de plug-ins die nu geïnstalleerd zijn; de core houdt ze bij. */
@ProviderType
public interface RechtenRegister {

    /** Alle plug-ins (bundles die het platform niet zelf levert en die de api gebruiken), op naam. */
    List<PluginRechten> plugins();

    /** De rechten van één bundle; leeg voor een bundle van het platform zelf of een onbekende. */
    Optional<PluginRechten> van(long bundleId);
}
