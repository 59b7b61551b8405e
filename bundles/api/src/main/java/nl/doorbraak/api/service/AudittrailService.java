package nl.doorbraak.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.toegang.Namens;

/**
 * De audittrail: elke wijziging aan een casus en zijn onderdelen (status, besluiten, acties, bijeenkomsten, potjes,
 * …), vastgelegd in dezelfde transactie als de wijziging zelf.
 *
 * <p><b>In wiens naam</b> ({@link Namens}) gaat mee; de core beslist en legt vast. Wie de casus mag zien (zie
 * {@link CasusService}), mag zijn audittrail lezen; een plug-in heeft daarnaast het recht {@code audittrail} nodig.
 * Elke inzage legt de core vast in het verwerkingenlog (object {@code audittrail}), met het doel uit {@link Namens}
 * (of: "Audittrail van de casus bekijken").
 */
@ProviderType
public interface AudittrailService {

    /**
     * Alle regels van een casus, oudste eerst.
     *
     * @throws NietGevondenException als de gemeente of de casus niet bestaat of {@code namens} hem niet mag zien
     * @throws GeenToegangException  als de rol van de gebruiker geen toegang geeft tot de inhoud van casussen
     */
    List<AuditRegel> vanCasus(Namens namens, String gemeente, String casusId);
}
