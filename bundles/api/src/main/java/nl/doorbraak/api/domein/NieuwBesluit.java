package nl.doorbraak.api.domein;

import java.util.List;

/**
 * Een te nemen besluit. Deelnemers worden bij naam genoemd en moeten aan de tafel van de casus zitten; hun mandaat
 * wordt met het besluit vastgelegd. Uitgave en acties worden in dezelfde transactie vastgelegd: lukt er één niet
 * (bijvoorbeeld te weinig saldo), dan is er niets vastgelegd.
 *
 * @param bijeenkomstId optioneel: de bijeenkomst van de tafel waarop het besluit viel; die is geweest (datum vandaag
 *                     of eerder) en de deelnemers waren er aanwezig
 * @param deelnemers   namen van de deelnemers die het besluit nemen (minstens één)
 * @param toezeggingen optioneel
 * @param uitgave      optioneel: een bedrag uit een Voorkom Erger Potje, binnen het mandaatbedrag van een van de
 *                     deelnemers
 * @param acties       optioneel: acties die uit het besluit volgen
 * @param corrigeert   optioneel: id van een eerder besluit over dezelfde casus dat hiermee wordt gecorrigeerd
 */
public record NieuwBesluit(BesluitSoort soort, String omschrijving, String bijeenkomstId,
        Waardendriehoek waardendriehoek, List<String> deelnemers, List<Toezegging> toezeggingen, Uitgave uitgave,
        List<NieuweActie> acties, String corrigeert) {
}
