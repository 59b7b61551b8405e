package nl.doorbraak.api.domein;

/**
 * De inwoner of ondernemer om wie de casus draait, gepseudonimiseerd: nooit naam, adres of BSN.
 *
 * @param pseudoniem stabiel pseudoniem, door de core toegekend als het ontbreekt (bijvoorbeeld {@code INW-7F3A2C})
 * @param initialen  weergave-initialen voor de tafel, bijvoorbeeld {@code J.B.}
 */
public record Inwoner(String pseudoniem, String initialen) {
}
