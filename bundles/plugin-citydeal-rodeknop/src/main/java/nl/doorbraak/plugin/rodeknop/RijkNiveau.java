package nl.doorbraak.plugin.rodeknop;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.escalatie.ExtraEscalatieniveau;

/**
 * Het Rijk boven de escalatieroute van elke gemeente die de rode knop aanzet. Een gewijzigde reactietermijn
 * registreert het niveau opnieuw (de core leest de termijn bij het aanmelden); lopende escalaties houden de hunne.
 */
@Component(service = ExtraEscalatieniveau.class, configurationPid = Instellingen.PID)
@Designate(ocd = Instellingen.class)
public class RijkNiveau implements ExtraEscalatieniveau {

    public static final String ID = "rijk";
    public static final String NAAM = "Rijk (rode knop)";
    public static final String INGANG = "Naar het Rijk gaat een casus met de rode knop: open de casus en vul bij "
            + "'Rode knop (Rijk)' in welke regel knelt, wat de gemeente probeerde, wat ze vraagt en wat ze deelt. "
            + "Een open escalatie bij het bestuur gaat dan vanzelf door naar het Rijk.";

    private final int termijn;

    @Activate
    public RijkNiveau(Instellingen instellingen) {
        this.termijn = instellingen.reactietermijnDagen();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String naam() {
        return NAAM;
    }

    @Override
    public int reactietermijnDagen() {
        return Math.max(1, Math.min(365, termijn));
    }

    /** Zonder de vragen van de rode knop (regel, vraag, wat gedeeld wordt) kan het Rijk niets met een escalatie. */
    @Override
    public String ingang() {
        return INGANG;
    }

    @Override
    public boolean geldtVoor(Gemeente gemeente) {
        return gemeente.gebruiktVariant(RodeKnopOnderdeel.ID);
    }
}
