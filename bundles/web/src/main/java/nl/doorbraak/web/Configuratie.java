package nl.doorbraak.web;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Instellingen van de web-bundle, PID {@code nl.doorbraak.web} (bijvoorbeeld {@code config/nl.doorbraak.web.cfg}). */
@ObjectClassDefinition(id = Configuratie.PID, name = "Doorbraak web",
        description = "De HTTP-API van Doorbraak: grenzen, sessies, wachttijden bij het bijwerken van plug-ins, en hoe het "
                + "platform er van buiten uitziet (publieke URL, vertrouwde proxies).")
public @interface Configuratie {

    String PID = "nl.doorbraak.web";

    @AttributeDefinition(name = "Maximale body", description = "Grootste toegestane request-body in bytes; groter geeft 413.", min = "1024")
    int maxBodyBytes() default 65536;

    @AttributeDefinition(name = "Sessieduur", description = "Minuten zonder verzoek waarna een sessie verloopt.", min = "1")
    int sessieMinuten() default 60;

    @AttributeDefinition(name = "Maximale sessieduur", description = "Minuten na het inloggen waarna een sessie hoe dan ook verloopt, ook als hij steeds gebruikt wordt (standaard 12 uur).", min = "1", max = "10080")
    int sessieMaxMinuten() default 720;

    @AttributeDefinition(name = "Wachttijd plug-in", description = "Milliseconden die een verzoek wacht op een plug-in die net wordt bijgewerkt, daarna 503.", min = "0")
    long variantWachttijdMs() default 10000;

    @AttributeDefinition(name = "Retry-After", description = "Seconden in de Retry-After-header van een 503-antwoord.", min = "1")
    int retryAfterSeconden() default 5;

    @AttributeDefinition(name = "Cache HTTP Basic", description = "Seconden dat een geslaagde Basic-controle wordt onthouden (0: niet); de wachtwoordhash is bewust traag.", min = "0")
    int basicCacheSeconden() default 60;

    @AttributeDefinition(name = "Publieke URL", description = "Het adres waarop gebruikers het platform bereiken, "
            + "bijvoorbeeld https://doorbraak.gemeente.nl of https://gemeente.nl/doorbraak; basis van elke Location en "
            + "van de links next/previous. Leeg: het lokale adres en de poort van de verbinding (localhost op deze "
            + "machine). Begint hij met https:, dan krijgen cookies Secure en antwoorden HSTS. Nooit uit de Host-header.")
    String publiekeUrl() default "";

    @AttributeDefinition(name = "Vertrouwde proxies", description = "IP-adressen en CIDR-reeksen van reverse proxies, "
            + "komma-gescheiden (bijvoorbeeld 127.0.0.1, 10.0.0.0/8). Alleen van hen gelden Forwarded, "
            + "X-Forwarded-For en X-Forwarded-Proto; van ieder ander worden die genegeerd. Leeg: van niemand.")
    String vertrouwdeProxies() default "";
}
