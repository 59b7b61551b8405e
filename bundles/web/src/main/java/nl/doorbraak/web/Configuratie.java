package nl.doorbraak.web;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Instellingen van de web-bundle, PID {@code nl.doorbraak.web} (bijvoorbeeld {@code config/nl.doorbraak.web.cfg}). */
@ObjectClassDefinition(id = Configuratie.PID, name = "Doorbraak web",
        description = "De HTTP-API van Doorbraak: grenzen, sessies en wachttijden bij het bijwerken van plug-ins.")
public @interface Configuratie {

    String PID = "nl.doorbraak.web";

    @AttributeDefinition(name = "Maximale body", description = "Grootste toegestane request-body in bytes; groter geeft 413.", min = "1024")
    int maxBodyBytes() default 65536;

    @AttributeDefinition(name = "Sessieduur", description = "Minuten zonder verzoek waarna een sessie verloopt.", min = "1")
    int sessieMinuten() default 60;

    @AttributeDefinition(name = "Maximale sessieduur", description = "Uren na het inloggen waarna een sessie hoe dan ook verloopt, ook als hij steeds gebruikt wordt.", min = "1", max = "168")
    int sessieMaxUren() default 12;

    @AttributeDefinition(name = "Wachttijd plug-in", description = "Milliseconden die een verzoek wacht op een plug-in die net wordt bijgewerkt, daarna 503.", min = "0")
    long variantWachttijdMs() default 10000;

    @AttributeDefinition(name = "Retry-After", description = "Seconden in de Retry-After-header van een 503-antwoord.", min = "1")
    int retryAfterSeconden() default 5;

    @AttributeDefinition(name = "Cache HTTP Basic", description = "Seconden dat een geslaagde Basic-controle wordt onthouden (0: niet); de wachtwoordhash is bewust traag.", min = "0")
    int basicCacheSeconden() default 60;
}
