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
import nl.doorbraak.api.toegang.Namens;

/**
 * Casussen van een gemeente. Elke wijziging is één transactie, wordt pas bevestigd als ze is vastgelegd, en geeft
 * een event ({@link DoorbraakEvents}). Een wijziging die de variant nodig heeft wacht kort als die variant net
 * wordt bijgewerkt, en geeft anders {@link VariantNietBeschikbaarException}.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist. Een casusregisseur ziet en
 * behandelt alle casussen van zijn gemeente, een tafellid die van zijn eigen tafels; een andere rol krijgt
 * {@link GeenToegangException}. Een gemeente waar {@code door} niet bij hoort is {@link NietGevondenException},
 * een casus van een andere tafel bestaat voor hem niet. Een plug-in werkt in naam van de gebruiker van het verzoek
 * en ziet daarbij alleen casussen van zijn eigen variant, tenzij hem het recht {@code casussen.alle} is verleend.
 * Elke casus die wordt gelezen of gewijzigd, legt de core vast in het verwerkingenlog, met het doel uit
 * {@link Namens} (of: "Casussen van de tafel bekijken", "Casus bekijken", "Casus behandelen").
 */
@ProviderType
public interface CasusService {

    Pagina<Casus> lijst(Namens namens, String gemeente, CasusFilter filter, int page, int pageSize);

    /**
     * Leest een casus; oudere variantgegevens worden bijgewerkt naar het schema van de geïnstalleerde variant.
     *
     * @return leeg als de casus niet bestaat of {@code door} hem niet mag zien
     */
    Optional<Casus> zoek(Namens namens, String gemeente, String id);

    /**
     * Intake: de casus krijgt status {@link CasusStatus#AANGEMELD} en de inwoner een pseudoniem van het platform.
     * Geweigerd ({@link OngeldigeInvoerException}): een pseudoniem van de aanroeper ({@code alleenLezen}), en een BSN
     * in een vrij tekstveld ({@code bsn}; zie {@link nl.doorbraak.api.tekst.Bsn}), ook in tekstvelden van de variant.
     */
    Casus maak(Namens namens, String gemeente, NieuweCasus casus);

    Casus wijzig(Namens namens, String gemeente, String id, long verwachteVersie, CasusWijziging wijziging);

    /**
     * Een statusovergang. Naar {@link CasusStatus#GEAGENDEERD} gaat een casus via
     * {@link BijeenkomstService#agendeer}, naar {@link CasusStatus#BESLOTEN} via {@link BesluitService#neem}; hier
     * kan dat alleen als er al een bijeenkomst of besluit is.
     *
     * @param verwachteVersie {@code null}: niet controleren
     * @param resultaat       verplicht bij {@link CasusStatus#AFGESLOTEN}, anders {@code null};
     *                        {@link Resultaat#DOORBRAAK} vraagt een doorbraakbesluit
     * @param ondanksOpenstaand alleen bij afsluiten als doorbraak terwijl er nog een escalatie of actie van de casus
     *                          open staat: dat mag alleen een casusregisseur van de gemeente, met een {@code reden};
     *                          de audittrail bewaart wat er nog open stond. Anders {@code false}
     * @throws ConflictException        bij een niet toegestane overgang of verouderde versie, en bij afsluiten als
     *                                  {@link Resultaat#DOORBRAAK} terwijl er nog iets open staat (zonder
     *                                  {@code ondanksOpenstaand})
     * @throws GeenToegangException     als iemand anders dan een casusregisseur {@code ondanksOpenstaand} geeft
     * @throws OngeldigeInvoerException als {@code ondanksOpenstaand} bij een andere overgang wordt gegeven
     */
    Casus wijzigStatus(Namens namens, String gemeente, String id, Long verwachteVersie, CasusStatus naar,
            String reden, Resultaat resultaat, boolean ondanksOpenstaand);
}
