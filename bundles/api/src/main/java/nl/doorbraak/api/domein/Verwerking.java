package nl.doorbraak.api.domein;

import java.time.Instant;

/**
 * Eén verwerking van persoonsgegevens, in de stijl van de VNG Verwerkingenlogging-API: wie (met welke rol) wanneer
 * welke gegevens van welke casus las of wijzigde, met welk doel en op welke grondslag.
 *
 * @param handeling {@code lezen}, {@code wijzigen} of {@code wissen}
 * @param object    welke gegevens: {@code casus}, {@code besluit}, {@code actie}, {@code audittrail}, {@code bsn}, …
 * @param via       de plug-in (zijn symbolische bundlenaam) waardoor de gegevens gingen, of {@code null}: de eigen
 *                  deuren van het platform (REST, Gogo-shell, de core zelf) en elke regel van vóór 1.2; de core vult
 *                  het in, een aanroeper kiest het nooit
 */
public record Verwerking(long volgnummer, String gemeente, String casusId, String inwonerPseudoniem,
        String handeling, String object, String door, String rol, Instant op, String doel, String grondslag,
        String via) {

    /** Zonder {@code via}, zoals vóór 1.2. */
    public Verwerking(long volgnummer, String gemeente, String casusId, String inwonerPseudoniem, String handeling,
            String object, String door, String rol, Instant op, String doel, String grondslag) {
        this(volgnummer, gemeente, casusId, inwonerPseudoniem, handeling, object, door, rol, op, doel, grondslag,
                null);
    }

    public static final String LEZEN = "lezen";
    public static final String WIJZIGEN = "wijzigen";
    public static final String WISSEN = "wissen";
}
