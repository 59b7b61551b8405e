package nl.doorbraak.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;

/**
 * Wat een lezer van de historie van een potje ziet van de uitgaven. De omschrijving van een uitgave hoort bij een
 * besluit over een casus ("huurachterstand van mevrouw B. betaald") en is casusinhoud: alleen wie die casus mag zien
 * (casusregisseur: alle; tafellid: die van zijn tafels) leest haar, en dat legt een verwerking vast. Ieder ander die
 * het potje mag zien (een tafellid van een andere tafel, de gemeentebeheerder) krijgt {@code "omschrijving": null};
 * bedrag, saldo, datum, wie en het besluit-id blijven voor iedereen. Stortingen horen bij geen casus.
 */
final class Uitgaven {

    private Uitgaven() {
    }

    /** De mutaties zoals deze gebruiker ze mag zien; de verwerking is vastgelegd voordat ze worden getoond. */
    static List<PotjeMutatie> voorLezer(Aanvraag a, Gemeente g, Omgeving omgeving, CasusRoutes casussen,
            List<PotjeMutatie> mutaties) {
        Gebruiker u = a.gebruiker();
        boolean casuslezer = u.heeft(Rol.CASUSREGISSEUR) || u.heeft(Rol.TAFELLID);
        Map<String, Optional<Casus>> perBesluit = new HashMap<>();
        Map<String, Casus> gelezen = new LinkedHashMap<>();
        List<PotjeMutatie> uit = new ArrayList<>(mutaties.size());
        for (PotjeMutatie m : mutaties) {
            if (!PotjeMutatie.UITGAVE.equals(m.soort()) || m.omschrijving() == null || m.omschrijving().isEmpty()) {
                uit.add(m);
                continue;
            }
            Optional<Casus> casus = !casuslezer || m.besluitId() == null ? Optional.empty()
                    : perBesluit.computeIfAbsent(m.besluitId(), id -> casusVanBesluit(a, g, omgeving, casussen, id));
            if (casus.isPresent()) {
                gelezen.putIfAbsent(casus.get().id(), casus.get());
                uit.add(m);
            } else {
                uit.add(new PotjeMutatie(m.potjeId(), m.volgnummer(), m.soort(), m.bedrag(), m.saldoNa(),
                        m.besluitId(), null, m.op(), m.door()));
            }
        }
        Verwerkingen.casussen(a, "uitgave", "Uitgaven uit het potje bekijken", gelezen.values());
        return uit;
    }

    /** The casus of the besluit, if this user may see it. */
    private static Optional<Casus> casusVanBesluit(Aanvraag a, Gemeente g, Omgeving omgeving, CasusRoutes casussen,
            String besluitId) {
        Optional<Besluit> b = a.dienst(omgeving.besluiten).zoek(g.id(), besluitId);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(casussen.zichtbare(a, g, b.get().casusId()));
        } catch (Probleem p) {
            if (p.status() == 404) {
                return Optional.empty();
            }
            throw p;
        }
    }
}
