package nl.doorbraak.api.domein;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * De cijfers van een gemeente (of één tafel) over één kalenderjaar (Nederlandse tijd), voor het jaarverslag. Bevat
 * geen persoonsgegevens: alleen aantallen, bedragen, codes, thema's, namen van organisaties, potjes en de regel van
 * een signaal. Alles is berekend uit velden die de bewaartermijn laat staan (ids, datums, status, resultaat, thema,
 * organisaties, soort, bedragen), zodat de rapportage na het wissen van persoonsgegevens dezelfde blijft.
 *
 * @param tafelId     de tafel waartoe de rapportage beperkt is; {@code null} voor de hele gemeente
 * @param peilmoment  wanneer berekend; "nu"-cijfers (open en verlopen acties en escalaties) gelden op dit moment
 * @param doorlooptijd mediaan van aangemeld tot afgesloten, van de casussen die in het jaar zijn afgesloten
 */
public record Rapportage(String gemeente, int jaar, String tafelId, Instant peilmoment, Casussen casussen,
        Besluiten besluiten, Doorlooptijd doorlooptijd, Potjes potjes, Besparing besparing, Acties acties,
        Escalaties escalaties, Signalen signalen) {

    /**
     * @param aangemeld         casussen aangemeld in het jaar
     * @param afgesloten        casussen afgesloten in het jaar, per resultaat ({@link Resultaat#code()}; alle drie
     *                          staan erin, ook met 0)
     * @param openOpJaareinde   casussen aangemeld vóór het einde van het jaar en toen nog niet afgesloten
     * @param perThema          per thema ({@code naam} {@code null}: zonder thema), op naam
     * @param perOrganisatie    per betrokken organisatie, op naam; een casus telt bij elk van zijn organisaties
     */
    public record Casussen(int aangemeld, Map<String, Integer> afgesloten, int openOpJaareinde,
            List<CasusGroep> perThema, List<CasusGroep> perOrganisatie) {

        public Casussen {
            afgesloten = vast(afgesloten);
            perThema = List.copyOf(perThema);
            perOrganisatie = List.copyOf(perOrganisatie);
        }

        public int afgeslotenTotaal() {
            return afgesloten.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Casussen van één thema of organisatie: aangemeld en afgesloten in het jaar, open aan het einde ervan. */
    public record CasusGroep(String naam, int aangemeld, int afgesloten, int openOpJaareinde) {
    }

    /**
     * Geldende besluiten genomen in het jaar: besluiten die aan het einde van het jaar niet gecorrigeerd waren (een
     * correctie telt zelf als besluit, in het jaar waarin zij genomen is).
     *
     * @param doorbraken     geldende doorbraakbesluiten
     * @param regulier       geldende reguliere besluiten
     * @param gecorrigeerd   besluiten uit het jaar die vóór het einde ervan zijn gecorrigeerd (niet meegeteld)
     * @param perThema       per thema van de casus
     * @param perOrganisatie per organisatie die het besluit mee nam (een deelnemer van die organisatie nam het, of
     *                       het besluit doet een toezegging voor die organisatie); één keer per besluit
     */
    public record Besluiten(int doorbraken, int regulier, int gecorrigeerd, List<BesluitGroep> perThema,
            List<BesluitGroep> perOrganisatie) {

        public Besluiten {
            perThema = List.copyOf(perThema);
            perOrganisatie = List.copyOf(perOrganisatie);
        }

        public int totaal() {
            return doorbraken + regulier;
        }
    }

    /**
     * Besluiten van één thema of organisatie.
     *
     * @param toegezegd som van de toezeggingen in euro's (per organisatie: die van die organisatie; per thema: alle)
     */
    public record BesluitGroep(String naam, int doorbraken, int regulier, BigDecimal toegezegd) {
    }

    /**
     * @param casussen     aantal casussen waarover de mediaan gaat
     * @param mediaanDagen kalenderdagen (Nederlandse tijd) van aanmelden tot afsluiten; {@code null} zonder casussen;
     *                     bij een even aantal het gemiddelde van de middelste twee
     */
    public record Doorlooptijd(int casussen, BigDecimal mediaanDagen) {
    }

    /**
     * Voorkom Erger Potjes. Met een tafel alleen de potjes van die tafel (een potje voor de hele gemeente hoort bij
     * geen enkele tafel).
     */
    public record Potjes(BigDecimal gestort, BigDecimal uitgegeven, BigDecimal saldoOpJaareinde, List<PotjeCijfers> potjes) {

        public Potjes {
            potjes = List.copyOf(potjes);
        }
    }

    /**
     * @param uitgaven        aantal uitgaven in het jaar
     * @param saldoOpJaareinde saldo na de laatste mutatie vóór het einde van het jaar (voor het lopende jaar: nu)
     */
    public record PotjeCijfers(String id, String naam, String tafelId, BigDecimal gestort, BigDecimal uitgegeven,
            int uitgaven, BigDecimal saldoOpJaareinde) {
    }

    /**
     * De geschatte besparing (maatschappelijke kosten die niet gemaakt hoeven te worden).
     *
     * @param bron     waar het bedrag vandaan komt, bijvoorbeeld {@code waardendriehoek}
     * @param besluiten aantal besluiten of casussen dat bijdraagt
     */
    public record Besparing(BigDecimal bedrag, String bron, int besluiten) {
    }

    /**
     * @param open        nu open
     * @param verlopen    nu open en over de deadline
     * @param aangemaakt  aangemaakt in het jaar
     * @param gereed      gereed gemeld in het jaar
     */
    public record Acties(int open, int verlopen, int aangemaakt, int gereed) {
    }

    /**
     * @param open      nu open
     * @param verlopen  nu open en over de deadline
     * @param perNiveau escalaties begonnen in het jaar, per niveau (id), in volgorde van het niveau-id
     */
    public record Escalaties(int open, int verlopen, Map<String, Integer> perNiveau) {

        public Escalaties {
            perNiveau = vast(perNiveau);
        }

        public int inJaar() {
            return perNiveau.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Signalen zoals ze nu zijn: een regel blijft knellen over de jaargrens heen. Met een tafel telt het gewicht
     * alleen de casussen van die tafel, en doen signalen zonder zo'n casus niet mee.
     *
     * @param perStatus   per status ({@link SignaalStatus#code()}; alle statussen staan erin)
     * @param gemeldInJaar signalen gemeld in het jaar
     * @param top         de tien zwaarste (meeste casussen), bij gelijk gewicht het oudste eerst
     */
    public record Signalen(Map<String, SignaalGroep> perStatus, int gemeldInJaar, List<SignaalCijfers> top) {

        public Signalen {
            perStatus = vast(perStatus);
            top = List.copyOf(top);
        }
    }

    /** @param gewicht het totale gewicht (gekoppelde casussen) van de signalen met deze status */
    public record SignaalGroep(int aantal, int gewicht) {
    }

    /** Eén signaal in de top: de regel en de organisatie, zonder omschrijving of antwoord (vrije tekst). */
    public record SignaalCijfers(String id, String regel, String organisatie, String status, int gewicht) {
    }

    /** Onveranderlijk, in de volgorde van het origineel (JSON en CSV tonen ze zo). */
    static <K, V> Map<K, V> vast(Map<K, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** De geanonimiseerde kerncijfers: alleen aantallen en bedragen, voor het overzicht over gemeenten heen. */
    public Totalen totalen() {
        return new Totalen(gemeente, jaar, casussen.aangemeld(), casussen.afgesloten(), casussen.openOpJaareinde(),
                besluiten.doorbraken(), besluiten.regulier(), doorlooptijd.mediaanDagen(), potjes.gestort(),
                potjes.uitgegeven(), potjes.saldoOpJaareinde(), besparing.bedrag(), acties.open(), acties.verlopen(),
                acties.gereed(), escalaties.open(), escalaties.verlopen(), escalaties.inJaar(),
                signalen.perStatus().values().stream().mapToInt(SignaalGroep::aantal).sum());
    }

    /**
     * Kerncijfers van één gemeente over één jaar: alleen aantallen en bedragen, geen titels, namen, thema's,
     * organisaties of vrije tekst.
     */
    public record Totalen(String gemeente, int jaar, int aangemeld, Map<String, Integer> afgesloten,
            int openOpJaareinde, int doorbraken, int regulier, BigDecimal mediaanDoorlooptijdDagen,
            BigDecimal potjesGestort, BigDecimal potjesUitgegeven, BigDecimal potjesSaldo, BigDecimal besparing,
            int actiesOpen, int actiesVerlopen, int actiesGereed, int escalatiesOpen, int escalatiesVerlopen,
            int escalatiesInJaar, int signalen) {

        public Totalen {
            afgesloten = vast(afgesloten);
        }
    }
}
