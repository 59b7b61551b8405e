package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Resultaat;

/**
 * Casussen van een gemeente. Elke wijziging is één transactie, wordt pas bevestigd als ze is vastgelegd, en geeft
 * een event ({@link DoorbraakEvents}). Een wijziging die de variant nodig heeft wacht kort als die variant net
 * wordt bijgewerkt, en geeft anders {@link VariantNietBeschikbaarException}.
 */
@ProviderType
public interface CasusService {

    Pagina<Casus> lijst(String gemeente, CasusFilter filter, int page, int pageSize);

    /** Leest een casus; oudere variantgegevens worden bijgewerkt naar het schema van de geïnstalleerde variant. */
    Optional<Casus> zoek(String gemeente, String id);

    /**
     * Intake: de casus krijgt status {@link CasusStatus#AANGEMELD} en de inwoner een pseudoniem van het platform.
     * Geweigerd ({@link OngeldigeInvoerException}): een pseudoniem van de aanroeper ({@code alleenLezen}), en een BSN
     * in een vrij tekstveld ({@code bsn}; zie {@link nl.doorbraak.api.tekst.Bsn}), ook in tekstvelden van de variant.
     */
    Casus maak(String gemeente, NieuweCasus casus, String door);

    Casus wijzig(String gemeente, String id, long verwachteVersie, CasusWijziging wijziging, String door);

    /**
     * Een statusovergang. Naar {@link CasusStatus#GEAGENDEERD} gaat een casus via
     * {@link BijeenkomstService#agendeer}, naar {@link CasusStatus#BESLOTEN} via {@link BesluitService#neem}; hier
     * kan dat alleen als er al een bijeenkomst of besluit is.
     *
     * @param verwachteVersie {@code null}: niet controleren
     * @param resultaat       verplicht bij {@link CasusStatus#AFGESLOTEN}, anders {@code null};
     *                        {@link Resultaat#DOORBRAAK} vraagt een doorbraakbesluit
     * @throws ConflictException bij een niet toegestane overgang of verouderde versie, en bij afsluiten als
     *                           {@link Resultaat#DOORBRAAK} terwijl er nog een escalatie of actie open staat
     */
    Casus wijzigStatus(String gemeente, String id, Long verwachteVersie, CasusStatus naar, String reden,
            Resultaat resultaat, String door);

    /**
     * Als {@link #wijzigStatus(String, String, Long, CasusStatus, String, Resultaat, String)}, met de keuze om een
     * casus als {@link Resultaat#DOORBRAAK} af te sluiten terwijl er nog een escalatie of actie van die casus open
     * staat. Dat mag alleen een casusregisseur van de gemeente, met een {@code reden}; de audittrail van de casus
     * bewaart wat er nog open stond. Zonder {@code ondanksOpenstaand} geeft zo'n afsluiting
     * {@link ConflictException}.
     *
     * @param ondanksOpenstaand alleen bij afsluiten als doorbraak; {@code false} is hetzelfde als de methode zonder
     *                          deze parameter
     * @throws GeenToegangException     als {@code door} geen casusregisseur van deze gemeente is en
     *                                  {@code ondanksOpenstaand} geeft
     * @throws OngeldigeInvoerException als {@code ondanksOpenstaand} bij een andere overgang wordt gegeven
     * @since 1.3
     */
    Casus wijzigStatus(String gemeente, String id, Long verwachteVersie, CasusStatus naar, String reden,
            Resultaat resultaat, boolean ondanksOpenstaand, String door);
}
