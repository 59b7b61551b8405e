package nl.doorbraak.api.service;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Gemeente;

/** De gemeenten uit de configuratie; wijzigingen in {@code config/} zijn direct zichtbaar. */
@ProviderType
public interface GemeenteService {

    List<Gemeente> alle();

    Optional<Gemeente> zoek(String id);
}
