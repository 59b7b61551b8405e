package nl.doorbraak.web;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Eén dynamische, greedy referentie naar een service van de core. Bij een vervanging bindt SCR eerst de nieuwe en
 * ontbindt dan de oude; daarom ontbindt {@link #ontbind} alleen als de oude nog de huidige is, en wacht hij tot de
 * verzoeken die de oude gebruiken klaar zijn.
 */
public final class Dienst<T> {

    /** Een gebonden service met zijn gebruik. */
    record Gebonden<T>(T dienst, Gebruik gebruik) {
    }

    private final String omschrijving;
    private final AtomicReference<Gebonden<T>> huidig = new AtomicReference<>();
    private final CopyOnWriteArrayList<Gebonden<T>> gebonden = new CopyOnWriteArrayList<>();
    private volatile boolean ooitGezien;

    Dienst(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    void bind(T dienst) {
        Gebonden<T> g = new Gebonden<>(dienst, new Gebruik());
        gebonden.add(g);
        huidig.set(g);
        ooitGezien = true;
    }

    /**
     * Haalt de service weg en trekt hem in.
     *
     * @return zijn gebruik, om op te wachten; {@code null} als hij niet gebonden was
     */
    Gebruik ontbind(T dienst) {
        for (Gebonden<T> g : gebonden) {
            if (g.dienst() == dienst) {
                gebonden.remove(g);
                huidig.compareAndSet(g, null);
                g.gebruik().trekIn();
                return g.gebruik();
            }
        }
        return null;
    }

    /** De huidige service, zonder gebruik te tellen (voor health en korte, veilige aanroepen). */
    public T huidig() {
        Gebonden<T> g = huidig.get();
        return g == null ? null : g.dienst();
    }

    Gebonden<T> gebonden() {
        return huidig.get();
    }

    boolean ooitGezien() {
        return ooitGezien;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
