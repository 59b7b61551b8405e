package nl.doorbraak.api.service;

/**
 * De code van een tafelvariant faalde (bijvoorbeeld in {@code valideer} of {@code upgrade}); er is niets
 * vastgelegd. Anders dan {@link VariantNietBeschikbaarException} helpt opnieuw proberen niet: de plug-in moet worden
 * gerepareerd. HTTP 500, met de naam van de variant.
 */
public class PluginFoutException extends DoorbraakException {

    private static final long serialVersionUID = 1L;

    private final String variant;

    public PluginFoutException(String variant, Throwable oorzaak) {
        super("De tafelvariant '" + variant + "' kon deze wijziging niet verwerken: er zit een fout in de plug-in. "
                + "Er is niets vastgelegd; de beheerder vindt de oorzaak in het log.", oorzaak);
        this.variant = variant;
    }

    public String variant() {
        return variant;
    }
}
