package nl.doorbraak.api.toegang;

import java.util.Set;

/**
 * Wat de identity provider van een gemeente over iemand zegt, nadat de web-bundle het ID-token heeft gecontroleerd
 * (handtekening, issuer, audience, nonce, geldigheid).
 *
 * @param issuer         de identity provider ({@code iss})
 * @param subject        wie het is volgens die provider ({@code sub}); blijft gelijk als de naam verandert
 * @param voorkeursnaam  de gebruikersnaam die de provider voorstelt ({@code preferred_username}), of {@code null}
 * @param rollen         de Doorbraak-rollen uit de claim die de gemeente daarvoor configureerde
 * @param tafels         tafel-id's uit de claim voor tafels
 */
public record SsoAanmelding(String gemeente, String issuer, String subject, String voorkeursnaam, String naam,
        Set<Rol> rollen, Set<String> tafels) {

    public SsoAanmelding {
        rollen = rollen == null ? Set.of() : Set.copyOf(rollen);
        tafels = tafels == null ? Set.of() : Set.copyOf(tafels);
    }
}
