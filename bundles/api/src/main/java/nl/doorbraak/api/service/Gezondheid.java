package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Waarschuwingen over de toestand van het platform, voor {@code GET /api/health} en beheerders; bijvoorbeeld een
 * ongeldige gemeenteconfiguratie die is geweigerd (de laatste geldige blijft dan van kracht).
 */
@ProviderType
public interface Gezondheid {

    /** Nederlandse zinnen; leeg als alles in orde is. */
    List<String> waarschuwingen();
}
