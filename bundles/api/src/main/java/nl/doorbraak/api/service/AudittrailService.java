package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.AuditRegel;

/**
 * De audittrail: elke wijziging aan een casus en zijn onderdelen (status, besluiten, acties, bijeenkomsten, potjes,
 * …), vastgelegd in dezelfde transactie als de wijziging zelf.
 */
@ProviderType
public interface AudittrailService {

    /**
     * Alle regels van een casus, oudste eerst.
     *
     * @throws NietGevondenException als de casus niet bij deze gemeente hoort
     */
    List<AuditRegel> vanCasus(String gemeente, String casusId);
}
