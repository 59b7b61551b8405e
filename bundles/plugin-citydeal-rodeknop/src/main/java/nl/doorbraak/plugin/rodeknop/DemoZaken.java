package nl.doorbraak.plugin.rodeknop;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import nl.doorbraak.plugin.rodeknop.Zaak.FollowUp;
import nl.doorbraak.plugin.rodeknop.Zaak.Overleg;
import nl.doorbraak.plugin.rodeknop.Zaak.Regel;
import nl.doorbraak.plugin.rodeknop.Zaak.Soort;
import nl.doorbraak.plugin.rodeknop.Zaak.Status;
import nl.doorbraak.plugin.rodeknop.Zaak.Uitkomst;

/**
 * De rode-knopzaken van de demo: Utrecht, Leeuwarden en Eindhoven leggen casussen uit de demo van de core aan het Rijk
 * voor, uit de situaties van de bronnen (kostendelersnorm, geen adres dus geen uitkering, Tozo, toeslagen, DUO, CJIB),
 * in elke stand van een zaak: ingediend, overleg gepland, uitkomst (doorbraak, omwisselbesluit, geen oplossing; één
 * met de follow-up al aan de beurt) en afgerond. Vijf zijn (mede) aan SZW gericht, zodat {@code rijk-szw} een inbox
 * heeft, de andere aan andere partijen.
 *
 * <p>Ids liggen vast (afgeleid van een sleutel), alleen ontbrekende zaken worden vastgelegd, en een zaak die er al is
 * blijft zoals demogebruikers haar achterlieten ({@link RodeKnopService#legDemoVast}). De casussen zijn die van de demo
 * van de core, met hun vaste ids: {@code UUID.nameUUIDFromBytes("doorbraak-demo/" + sleutel)}. De datums tellen terug
 * vanaf het moment van laden, nooit vóór de casus er was, en de follow-up valt 90 dagen na de uitkomst (de standaard
 * van {@code followUpDagen}).
 */
class DemoZaken implements DemoStap {

    /** Tussen uitkomst en follow-up in de demo, als {@link Instellingen#followUpDagen()} standaard. */
    static final int FOLLOW_UP_DAGEN = 90;

    private final RodeKnopService rodeKnop;

    DemoZaken(RodeKnopService rodeKnop) {
        this.rodeKnop = rodeKnop;
    }

    @Override
    public String laad(BooleanSupplier stoppen) {
        int nieuw = 0;
        List<String> overgeslagen = new ArrayList<>();
        for (Zaak z : plan(rodeKnop.nu())) {
            if (stoppen.getAsBoolean()) {
                break;
            }
            if (rodeKnop.legDemoVast(z, reden -> overgeslagen.add(z.gemeente() + " zaak " + z.id() + ": " + reden))
                    .isPresent()) {
                nieuw++;
            }
        }
        return nieuw + " rode-knopzaak/zaken vastgelegd" + (overgeslagen.isEmpty() ? ""
                : "; overgeslagen: " + String.join("; ", overgeslagen));
    }

    /** Het vaste id van een demozaak. */
    static String zaakId(String sleutel) {
        return uuid("doorbraak-demo/rodeknop/" + sleutel);
    }

    /** Het id van een casus uit de demo van de core (zoals {@code DemoGegevens.id} in de core). */
    static String casusId(String sleutel) {
        return uuid("doorbraak-demo/" + sleutel);
    }

    private static String uuid(String s) {
        return UUID.nameUUIDFromBytes(s.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * De zaken zoals ze er bij laden op moment {@code nu} bij liggen, zonder wat de core geeft (escalatie, pseudoniem,
     * deadline); de organisaties komen uit de casus.
     */
    static List<Zaak> plan(Instant nu) {
        List<Zaak> l = new ArrayList<>();

        // ---------------------------------------------------------------- Utrecht
        Instant u1 = dagen(nu, 2);
        l.add(zaak("utrecht/kostendelersnorm", u1, "utrecht-regisseur", "inkomen",
                new Regel("Kostendelersnorm in de bijstand", "Participatiewet", "art. 22a"),
                "Bijzondere bijstand en de hardheidsclausule bekeken; de wet laat de gemeente geen ruimte om de "
                        + "kostendelersnorm niet toe te passen op een volwassen kind dat na een opname tijdelijk thuis "
                        + "herstelt.",
                "Sta toe dat de kostendelersnorm een jaar buiten toepassing blijft als een volwassen kind na een "
                        + "opname tijdelijk bij een ouder in de bijstand woont, zodat het niet op straat belandt.",
                "Moeder in de bijstand wordt gekort omdat haar volwassen zoon na een opname weer thuis woont; hij "
                        + "overweegt te vertrekken zonder andere woonplek.",
                List.of("szw"), Set.of("thema", "geprobeerd", "situatie"), Status.INGEDIEND, null, null, null));

        Instant u2 = dagen(nu, 110);
        l.add(zaak("utrecht/geen-adres-geen-uitkering", u2, "utrecht-regisseur", "briefadres",
                new Regel("Geen uitkering zonder (brief)adres in de BRP", "Wet basisregistratie personen",
                        "art. 2.39"),
                "Een briefadres bij het buurtteam aangevraagd; geweigerd omdat de inwoner niet aantoonbaar in "
                        + "Utrecht verblijft. Zonder adres stopt de uitkering, zonder inkomen komt er geen huis.",
                "Een briefadres bij een maatschappelijke organisatie toestaan op verklaring van het buurtteam, en "
                        + "de uitkering laten doorlopen tot de inschrijving rond is.",
                "Alleenstaande man verloor zijn woning na een scheiding en slaapt bij wisselende kennissen.",
                List.of("bzk", "szw"), Set.of("thema", "geprobeerd", "organisaties"), Status.UITKOMST,
                overleg(u2, 2, 6, List.of("bzk", "szw"), "Overleg met BZK (BRP) en SZW (Participatiewet).",
                        "rijk-szw"),
                uitkomst(u2, 15, Soort.DOORBRAAK, "BZK bevestigt dat een briefadres op verklaring van het "
                        + "buurtteam mag; SZW: de uitkering loopt door op dat briefadres.", null,
                        List.of("Briefadres bij het buurtteam binnen een week", "Uitkering loopt door zonder "
                                + "onderbreking", "BZK neemt de casus mee in de handreiking briefadressen"),
                        18_000, "rijk-szw"),
                null));

        Instant u3 = dagen(nu, 20);
        l.add(zaak("utrecht/tozo-terugvordering", u3, "utrecht-regisseur", "inkomen",
                new Regel("Terugvordering Tozo na de definitieve inkomenstoets",
                        "Besluit Tijdelijke overbruggingsregeling zelfstandig ondernemers", null),
                "Een renteloze regeling op draagkracht met 24 maanden uitstel, binnen de eigen beleidsregel "
                        + "invordering; kwijtschelding van het restant kan de gemeente niet alleen.",
                "Ruimte om een Tozo-vordering die een levensvatbare onderneming doet omvallen gedeeltelijk kwijt te "
                        + "schelden.",
                "Zzp'er in de creatieve sector moet ruim 6000 euro Tozo terugbetalen terwijl de opdrachten nog niet "
                        + "terug zijn.",
                List.of("szw"), Set.of("thema"), Status.OVERLEG_GEPLAND,
                overleg(u3, 3, 24, List.of("szw"), "Rode-knopoverleg met SZW, directie Bijstand en Tozo.",
                        "rijk-szw"),
                null, null));

        // ---------------------------------------------------------------- Leeuwarden
        Instant l1 = dagen(nu, 8);
        l.add(zaak("leeuwarden/statushouder-duo", l1, "leeuwarden-regisseur", "studiefinanciering",
                new Regel("Aflossing van inburgeringslening en studieschuld naast elkaar",
                        "Wet inburgering 2021 en Wet studiefinanciering 2000", null),
                "DUO om een betalingsregeling gevraagd; beide leningen worden los getoetst en samen is het meer "
                        + "dan het inkomen net boven bijstandsniveau aankan.",
                "Laat DUO beide leningen samen op draagkracht toetsen, zodat de aflossing niet onder de beslagvrije "
                        + "voet zakt.",
                "Statushouder met een parttime baan; de aflossing van twee leningen begint tegelijk.",
                List.of("ocw-duo"), Set.of("thema", "geprobeerd"), Status.OVERLEG_GEPLAND,
                overleg(l1, 2, 14, List.of("ocw-duo"), "Overleg met het maatwerkteam van DUO.", "DUO maatwerkteam"),
                null, null));

        Instant l2 = dagen(nu, 3);
        l.add(zaak("leeuwarden/mantelzorger-sollicitatieplicht", l2, "leeuwarden-regisseur", "werk",
                new Regel("Arbeidsverplichtingen in de bijstand", "Participatiewet", "art. 9"),
                "Een tijdelijke ontheffing van de arbeidsverplichtingen gevraagd; geweigerd omdat mantelzorg geen "
                        + "dringende reden in de verordening is.",
                "Laat de gemeente de landelijke sollicitatieplicht voor mantelzorgers omwisselen voor een lokale "
                        + "afspraak: de zorg telt als tegenprestatie, met een jaarlijks gesprek over werk.",
                "Vrouw in de bijstand zorgt dagelijks voor haar zieke moeder; de sollicitatieplicht botst met de zorg.",
                List.of("szw"), Set.of("thema", "geprobeerd", "situatie", "organisaties"), Status.UITKOMST,
                overleg(l2, 0, 1, List.of("szw"), "Snel overleg: de ontheffing verloopt deze maand.", "rijk-szw"),
                uitkomst(l2, 2, Soort.OMWISSELBESLUIT, "Omwisselbesluit: Leeuwarden vervangt voor mantelzorgers in de "
                        + "bijstand de sollicitatieplicht door de lokale afspraak; SZW volgt het als pilot.", null,
                        List.of("Lokale afspraak in de verordening voor één jaar", "Jaarlijks gesprek over werk in "
                                + "plaats van sollicitatieplicht", "SZW neemt de uitkomst mee in de evaluatie van de "
                                + "Participatiewet"),
                        null, "rijk-szw"),
                null));

        Instant l3 = dagen(nu, 44);
        Uitkomst l3uitkomst = uitkomst(l3, 9, Soort.DOORBRAAK, "CJIB en DUO stemmen hun invordering af via de "
                + "gemeente: samen nooit onder de beslagvrije voet.", null,
                List.of("CJIB zet de invordering stil zolang schuldhulp loopt", "DUO zet de aflossing op nul op "
                        + "draagkracht", "Eén aanspreekpunt bij de gemeente voor beide"),
                2_400, "J&V/CJIB");
        l.add(zaak("leeuwarden/cjib-en-duo", l3, "leeuwarden-regisseur", "schulden",
                new Regel("Invordering door CJIB en DUO los van elkaar", "Wet administratiefrechtelijke handhaving "
                        + "verkeersvoorschriften en Wet studiefinanciering 2000", null),
                "Aan tafel stilgezet voor deze inwoner; het probleem komt bij elke gestapelde schuld terug.",
                "Een vaste afspraak dat CJIB en DUO hun invordering onderling afstemmen als een gemeente dat vraagt.",
                "Alleenstaande ouder met verhoogde verkeersboetes en een studieschuld.",
                List.of("jenv-cjib", "ocw-duo"), Set.of("thema", "geprobeerd", "organisaties"), Status.AFGEROND,
                overleg(l3, 2, 7, List.of("jenv-cjib", "ocw-duo"), "Overleg met CJIB en DUO samen.", "J&V/CJIB"),
                l3uitkomst,
                new FollowUp(l3uitkomst.vastgelegd().atZone(RodeKnopService.ZONE).toLocalDate()
                        .plusDays(FOLLOW_UP_DAGEN), false, dagen(nu, 4), "leeuwarden-regisseur", true,
                        "Eerder dan gepland vastgelegd: de invordering staat stil, schuldhulp loopt en de afspraak "
                                + "tussen CJIB en DUO werkt ook voor twee andere casussen.")));

        // ---------------------------------------------------------------- Eindhoven
        Instant e1 = dagen(nu, 50);
        l.add(zaak("eindhoven/toeslagen-belastingdienst", e1, "eindhoven-regisseur", "toeslagen",
                new Regel("Terugvordering kinderopvangtoeslag ineens", "Algemene wet inkomensafhankelijke regelingen",
                        "art. 26"),
                "Bijzondere bijstand voor de vaste lasten toegekend; de gemeente kan de terugvordering niet "
                        + "opschorten en de directie Sociaal Domein kon het niet oplossen.",
                "Schort de terugvordering op en stem haar af op wat het gezin kan dragen, zodat het gezin bij elkaar "
                        + "blijft.",
                "Gezin met meervoudige problemen; de terugvordering zet alles onder druk.",
                List.of("fin-toeslagen", "szw"), Set.of("thema", "geprobeerd"), Status.UITKOMST,
                overleg(e1, 1, 5, List.of("fin-toeslagen", "szw"), "Overleg met Toeslagen maatwerk en SZW.",
                        "rijk-szw"),
                uitkomst(e1, 8, Soort.DOORBRAAK, "Toeslagen schort de terugvordering op en zet haar om in een "
                        + "regeling op draagkracht (hardheidsclausule).", null,
                        List.of("Terugvordering een jaar opgeschort", "Daarna een regeling op draagkracht",
                                "Gemeente stopt de bijzondere bijstand voor de vaste lasten"),
                        35_000, "Fin/Toeslagen"),
                null));

        Instant e2 = dagen(nu, 9);
        l.add(zaak("eindhoven/cjib-rijbewijs", e2, "eindhoven-regisseur", "boetes",
                new Regel("Inneming van het rijbewijs bij onbetaalde verkeersboetes",
                        "Wet administratiefrechtelijke handhaving verkeersvoorschriften", null),
                "Een betalingsregeling via het CJIB; de inneming blijft staan en zonder rijbewijs geen werk om de "
                        + "regeling te betalen.",
                "Geef het rijbewijs terug zolang de betalingsregeling wordt nagekomen.",
                "Inwoner verloor zijn werk als bezorger toen het rijbewijs werd ingenomen.",
                List.of("jenv-cjib"), Set.of("thema", "situatie"), Status.UITKOMST,
                overleg(e2, 1, 3, List.of("jenv-cjib"), "Overleg met CJIB maatschappelijk verantwoord innen.",
                        "J&V/CJIB"),
                uitkomst(e2, 5, Soort.GEEN_OPLOSSING, "Het CJIB kan de inneming niet terugdraaien.",
                        "De inneming is een dwangmiddel waarvoor de kantonrechter machtiging gaf; het CJIB kan het "
                                + "niet zelf opheffen zolang de boetes openstaan.",
                        List.of("CJIB bundelt de boetes in één betalingsregeling", "Signaal over de wet naar J&V"),
                        null, "J&V/CJIB"),
                null));

        Instant e3 = dagen(nu, 5);
        l.add(zaak("eindhoven/flexwerk-toeslagen", e3, "eindhoven-regisseur", "toeslagen",
                new Regel("Voorschot toeslagen op een geschat jaarinkomen", "Algemene wet inkomensafhankelijke "
                        + "regelingen", "art. 16"),
                "Het voorschot elke maand bijgesteld; bij wisselende uren loopt de terugvordering toch steeds op.",
                "Sta toe dat het voorschot bij wisselend flexinkomen per kwartaal op het werkelijke inkomen wordt "
                        + "gebaseerd.",
                "Alleenstaande vader met wisselende uren via een uitzendbureau.",
                List.of("fin-toeslagen"), Set.of("thema", "situatie"), Status.INGEDIEND, null, null, null));
        return l;
    }

    private static Instant dagen(Instant nu, int geleden) {
        return nu.minus(Duration.ofDays(geleden));
    }

    private static Zaak zaak(String sleutel, Instant ingediend, String door, String thema, Regel regel,
            String geprobeerd, String vraag, String situatie, List<String> partijen, Set<String> delen, Status status,
            Overleg overleg, Uitkomst uitkomst, FollowUp followUp) {
        String gemeente = sleutel.substring(0, sleutel.indexOf('/'));
        FollowUp f = followUp != null || uitkomst == null ? followUp
                : new FollowUp(uitkomst.vastgelegd().atZone(RodeKnopService.ZONE).toLocalDate()
                        .plusDays(FOLLOW_UP_DAGEN), false, null, null, null, null);
        return new Zaak(zaakId(sleutel), gemeente, casusId(sleutel), null, null, ingediend, door, null, thema, regel,
                geprobeerd, vraag, situatie, List.of(), partijen, delen, status, overleg, uitkomst, f, 0);
    }

    /** Gepland {@code gepland} dagen na de knop, op de datum {@code datum} dagen na de knop. */
    private static Overleg overleg(Instant knop, int gepland, int datum, List<String> partijen, String toelichting,
            String door) {
        return new Overleg(LocalDate.ofInstant(knop.plus(Duration.ofDays(datum)), RodeKnopService.ZONE), partijen,
                toelichting, knop.plus(Duration.ofDays(gepland)), door);
    }

    /** Vastgelegd {@code na} dagen na de knop. */
    private static Uitkomst uitkomst(Instant knop, int na, Soort soort, String toelichting, String reden,
            List<String> afspraken, Number besparing, String door) {
        return new Uitkomst(soort, toelichting, reden, afspraken, besparing, knop.plus(Duration.ofDays(na)), door);
    }
}
