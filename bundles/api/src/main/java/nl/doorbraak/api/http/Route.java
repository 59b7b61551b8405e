package nl.doorbraak.api.http;

import java.util.Set;

import nl.doorbraak.api.toegang.Rol;

/**
 * Eén route van een plug-in, onder het segment van zijn {@link VariantEndpoint}. De web-bundle leest
 * {@link VariantEndpoint#routes()} één keer, als de plug-in zich aanmeldt.
 *
 * <pre>{@code
 * new Route("POST", "/casussen/{id}/spoed", "Markeer een casus als spoed", Set.of(Rol.CASUSREGISSEUR),
 *         v -> Antwoord.ok(Map.of("id", v.padParameters().get("id"), "urgentie", "spoed")))
 * }</pre>
 *
 * @param methode      HTTP-methode, bijvoorbeeld {@code GET}
 * @param pad          pad binnen het segment, met {@code {naam}} voor parameters, bijvoorbeeld {@code /{id}};
 *                     {@code ""} voor het segment zelf
 * @param samenvatting Nederlandse zin voor het OpenAPI-document
 * @param rollen       rollen die deze route mogen gebruiken; leeg: niemand (de web-bundle waarschuwt dan)
 * @param handler      de code die het verzoek afhandelt
 */
public record Route(String methode, String pad, String samenvatting, Set<Rol> rollen, Handler handler) {

    public Route {
        rollen = Set.copyOf(rollen);
    }

    /** Handelt een verzoek af. Een {@link nl.doorbraak.api.service.DoorbraakException} wordt een nette fout. */
    @FunctionalInterface
    public interface Handler {
        Antwoord behandel(Verzoek verzoek) throws Exception;
    }
}
