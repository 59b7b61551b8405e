package nl.doorbraak.api.domein;

import java.time.Instant;

/**
 * Wat een ronde van de bewaartermijn deed voor één gemeente.
 *
 * @param grens     casussen afgesloten vóór dit moment vallen buiten de bewaartermijn
 * @param casussen  aantal casussen waarvan de persoonsgegevens zijn gewist (bij een proef: gewist zouden worden)
 * @param notities  aantal notities van bijeenkomsten van vóór de grens die zijn gewist
 * @param proef     {@code true}: er is niets gewist, alleen geteld
 */
public record Wisresultaat(String gemeente, int bewaartermijnMaanden, Instant grens, int casussen, int notities,
        boolean proef) {
}
