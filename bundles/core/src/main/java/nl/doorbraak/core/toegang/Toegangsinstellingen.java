package nl.doorbraak.core.toegang;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.doorbraak.core.platform.Configuratiewaarde;

/**
 * The parsed configuration {@code nl.doorbraak.toegang}. A bad value falls back to its default with a warning, so a
 * typo never locks everybody out.
 */
public record Toegangsinstellingen(int wachtwoordIteraties, int maxPogingen, Duration blokkade, int adresMaxPogingen,
        Duration codeGeldig) {

    public static final int ITERATIES = Wachtwoorden.ITERATIES;
    public static final int MAX_POGINGEN = 5;
    public static final int BLOKKEER_MINUTEN = 15;
    public static final int ADRES_MAX_POGINGEN = 20;
    public static final int CODE_GELDIG_UREN = 72;
    /** The longest wait between two attempts before the lock itself. */
    static final Duration MAX_VERTRAGING = Duration.ofSeconds(30);

    public static Toegangsinstellingen standaard() {
        return new Toegangsinstellingen(ITERATIES, MAX_POGINGEN, Duration.ofMinutes(BLOKKEER_MINUTEN),
                ADRES_MAX_POGINGEN, Duration.ofHours(CODE_GELDIG_UREN));
    }

    /** @param waarschuwingen receives a Dutch sentence per rejected value */
    public static Toegangsinstellingen uit(Map<String, ?> p, List<String> waarschuwingen) {
        int iteraties = getal(p, "wachtwoordIteraties", ITERATIES, ITERATIES, Wachtwoorden.MAX_ITERATIES,
                waarschuwingen);
        int max = getal(p, "maxPogingen", MAX_POGINGEN, 3, 100, waarschuwingen);
        int minuten = getal(p, "blokkeerMinuten", BLOKKEER_MINUTEN, 1, 1440, waarschuwingen);
        int adres = getal(p, "adresMaxPogingen", ADRES_MAX_POGINGEN, 5, 100_000, waarschuwingen);
        int uren = getal(p, "codeGeldigUren", CODE_GELDIG_UREN, 1, 720, waarschuwingen);
        return new Toegangsinstellingen(iteraties, max, Duration.ofMinutes(minuten), adres, Duration.ofHours(uren));
    }

    /** The wait after {@code mislukt} failures in a row: none for the first two, then 1, 2, 4, … s up to 30 s. */
    Duration vertraging(int mislukt) {
        if (mislukt < 3) {
            return Duration.ZERO;
        }
        long s = 1L << Math.min(20, mislukt - 3);
        return s >= MAX_VERTRAGING.toSeconds() ? MAX_VERTRAGING : Duration.ofSeconds(s);
    }

    private static int getal(Map<String, ?> p, String naam, int standaard, int min, int max, List<String> waarschuwingen) {
        return (int) Configuratiewaarde.geheelGetal(ToegangConfiguratie.PID, p.get(naam), naam, standaard, min, max,
                waarschuwingen);
    }
}
