package nl.doorbraak.core.toegang;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Metatype of the optional configuration {@code nl.doorbraak.toegang} (file {@code config/nl.doorbraak.toegang.cfg}). */
@ObjectClassDefinition(id = ToegangConfiguratie.PID, name = "Doorbraak accounts",
        description = "Wachtwoorden, mislukte inlogpogingen en eenmalige codes. Wijzigingen gelden meteen.")
public @interface ToegangConfiguratie {

    String PID = "nl.doorbraak.toegang";

    @AttributeDefinition(name = "PBKDF2-iteraties", min = "600000", max = "10000000",
            description = "Kosten van een nieuwe wachtwoordhash (PBKDF2-HMAC-SHA256). Hoger zetten kan altijd: een "
                    + "bestaande hash wordt bij de volgende gelukte login opnieuw gemaakt.")
    int wachtwoordIteraties() default Toegangsinstellingen.ITERATIES;

    @AttributeDefinition(name = "Pogingen per account", min = "3", max = "100",
            description = "Na zoveel mislukte pogingen op rij is inloggen op dat account tijdelijk geblokkeerd. "
                    + "Vanaf de derde wacht elke volgende poging langer (1, 2, 4, … s).")
    int maxPogingen() default Toegangsinstellingen.MAX_POGINGEN;

    @AttributeDefinition(name = "Blokkade (minuten)", min = "1", max = "1440",
            description = "Zo lang duurt een blokkade van een account of een clientadres; ook het venster waarin "
                    + "de pogingen per adres tellen.")
    int blokkeerMinuten() default Toegangsinstellingen.BLOKKEER_MINUTEN;

    @AttributeDefinition(name = "Pogingen per clientadres", min = "5", max = "100000",
            description = "Na zoveel mislukte pogingen vanaf één adres (over alle accounts) is inloggen vanaf dat "
                    + "adres tijdelijk geblokkeerd.")
    int adresMaxPogingen() default Toegangsinstellingen.ADRES_MAX_POGINGEN;

    @AttributeDefinition(name = "Geldigheid eenmalige code (uren)", min = "1", max = "720",
            description = "Zo lang geldt een eenmalige code van een beheerder (nieuw account, wachtwoord vergeten).")
    int codeGeldigUren() default Toegangsinstellingen.CODE_GELDIG_UREN;
}
