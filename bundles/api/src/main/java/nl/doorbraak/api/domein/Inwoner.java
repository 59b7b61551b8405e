package nl.doorbraak.api.domein;

/**
 * De inwoner of ondernemer om wie de casus draait, gepseudonimiseerd: nooit naam, adres of BSN.
 *
 * @param pseudoniem stabiel pseudoniem (bijvoorbeeld {@code INW-7F3A2C}), altijd door de core toegekend bij de
 *                   aanmelding: bij {@link nl.doorbraak.api.service.CasusService#maak} {@code null}, bij een wijziging
 *                   {@code null} of het eigen pseudoniem van de casus; een ander wordt geweigerd
 * @param initialen  weergave-initialen voor de tafel, bijvoorbeeld {@code J.B.}
 */
public record Inwoner(String pseudoniem, String initialen) {
}
