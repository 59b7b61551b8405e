package nl.doorbraak.test.rijkniveau;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.escalatie.ExtraEscalatieniveau;

/** The level above the gemeente: ministries and national agencies, for eindhoven only. */
@Component(service = ExtraEscalatieniveau.class)
public class RijkNiveau implements ExtraEscalatieniveau {

    @Override
    public String id() {
        return "rijk";
    }

    @Override
    public String naam() {
        return "Rijk (rode knop)";
    }

    @Override
    public int reactietermijnDagen() {
        return 30;
    }

    @Override
    public boolean geldtVoor(Gemeente gemeente) {
        return "eindhoven".equals(gemeente.id());
    }
}
