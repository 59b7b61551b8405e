package nl.doorbraak.api.domein;

import java.time.Instant;

/**
 * Eén verwerking van persoonsgegevens, in de stijl van de VNG Verwerkingenlogging-API: wie (met welke rol) wanneer
 * welke gegevens van welke casus las of wijzigde, met welk doel en op welke grondslag.
 *
 * @param handeling {@code lezen}, {@code wijzigen} of {@code wissen}
 * @param object    welke gegevens: {@code casus}, {@code besluit}, {@code actie}, {@code audittrail}, {@code bsn}, …
 */
public record Verwerking(long volgnummer, String gemeente, String casusId, String inwonerPseudoniem,
        String handeling, String object, String door, String rol, Instant op, String doel, String grondslag) {

    public static final String LEZEN = "lezen";
    public static final String WIJZIGEN = "wijzigen";
    public static final String WISSEN = "wissen";
}
