package nl.doorbraak.api.toegang;

/**
 * Welke accounts een lijst toont.
 *
 * @param rol         alleen accounts met deze rol, of {@code null}
 * @param actief      alleen actieve ({@code true}) of gedeactiveerde ({@code false}), of {@code null}: allebei
 * @param geblokkeerd alleen accounts die nu geblokkeerd zijn
 */
public record AccountFilter(Rol rol, Boolean actief, boolean geblokkeerd) {

    public static AccountFilter alle() {
        return new AccountFilter(null, null, false);
    }
}
