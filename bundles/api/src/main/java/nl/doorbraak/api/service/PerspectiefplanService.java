package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Besparingstotaal;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.Perspectiefplan;

/**
 * Het perspectiefplan van een casus en de rekentool (doormodderen tegenover doorbreken). Eén plan per casus, met
 * {@code versie} voor optimistische vergrendeling; elke wijziging staat in de audittrail van de casus en geeft na het
 * vastleggen {@link DoorbraakEvents#PERSPECTIEFPLAN_GEWIJZIGD}.
 *
 * <p>Het doel en de stappen zijn persoonsgegevens (wie ze leest, legt dat vast in het {@link VerwerkingenLog}); de
 * bedragen niet, zodat de rapportage ze ook na de bewaartermijn kan optellen.
 */
@ProviderType
public interface PerspectiefplanService {

    /** Het plan van een casus van deze gemeente; leeg als er (nog) geen is of de casus hier niet bestaat. */
    Optional<Perspectiefplan> zoek(String gemeente, String casusId);

    /**
     * Maakt het plan of vervangt het helemaal.
     *
     * @param verwachteVersie {@code null}: er mag nog geen plan zijn (anders {@link ConflictException}); anders de
     *                        versie die de gebruiker las
     * @throws NietGevondenException    als de casus niet (in deze gemeente) bestaat
     * @throws OngeldigeInvoerException bij een ontbrekend doel, een negatief bedrag, meer dan twee decimalen, een
     *                                  regel zonder organisatie of meer dan 30 regels
     * @throws ConflictException        bij een verouderde versie, of als de casus is afgesloten
     */
    Perspectiefplan bewaar(String gemeente, String casusId, Long verwachteVersie, NieuwPerspectiefplan plan,
            String door);

    /** De besparing van het plan van een casus; leeg zonder plan. */
    Optional<Besparing> besparing(String gemeente, String casusId);

    /**
     * De besparing van de plannen van casussen die in {@code jaar} (Nederlandse tijd) voor het eerst besloten werden,
     * of zonder besluit in dat jaar afgesloten; teruggeschoven casussen ({@code terugverwezen}) tellen niet mee.
     */
    Besparingstotaal besparingInJaar(String gemeente, int jaar);
}
