package nl.doorbraak.api.service;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.toegang.Namens;

/**
 * Het BSN van de inwoner van een casus, alleen waar de tafel het echt nodig heeft (bijvoorbeeld om bij het CJIB of
 * DUO de juiste schuld te vinden). Versleuteld opgeslagen; het staat nooit in een URL, logregel, export of de
 * audittrail.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee in elke aanroep; de core beslist en legt vast. Alleen een
 * casusregisseur van de gemeente komt bij het BSN (anders {@link GeenToegangException}); een gemeente waar hij niet bij
 * hoort en een casus die hij niet mag zien zijn {@link NietGevondenException}. Een plug-in heeft het recht {@code bsn}
 * nodig, leest alleen casussen van zijn eigen variant (met {@code casussen.alle} ook andere) en legt alleen bij zijn
 * eigen variant vast of wist. Lezen, vastleggen en wissen legt de core vast in het verwerkingenlog (object
 * {@code bsn}), met het doel uit {@link Namens} (of: "BSN gebruiken om de juiste gegevens bij een organisatie te
 * vinden", "BSN vastleggen", "BSN wissen").
 */
@ProviderType
public interface BsnService {

    /**
     * @throws OngeldigeInvoerException als het geen geldig BSN is (9 cijfers, elfproef); de melding noemt het
     *                                  nummer niet
     */
    void legVast(Namens namens, String gemeente, String casusId, String bsn);

    /** Het ontsleutelde BSN, of leeg als er geen is vastgelegd. */
    Optional<String> lees(Namens namens, String gemeente, String casusId);

    /** Of er een BSN is vastgelegd; zegt niets over het nummer en is daarom geen verwerking. */
    boolean isVastgelegd(Namens namens, String gemeente, String casusId);

    /** Verwijdert het BSN; niets als er geen was. */
    void wis(Namens namens, String gemeente, String casusId);
}
