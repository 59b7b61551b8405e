package nl.doorbraak.plugin.rodeknop;

import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.variant.Onderdeel;

/**
 * De rode knop als onderdeel: een gemeente zet hem aan met {@code rodeknop} in {@code varianten} van haar
 * configuratie. Het is geen tafelvariant: hij voegt het Rijk toe aan de escalatieroute van elke casus van die gemeente.
 */
@Component(service = Onderdeel.class)
public class RodeKnopOnderdeel implements Onderdeel {

    /** Het id in de configuratie van een gemeente, en het segment van de routes. */
    public static final String ID = "rodeknop";
    /**
     * De "gemeente" in {@code VariantOpslag} voor wat over gemeenten heen gaat (agenda van de Bestuurstafel); een echte
     * gemeente-id begint met een letter, dus botst nooit.
     */
    public static final String LANDELIJK = "_landelijk";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String naam() {
        return "City Deal rode knop";
    }
}
