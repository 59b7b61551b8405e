package nl.doorbraak.core.db;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Metatype of the optional configuration {@code nl.doorbraak.core} (file {@code config/nl.doorbraak.core.cfg}). */
@ObjectClassDefinition(id = CoreConfiguratie.PID, name = "Doorbraak core",
        description = "Database en wachttijden van de core. Zonder configuratie: H2 in de datamap van het platform.")
public @interface CoreConfiguratie {

    String PID = "nl.doorbraak.core";

    @AttributeDefinition(name = "JDBC-URL", required = false,
            description = "Leeg: jdbc:h2:retry:<doorbraak.data>/doorbraak in PostgreSQL-modus. Voor PostgreSQL ook "
                    + "dataSourceFactory.target=(osgi.jdbc.driver.class=org.postgresql.Driver) zetten.")
    String jdbcUrl() default "";

    @AttributeDefinition(name = "Databasegebruiker", required = false)
    String jdbcGebruiker() default "";

    @AttributeDefinition(name = "Databasewachtwoord", type = AttributeType.PASSWORD, required = false)
    String jdbcWachtwoord() default "";

    @AttributeDefinition(name = "Wachttijd variant (ms)", min = "0",
            description = "Zo lang wacht een wijziging op een variant die net wordt bijgewerkt.")
    long variantWachttijdMs() default CoreInstellingen.STANDAARD_WACHTTIJD_MS;

    @AttributeDefinition(name = "Retry-After (s)", min = "1",
            description = "Na hoeveel seconden een client het opnieuw kan proberen als de variant niet beschikbaar is.")
    int retryAfterSeconden() default CoreInstellingen.STANDAARD_RETRY_AFTER;

    @AttributeDefinition(name = "Controle op verlopen escalaties (s)", min = "1", max = "86400",
            description = "Zo vaak zoekt de core open escalaties die over hun deadline zijn en meldt ze eenmaal "
                    + "(event nl/doorbraak/escalatie/VERLOPEN).")
    long escalatieControleSeconden() default 300;
}
