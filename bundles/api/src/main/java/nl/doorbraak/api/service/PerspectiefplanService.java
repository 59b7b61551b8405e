package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Besparingstotaal;
import nl.doorbraak.api.domein.NieuwPerspectiefplan;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.toegang.Namens;

/**
 * Het perspectiefplan van een casus en de rekentool (doormodderen tegenover doorbreken). Eén plan per casus, met
 * {@code versie} voor optimistische vergrendeling; elke wijziging staat in de audittrail van de casus en geeft na het
 * vastleggen {@link DoorbraakEvents#PERSPECTIEFPLAN_GEWIJZIGD}.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist en legt vast. Wie de casus mag
 * zien (zie {@link CasusService}), mag het plan lezen en vastleggen; een plug-in leest plannen van zijn eigen variant
 * (met {@code casussen.alle} ook andere) en legt alleen bij zijn eigen variant vast. Een gemeente waar de gebruiker
 * niet bij hoort en een casus die hij niet mag zien zijn {@link NietGevondenException}, een rol zonder toegang tot
 * casussen {@link GeenToegangException}.
 *
 * <p>Het doel en de stappen zijn persoonsgegevens: elke keer lezen of vastleggen legt de core vast in het
 * verwerkingenlog (object {@code perspectiefplan}), met het doel uit {@link Namens} (of: "Perspectiefplan van de
 * inwoner bekijken", "Perspectiefplan van de inwoner vastleggen"). De bedragen zijn dat niet, zodat de rapportage ze
 * ook na de bewaartermijn kan optellen: {@link #besparing} en {@link #besparingInJaar} zijn geen verwerking.
 */
@ProviderType
public interface PerspectiefplanService {

    /**
     * Het plan van een casus; leeg als er (nog) geen is.
     *
     * @throws NietGevondenException als de casus niet (in deze gemeente) bestaat of {@code namens} hem niet mag zien
     */
    Optional<Perspectiefplan> zoek(Namens namens, String gemeente, String casusId);

    /**
     * Maakt het plan of vervangt het helemaal.
     *
     * @param verwachteVersie {@code null}: er mag nog geen plan zijn (anders {@link ConflictException}); anders de
     *                        versie die de gebruiker las
     * @throws NietGevondenException    als de casus niet (in deze gemeente) bestaat of {@code namens} hem niet mag
     *                                  zien
     * @throws OngeldigeInvoerException bij een ontbrekend doel, een negatief bedrag, meer dan twee decimalen, een
     *                                  regel zonder organisatie of meer dan 30 regels
     * @throws ConflictException        bij een verouderde versie, of als de casus is afgesloten
     */
    Perspectiefplan bewaar(Namens namens, String gemeente, String casusId, Long verwachteVersie,
            NieuwPerspectiefplan plan);

    /** De besparing van het plan van een casus die {@code namens} mag zien; leeg zonder plan. */
    Optional<Besparing> besparing(Namens namens, String gemeente, String casusId);

    /**
     * De besparing van de plannen van casussen die in {@code jaar} (Nederlandse tijd) voor het eerst besloten werden,
     * of zonder besluit in dat jaar afgesloten; teruggeschoven casussen ({@code terugverwezen}) tellen niet mee.
     * Alleen bedragen, voor iedereen van de gemeente.
     */
    Besparingstotaal besparingInJaar(Namens namens, String gemeente, int jaar);
}
