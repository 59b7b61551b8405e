package nl.doorbraak.plugin.rodeknop;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code config/nl.doorbraak.rodeknop.cfg}; alles heeft een standaardwaarde. */
@ObjectClassDefinition(name = "City Deal rode knop",
        description = "Termijnen van het Rijksniveau op de escalatieroute")
public @interface Instellingen {

    String PID = "nl.doorbraak.rodeknop";

    @AttributeDefinition(name = "Reactietermijn van het Rijk (dagen)",
            description = "Binnen zoveel dagen na de rode knop hoort de uitkomst van het rode-knopoverleg er te zijn; "
                    + "daarna is de escalatie verlopen.", min = "1", max = "365")
    int reactietermijnDagen() default 30;

    @AttributeDefinition(name = "Follow-up na (dagen)",
            description = "Zoveel dagen na de uitkomst van het overleg volgt de follow-up; pas daarna is de zaak "
                    + "op Rijksniveau af.", min = "1", max = "730")
    int followUpDagen() default 90;

    @AttributeDefinition(name = "Controle (seconden)",
            description = "Zo vaak zoekt de plug-in follow-ups die aan de beurt zijn, en meldt elk eenmaal.",
            min = "5", max = "86400")
    int controleSeconden() default 300;

    @AttributeDefinition(name = "Agenda van de Bestuurstafel: drempel (casussen)",
            description = "Een regel die in één gemeente in zoveel casussen knelt (signalen en rode-knopzaken samen), "
                    + "wordt een voorstel voor de agenda in Den Haag; knelt hij in twee of meer gemeenten, dan altijd.",
            min = "1", max = "1000")
    int agendaDrempel() default 3;
}
