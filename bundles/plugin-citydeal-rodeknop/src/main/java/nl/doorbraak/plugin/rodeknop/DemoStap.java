package nl.doorbraak.plugin.rodeknop;

import java.util.function.BooleanSupplier;

/**
 * Eén deel van de demogegevens van de rode knop ({@link DemoLader} voert ze uit met {@code --demo}). Het haakje voor
 * wat er nog bij komt: agendapunten van de Bestuurstafel en precedenten registreren elk een eigen
 * {@code @Component(service = DemoStap.class)} met een hogere {@link #volgorde()} dan {@link DemoZaken}, zodat ze
 * de demozaken al vinden.
 *
 * <p>Elke stap is idempotent, zoals de demo van de core: vaste ids, alleen wat ontbreekt, en wat demogebruikers
 * veranderden blijft veranderd. Een stap mag falen; de andere lopen dan gewoon.
 */
public interface DemoStap {

    /** Kleiner eerst: de zaken zijn {@value DemoZaken#VOLGORDE}. */
    int volgorde();

    /**
     * Laadt wat ontbreekt.
     *
     * @param stoppen {@code true} zodra de plug-in stopt: maak af wat loopt en kom terug
     * @return een korte regel voor het log, zonder persoonsgegevens (bijvoorbeeld "3 zaken vastgelegd")
     */
    String laad(BooleanSupplier stoppen);
}
