package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.variant.VariantVeld;

/** Welke tafelvarianten het platform kent: geïnstalleerde, en afwezige waarvan nog casussen bestaan. */
@ProviderType
public interface VariantRegister {

    List<VariantInfo> varianten();

    /**
     * De velden die de geïnstalleerde variant met dit id aan een casus toevoegt ({@code TafelVariant.velden()}), zodat
     * een formulier ze kan tonen zonder de plug-in te kennen. Leeg voor een afwezige of onbekende variant, en voor een
     * plug-in die faalt bij het opgeven van zijn velden.
     *
     * @since 2.1
     */
    default List<VariantVeld> velden(String variant) {
        return List.of();
    }
}
