package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.Wisresultaat;

/**
 * De bewaartermijn (AVG): na {@code bewaartermijnMaanden} na het afsluiten van een casus worden de persoonsgegevens
 * gewist — hulpvraag, titel, initialen en pseudoniem, vrije teksten van besluiten, acties, escalaties en
 * statuswijzigingen, notities van bijeenkomsten, het BSN en de waarden in de audittrail. Wat blijft (datums, status,
 * resultaat, thema, organisaties, soorten, bedragen) is genoeg voor de rapportage, die door het wissen niet verandert.
 * De core doet dit dagelijks zelf; beheerders kunnen het ook nu laten doen (Gogo: {@code doorbraak:bewaartermijn}).
 */
@ProviderType
public interface BewaartermijnService {

    /**
     * Wist nu wat buiten de bewaartermijn valt.
     *
     * @param gemeente {@code null}: alle gemeenten
     * @param proef    {@code true}: alleen tellen, niets wissen
     */
    List<Wisresultaat> voerUit(String gemeente, boolean proef, String door);
}
