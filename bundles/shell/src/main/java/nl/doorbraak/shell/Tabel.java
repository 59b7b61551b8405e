package nl.doorbraak.shell;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.api.tekst.Tekst;

/**
 * Een tekst-tabel met kolommen zo breed als hun breedste waarde. Elke waarde komt van buiten (een titel, een naam) en
 * wordt {@link Tekst#neutraliseer geneutraliseerd}: een ANSI-escape of regelovergang in de gegevens bestuurt nooit de
 * terminal van de beheerder en maakt geen nepregel in de tabel.
 */
final class Tabel {

    private final List<String[]> rijen = new ArrayList<>();

    Tabel(String... koppen) {
        rijen.add(koppen);
    }

    void rij(String... waarden) {
        String[] r = new String[rijen.get(0).length];
        for (int i = 0; i < r.length; i++) {
            r[i] = i < waarden.length && waarden[i] != null ? Tekst.neutraliseer(waarden[i]) : "-";
        }
        rijen.add(r);
    }

    @Override
    public String toString() {
        int[] breedte = new int[rijen.get(0).length];
        for (String[] r : rijen) {
            for (int i = 0; i < r.length; i++) {
                breedte[i] = Math.max(breedte[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rijen) {
            for (int i = 0; i < r.length; i++) {
                sb.append(i == r.length - 1 ? r[i] : String.format("%-" + (breedte[i] + 2) + "s", r[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
