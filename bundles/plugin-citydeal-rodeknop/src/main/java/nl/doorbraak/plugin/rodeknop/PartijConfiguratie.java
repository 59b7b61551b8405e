package nl.doorbraak.plugin.rodeknop;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Eén Rijkspartij: {@code config/nl.doorbraak.rodeknop.partij-<id>.cfg}. */
@ObjectClassDefinition(name = "Rijkspartij (rode knop)",
        description = "Een ministerie of landelijke uitvoerder waaraan gemeenten een casus voorleggen")
public @interface PartijConfiguratie {

    String FACTORY_PID = "nl.doorbraak.rodeknop.partij";

    @AttributeDefinition(name = "Id", description = "Kort en stabiel, kleine letters, bijvoorbeeld szw")
    String id();

    @AttributeDefinition(name = "Naam", description = "Bijvoorbeeld Ministerie van Sociale Zaken en Werkgelegenheid")
    String naam();

    @AttributeDefinition(name = "Afkorting", description = "Bijvoorbeeld SZW", required = false)
    String afkorting() default "";

    @AttributeDefinition(name = "Thema's",
            description = "Waarop de partij aanspreekbaar is, met komma's ertussen, bijvoorbeeld inkomen, werk")
    String[] themas() default {};

    @AttributeDefinition(name = "Contactpersonen",
            description = "Naam, functie, e-mailadres; meer personen met puntkomma's ertussen", required = false)
    String[] contactpersonen() default {};

    @AttributeDefinition(name = "Accounts",
            description = "Gebruikersnamen van de Rijk-accounts van deze partij, met komma's ertussen",
            required = false)
    String[] accounts() default {};
}
