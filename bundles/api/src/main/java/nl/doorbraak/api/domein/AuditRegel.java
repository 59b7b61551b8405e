package nl.doorbraak.api.domein;

import java.time.Instant;
import java.util.List;

/**
 * Eén wijziging in de audittrail: wie wat wanneer veranderde, met oude en nieuwe waarden.
 *
 * @param volgnummer  oplopend over het hele platform; bepaalt de volgorde
 * @param casusId     de casus waar de wijziging bij hoort, of {@code null} (bijvoorbeeld een potje of bijeenkomst)
 * @param object      wat er veranderde: {@code casus}, {@code besluit}, {@code actie}, {@code bijeenkomst},
 *                    {@code potje}, …
 * @param objectId    id van dat object
 * @param actie       {@code aangemaakt}, {@code gewijzigd}, {@code status}, {@code genomen}, {@code gereed},
 *                    {@code gewist}, …
 * @param wijzigingen per veld de oude en de nieuwe waarde
 */
public record AuditRegel(long volgnummer, String gemeente, String casusId, String object, String objectId,
        String actie, String door, Instant op, List<Veldwijziging> wijzigingen) {

    public AuditRegel {
        wijzigingen = List.copyOf(wijzigingen);
    }

    /**
     * Oude en nieuwe waarde van één veld, als JSON-achtige waarden (String, Number, Boolean, List, Map of
     * {@code null}).
     */
    public record Veldwijziging(String veld, Object oud, Object nieuw) {
    }
}
