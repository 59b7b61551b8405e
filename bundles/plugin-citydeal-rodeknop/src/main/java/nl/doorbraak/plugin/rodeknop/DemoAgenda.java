package nl.doorbraak.plugin.rodeknop;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import nl.doorbraak.plugin.rodeknop.AgendaPunt.Stap;
import nl.doorbraak.plugin.rodeknop.AgendaPunt.Status;
import nl.doorbraak.plugin.rodeknop.AgendaPunt.Trekker;

/**
 * De agenda van de Bestuurstafel in de demo: drie regels uit de demozaken ({@link DemoZaken}), in drie standen
 * (geagendeerd, in behandeling, afgerond met een omwisselbesluit), elk met een andere trekker. Vaste ids, alleen wat
 * ontbreekt; een punt dat demogebruikers verder zetten blijft zoals het is.
 */
class DemoAgenda implements DemoStap {

    private final Agenda agenda;

    DemoAgenda(Agenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public String laad(BooleanSupplier stoppen) {
        int nieuw = 0;
        for (AgendaPunt p : plan(Instant.now())) {
            if (stoppen.getAsBoolean()) {
                break;
            }
            if (agenda.legDemoVast(p)) {
                nieuw++;
            }
        }
        return nieuw + " agendapunt(en) van de Bestuurstafel vastgelegd";
    }

    static String id(String sleutel) {
        return UUID.nameUUIDFromBytes(("doorbraak-demo/rodeknop/agenda/" + sleutel).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static List<AgendaPunt> plan(Instant nu) {
        List<AgendaPunt> l = new ArrayList<>();
        l.add(punt("kostendelersnorm", "Kostendelersnorm in de bijstand (Participatiewet art. 22a)",
                "Kostendelersnorm: een meerderjarig kind mag thuis blijven wonen", new Trekker("partij", "szw"),
                "Gezinnen sturen een kind van 21 of ouder het huis uit om hun bijstand te houden; het kind raakt "
                        + "dakloos of in de schulden. Voorstel: ruimte in de wet voor de 20 %.",
                nu.minus(Duration.ofDays(20)), null, Status.GEAGENDEERD));
        l.add(punt("cjib-duo", "Invordering door CJIB en DUO los van elkaar (Wet administratiefrechtelijke handhaving "
                + "verkeersvoorschriften en Wet studiefinanciering 2000)", "Eén draagkrachttoets voor CJIB en DUO",
                new Trekker("gemeente", "leeuwarden"), "Leeuwarden trekt, met CJIB en DUO aan tafel.",
                nu.minus(Duration.ofDays(45)), null, Status.GEAGENDEERD, Status.IN_BEHANDELING));
        l.add(punt("toeslagen-voorschot", "Voorschot toeslagen op een geschat jaarinkomen (Algemene wet "
                + "inkomensafhankelijke regelingen art. 16)", "Voorschot toeslagen bij flexinkomen",
                new Trekker("partij", "fin-toeslagen"), null, nu.minus(Duration.ofDays(120)),
                "Omwisselbesluit: bij wisselend flexinkomen een voorschot op het inkomen van de laatste drie maanden, "
                        + "in een proef met Eindhoven",
                Status.GEAGENDEERD, Status.IN_BEHANDELING, Status.AFGEROND));
        return l;
    }

    private static AgendaPunt punt(String sleutel, String regel, String titel, Trekker trekker, String toelichting,
            Instant aangemaakt, String uitkomst, Status... stappen) {
        List<Stap> h = new ArrayList<>();
        h.add(new Stap(Status.VOORGESTELD, aangemaakt, "rijk-szw"));
        for (int i = 0; i < stappen.length; i++) {
            h.add(new Stap(stappen[i], aangemaakt.plus(Duration.ofDays(7L * (i + 1))), "rijk-szw"));
        }
        Status status = stappen.length == 0 ? Status.VOORGESTELD : stappen[stappen.length - 1];
        return new AgendaPunt(id(sleutel), Regelgroep.sleutel(regel), regel, titel, trekker, toelichting, status,
                uitkomst, aangemaakt, "rijk-szw", "szw", h, 0);
    }
}
