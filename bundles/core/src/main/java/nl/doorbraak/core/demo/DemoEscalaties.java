package nl.doorbraak.core.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.escalatie.EscalatieStore;
import nl.doorbraak.core.platform.Tijd;

/**
 * Demo escalaties on demo casussen, from the situations in the source articles: one overdue, one escalated further
 * to the directie, one answered, one resolved. Levels and response times match the demo gemeenten's configuration
 * ({@code config/nl.doorbraak.gemeente-*.cfg}). Loaded after {@link DemoGegevens}, idempotent in the same way (fixed
 * ids, only what is missing).
 */
public final class DemoEscalaties {

    /**
     * @param vorige       key of the escalatie this one continues; {@code null} for a first one
     * @param dagenGeleden when it was made
     * @param klaarGeleden days ago it was closed ({@code status} not open)
     * @param uitkomst     antwoord (beantwoord) or toelichting (opgelost, doorgeescaleerd)
     */
    record DemoEscalatie(String sleutel, String casus, String niveau, int termijn, int dagenGeleden, String reden,
            EscalatieStatus status, int klaarGeleden, String uitkomst, String vorige, String volgende) {

        String gemeente() {
            return casus.substring(0, casus.indexOf('/'));
        }
    }

    static final List<DemoEscalatie> ESCALATIES = List.of(
            new DemoEscalatie("escalatie/utrecht-energieschuld", "utrecht/energieschuld", "tafel", 5, 12,
                    "De energieleverancier reageert niet op het verzoek om de afsluiting op te schorten tot het eerste "
                            + "loon binnen is. Gevraagd aan de tafel: via de afspraak met energieleveranciers de "
                            + "afsluiting stoppen; er is een baby in huis.",
                    EscalatieStatus.OPEN, 0, null, null, null),
            new DemoEscalatie("escalatie/utrecht-ontruiming-tafel", "utrecht/ontruiming-aangezegd", "tafel", 5, 8,
                    "Het UWV-besluit over de WW laat op zich wachten; zonder besluit geen betalingsregeling en de "
                            + "ontruiming is volgende week. Gevraagd: UWV met voorrang laten beslissen.",
                    EscalatieStatus.DOORGEESCALEERD, 2,
                    "UWV heeft binnen de termijn niet gereageerd; de ontruiming komt dichterbij.", null,
                    "escalatie/utrecht-ontruiming-directie"),
            new DemoEscalatie("escalatie/utrecht-ontruiming-directie", "utrecht/ontruiming-aangezegd", "directie", 10,
                    2, "UWV heeft binnen de termijn niet gereageerd; de ontruiming komt dichterbij. Gevraagd aan de "
                            + "directie Werk en Inkomen: de huur voorschieten via bijzondere bijstand en de UWV-regio "
                            + "aanspreken.",
                    EscalatieStatus.OPEN, 0, null, "escalatie/utrecht-ontruiming-tafel", null),
            new DemoEscalatie("escalatie/eindhoven-toeslagen", "eindhoven/toeslagen-belastingdienst", "directie", 10, 60,
                    "De terugvordering van kinderopvangtoeslag zet het gezin onder druk; de tafel kan de Belastingdienst "
                            + "niet laten opschorten. Gevraagd: wat kan de gemeente doen tot het Rijk beslist?",
                    EscalatieStatus.BEANTWOORD, 55,
                    "Directie Sociaal Domein: de gemeente kan de terugvordering niet opschorten. Bijzondere bijstand "
                            + "voor de vaste lasten is toegekend tot de Belastingdienst beslist; kandidaat voor de rode "
                            + "knop naar het Rijk.",
                    null, null),
            new DemoEscalatie("escalatie/leeuwarden-cjib-duo", "leeuwarden/cjib-en-duo", "afdelingshoofd", 10, 50,
                    "CJIB en DUO innen allebei; wat overblijft ligt onder de beslagvrije voet. De tafel krijgt DUO niet "
                            + "aan de lijn. Gevraagd: het afdelingshoofd Inkomen legt contact met de DUO-regio.",
                    EscalatieStatus.OPGELOST, 45,
                    "DUO zet de aflossing op nul op basis van draagkracht; CJIB zet de invordering stil. Schuldhulp "
                            + "kan starten.",
                    null, null));

    /** @return the number of escalaties inserted */
    public int laad(Database db) {
        Instant nu = Tijd.nu();
        EscalatieStore store = new EscalatieStore();
        return db.inTransactie(c -> {
            int n = 0;
            for (DemoEscalatie d : ESCALATIES) {
                String id = DemoGegevens.id(d.sleutel());
                if (store.zoek(c, d.gemeente(), id, nu).isEmpty()
                        && store.casus(c, d.gemeente(), DemoGegevens.id(d.casus())).isPresent()) {
                    store.voegToe(c, escalatie(d, nu));
                    n++;
                }
            }
            return n;
        });
    }

    static Escalatie escalatie(DemoEscalatie d, Instant nu) {
        Instant op = nu.minus(Duration.ofDays(d.dagenGeleden()));
        String door = d.gemeente() + "-regisseur";
        EscalatieWijziging begin = new EscalatieWijziging(null, EscalatieStatus.OPEN, door, op, d.reden());
        List<EscalatieWijziging> historie = d.status() == EscalatieStatus.OPEN ? List.of(begin)
                : List.of(begin, new EscalatieWijziging(EscalatieStatus.OPEN, d.status(), door,
                        nu.minus(Duration.ofDays(d.klaarGeleden())), d.uitkomst()));
        Instant gewijzigd = historie.get(historie.size() - 1).op();
        return new Escalatie(DemoGegevens.id(d.sleutel()), d.gemeente(), DemoGegevens.id(d.casus()), d.niveau(),
                d.niveau(), d.termijn(), d.reden(), d.status(), op.plus(Duration.ofDays(d.termijn())), false,
                d.status() == EscalatieStatus.BEANTWOORD ? d.uitkomst() : null,
                d.vorige() == null ? null : DemoGegevens.id(d.vorige()),
                d.volgende() == null ? null : DemoGegevens.id(d.volgende()), historie, historie.size(), op, door,
                gewijzigd);
    }
}
