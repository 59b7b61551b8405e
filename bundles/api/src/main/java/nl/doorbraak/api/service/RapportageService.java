package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.toegang.Namens;

/**
 * Jaarcijfers van doorbraaktafels. Alleen lezen; geen persoonsgegevens, dus geen verwerking. De cijfers gebruiken
 * alleen velden die de bewaartermijn laat staan, zodat ze na het wissen van persoonsgegevens niet veranderen. De core
 * toetst wie vraagt ({@link Namens}), zoals de REST-api altijd deed.
 */
@ProviderType
public interface RapportageService {

    /** Vroegste en laatste jaar waarover een rapportage kan. */
    int EERSTE_JAAR = 2000;
    int LAATSTE_JAAR = 2100;

    /**
     * De rapportage van een gemeente over een kalenderjaar (Nederlandse tijd), voor de gemeentebeheerder en de
     * casusregisseur van die gemeente (en het platform zelf).
     *
     * @param tafelId {@code null}: de hele gemeente; anders alleen deze tafel
     * @throws OngeldigeInvoerException bij een jaar buiten {@link #EERSTE_JAAR}..{@link #LAATSTE_JAAR} of een tafel
     *                                  die niet (in deze gemeente) bestaat
     * @throws NietGevondenException    als de gemeente niet bestaat of niet die van de gebruiker is
     * @throws GeenToegangException     zonder een van die rollen (wie bij geen gemeente hoort: vóór de gemeente)
     */
    Rapportage rapportage(Namens namens, String gemeente, int jaar, String tafelId);

    /**
     * De geanonimiseerde kerncijfers van elke gemeente van het platform over een jaar, op gemeente-id; alleen voor de
     * platformbeheerder (en het platform zelf).
     *
     * @throws GeenToegangException voor elke andere rol
     */
    List<Rapportage.Totalen> platform(Namens namens, int jaar);
}
