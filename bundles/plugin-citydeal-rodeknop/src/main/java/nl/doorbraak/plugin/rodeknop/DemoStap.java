package nl.doorbraak.plugin.rodeknop;

import java.util.function.BooleanSupplier;

/**
 * Eén deel van de demogegevens van de rode knop ({@link DemoLader} maakt ze en voert ze in volgorde uit met
 * {@code --demo}: eerst de zaken, dan wat ze nodig heeft, zoals de agenda). Geen eigen componenten: de lader krijgt
 * zo pas een beurt als alles voor elke stap er is (als services waren ze bij een snelle start soms nog niet
 * geregistreerd, en bleef de demo half).
 *
 * <p>Elke stap is idempotent, zoals de demo van de core: vaste ids, alleen wat ontbreekt, en wat demogebruikers
 * veranderden blijft veranderd. Een stap mag falen; de andere lopen dan gewoon.
 */
interface DemoStap {

    /**
     * Laadt wat ontbreekt.
     *
     * @param stoppen {@code true} zodra de plug-in stopt: maak af wat loopt en kom terug
     * @return een korte regel voor het log, zonder persoonsgegevens (bijvoorbeeld "3 zaken vastgelegd")
     */
    String laad(BooleanSupplier stoppen);
}
