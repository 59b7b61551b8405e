package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Wisresultaat;
import nl.doorbraak.api.toegang.Namens;

/**
 * De bewaartermijn (AVG): na {@code bewaartermijnMaanden} na het afsluiten van een casus worden de persoonsgegevens
 * gewist — hulpvraag, titel, initialen en pseudoniem, vrije teksten van besluiten, acties, escalaties en
 * statuswijzigingen, notities van bijeenkomsten, het BSN en de waarden in de audittrail. Wat blijft (datums, status,
 * resultaat, thema, organisaties, soorten, bedragen) is genoeg voor de rapportage, die door het wissen niet verandert.
 * De core doet dit dagelijks zelf; beheerders kunnen het ook nu laten doen (Gogo: {@code doorbraak:bewaartermijn}).
 * Een plug-in ziet deze service alleen met het recht {@code bewaartermijn}.
 */
@ProviderType
public interface BewaartermijnService {

    /**
     * Wist nu wat buiten de bewaartermijn valt. Mag: het platform zelf ({@code Gebruiker.systeem}) en de
     * platformbeheerder voor alle gemeenten of één, een gemeentebeheerder voor zijn eigen gemeente. Elke gewiste casus
     * krijgt een regel in de audittrail, door de gebruikersnaam van {@code namens}.
     *
     * @param gemeente {@code null}: alle gemeenten
     * @param proef    {@code true}: alleen tellen, niets wissen
     * @throws NietGevondenException als de gemeente niet bestaat of niet die van de gemeentebeheerder is
     * @throws GeenToegangException  voor elke andere rol, en voor een gemeentebeheerder zonder gemeente
     */
    List<Wisresultaat> voerUit(Namens namens, String gemeente, boolean proef);
}
