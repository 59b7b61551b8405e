package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.VariantInfo;

/** Welke tafelvarianten het platform kent: geïnstalleerde, en afwezige waarvan nog casussen bestaan. */
@ProviderType
public interface VariantRegister {

    List<VariantInfo> varianten();
}
