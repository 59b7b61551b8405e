package nl.doorbraak.core.casus;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusFilter;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.CasusWijziging;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.NieuweCasus;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.DoorbraakEvents;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.PluginFoutException;
import nl.doorbraak.api.service.VariantNietBeschikbaarException;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.variant.TafelVariant;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.db.CoreInstellingen;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Json;
import nl.doorbraak.core.platform.Tijd;
import nl.doorbraak.core.platform.Vereist;
import nl.doorbraak.core.tafel.TafelStore;
import nl.doorbraak.core.variant.PluginFout;
import nl.doorbraak.core.variant.Registratie;
import nl.doorbraak.core.variant.VariantGegevens;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * Casussen: intake, changes and status transitions, without asking who may: that is {@link CasusServiceImpl}'s
 * work, which every door (REST, shell, plug-ins) goes through. Core components that act on their own account (demo
 * data, retention, tests) use this directly.
 *
 * <p>Every write first checks everything (core fields, then the variant's fields and rules), then writes in one
 * transaction; the event and the plug-in's reaction follow the commit. A write needs the casus's variant and waits
 * for it briefly while it is being updated. Reads never wait: without the variant they serve the stored data as-is,
 * with a newer variant they serve the upgraded data.
 *
 * <p>A {@code reden} is required when closing a casus (it is final and starts the bewaartermijn); for the other
 * transitions it is optional.
 */
@Component(service = CasusKern.class)
public final class CasusKern {

    private static final Logger LOG = LoggerFactory.getLogger(CasusKern.class);
    static final int MAX_ORGANISATIES = 30;
    static final String REDEN_INTAKE = "Aanmelding";

    private final Database db;
    private final VariantVolger varianten;
    private final GemeenteService gemeenten;
    private final CasusOvergangen overgangen;
    private final CasusStore store = new CasusStore(new Json());
    private final CasusCache cache = new CasusCache();
    private final AuditStore audit = new AuditStore();
    private final TafelStore tafels = new TafelStore();

    @Activate
    public CasusKern(@Reference(name = "database") Database db,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "overgangen") CasusOvergangen overgangen) {
        this.db = db;
        this.varianten = varianten;
        this.gemeenten = gemeenten;
        this.overgangen = overgangen;
    }

    // ---------------------------------------------------------------- reads

    public Pagina<Casus> lijst(String gemeente, CasusFilter filter, int page, int pageSize) {
        Invoer.controleerPagina(page, pageSize);
        Pagina<OpgeslagenCasus> p = db.lees(c -> store.lijst(c, gemeente, filter, page, pageSize));
        return new Pagina<>(p.count(), p.page(), p.pageSize(), p.results().stream().map(this::alsCasus).toList());
    }

    public Optional<Casus> zoek(String gemeente, String id) {
        if (gemeente == null || id == null) {
            return Optional.empty();
        }
        return db.lees(c -> cache.zoek(c, store, gemeente, id)).map(this::alsCasus);
    }

    /** The variant of a tafel of this gemeente, if the tafel exists. */
    Optional<String> variantVanTafel(String gemeente, String tafelId) {
        if (gemeente == null || tafelId == null) {
            return Optional.empty();
        }
        return db.lees(c -> tafels.zoek(c, gemeente, tafelId)).map(Tafel::variant);
    }

    Casus alsCasus(OpgeslagenCasus k) {
        return overgangen.alsCasus(k);
    }

    // ---------------------------------------------------------------- intake

    public Casus maak(String gemeente, NieuweCasus in, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        if (in == null) {
            invoer.fout("tafelId", Invoer.VERPLICHT, "Tafel is verplicht.").controleer();
        }
        String tafelId = invoer.verplicht("tafelId", "Tafel", in.tafelId(), 36);
        String titel = invoer.vrijVerplicht("titel", "Titel", in.titel(), 200);
        String hulpvraag = invoer.vrijVerplicht("hulpvraag", "Hulpvraag", in.hulpvraag(), 4000);
        String thema = invoer.optioneel("thema", "Thema", in.thema(), 100);
        Inwoner inwoner = inwoner(invoer, in.inwoner(), null);
        List<String> organisaties = organisaties(invoer, in.betrokkenOrganisaties());
        Map<String, Object> data = VariantGegevens.invoer(in.variantData(), invoer);
        Tafel tafel = tafelId == null ? null : db.lees(c -> tafels.zoek(c, gemeente, tafelId)).orElse(null);
        if (tafelId != null && tafel == null) {
            invoer.fout("tafelId", Invoer.ONBEKEND, "Tafel '" + tafelId + "' bestaat niet in deze gemeente.");
        }
        if (tafel == null || invoer.heeftFouten() && varianten.huidige(tafel.variant()).isEmpty()) {
            // do not make the user wait for a variant only to hear the input was wrong anyway
            invoer.controleer();
        }
        String variant = tafel.variant();
        Registratie r = metVariant(variant, 0, reg -> {
            if (data != null) {
                Invoer eigen = new Invoer();
                VariantGegevens.controleer(reg, data, eigen);
                invoer.alle(eigen.fouten());
            }
            return reg;
        });
        invoer.controleer();

        Instant nu = Tijd.nu();
        OpgeslagenCasus k = db.inTransactie(c -> {
            OpgeslagenCasus nieuw = new OpgeslagenCasus(UUID.randomUUID().toString(), gemeente, tafel.id(), variant,
                    titel, hulpvraag, uniekPseudoniem(c, gemeente), inwoner.initialen(), thema, CasusStatus.AANGEMELD,
                    List.of(new StatusWijziging(null, CasusStatus.AANGEMELD, door, nu, REDEN_INTAKE)), organisaties,
                    data, r.schemaVersie(), 1, nu, nu, null, null);
            store.voegToe(c, nieuw);
            db.gemaakt(c, "casus", nieuw.id());
            audit.schrijf(c, gemeente, nieuw.id(), "casus", nieuw.id(), "aangemaakt", door, new Wijzigingen()
                    .nieuw("tafelId", nieuw.tafelId()).nieuw("titel", nieuw.titel())
                    .nieuw("hulpvraag", nieuw.hulpvraag()).nieuw("inwoner.pseudoniem", nieuw.pseudoniem())
                    .nieuw("inwoner.initialen", nieuw.initialen()).nieuw("thema", nieuw.thema())
                    .nieuw("status", nieuw.status().code()).nieuw("betrokkenOrganisaties", nieuw.organisaties())
                    .map("variantData", null, nieuw.data()).lijst());
            return nieuw;
        });
        Casus casus = CasusOvergangen.casus(k, k.data(), k.schemaVersie());
        meld(DoorbraakEvents.CASUS_AANGEMAAKT, casus, door, null);
        reageer(variant, v -> v.bijIntake(casus), "bijIntake");
        return casus;
    }

    // ---------------------------------------------------------------- changes

    public Casus wijzig(String gemeente, String id, long verwachteVersie, CasusWijziging w, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        CasusWijziging wijziging = w == null ? new CasusWijziging(null, null, null, null, null, null) : w;
        Invoer invoer = new Invoer();
        String titel = wijziging.titel() == null ? null
                : invoer.vrijVerplicht("titel", "Titel", wijziging.titel(), 200);
        String hulpvraag = wijziging.hulpvraag() == null ? null
                : invoer.vrijVerplicht("hulpvraag", "Hulpvraag", wijziging.hulpvraag(), 4000);
        String thema = wijziging.thema() == null ? null : invoer.optioneel("thema", "Thema", wijziging.thema(), 100);
        List<String> organisaties = wijziging.betrokkenOrganisaties() == null ? null
                : organisaties(invoer, wijziging.betrokkenOrganisaties());
        Map<String, Object> dataWijziging = wijziging.variantData() == null ? null
                : VariantGegevens.invoer(wijziging.variantData(), invoer);

        OpgeslagenCasus huidig = lees(gemeente, id);
        if (huidig.versie() != verwachteVersie) {
            throw verouderd(huidig.versie(), verwachteVersie);
        }
        Inwoner inwoner = wijziging.inwoner() == null ? new Inwoner(huidig.pseudoniem(), huidig.initialen())
                : inwoner(invoer, wijziging.inwoner(), huidig);
        if (invoer.heeftFouten() && varianten.huidige(huidig.variant()).isEmpty()) {
            invoer.controleer();
        }
        Object[] resultaat = metVariant(huidig.variant(), huidig.schemaVersie(), reg -> {
            Map<String, Object> data = VariantGegevens.upgrade(reg, huidig.schemaVersie(), huidig.data());
            Map<String, Object> oudBijgewerkt = data;
            if (dataWijziging != null) {
                // merge: given keys replace, a key set to null is removed
                Map<String, Object> samen = new LinkedHashMap<>(data);
                dataWijziging.forEach((k, v) -> {
                    if (v == null) {
                        samen.remove(k);
                    } else {
                        samen.put(k, v);
                    }
                });
                Invoer eigen = new Invoer();
                VariantGegevens.controleer(reg, samen, eigen);
                invoer.alle(eigen.fouten());
                data = samen;
            }
            return new Object[] { reg, data, oudBijgewerkt };
        });
        invoer.controleer();
        Registratie r = (Registratie) resultaat[0];
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) resultaat[1];
        @SuppressWarnings("unchecked")
        Map<String, Object> oudeData = (Map<String, Object>) resultaat[2];

        OpgeslagenCasus nieuw = new OpgeslagenCasus(huidig.id(), gemeente, huidig.tafelId(), huidig.variant(),
                titel != null ? titel : huidig.titel(), hulpvraag != null ? hulpvraag : huidig.hulpvraag(),
                inwoner.pseudoniem(), inwoner.initialen(), wijziging.thema() != null ? thema : huidig.thema(),
                huidig.status(), huidig.historie(), organisaties != null ? organisaties : huidig.organisaties(), data,
                r.schemaVersie(), huidig.versie() + 1, huidig.aangemaakt(), Tijd.nu(), huidig.afgesloten(),
                huidig.resultaat());
        db.inTransactie(c -> {
            if (!store.werkBij(c, nieuw, verwachteVersie)) {
                throw verdwenenOfVerouderd(c, id, verwachteVersie);
            }
            audit.schrijf(c, gemeente, id, "casus", id, "gewijzigd", door, new Wijzigingen()
                    .veld("titel", huidig.titel(), nieuw.titel()).veld("hulpvraag", huidig.hulpvraag(), nieuw.hulpvraag())
                    .veld("inwoner.pseudoniem", huidig.pseudoniem(), nieuw.pseudoniem())
                    .veld("inwoner.initialen", huidig.initialen(), nieuw.initialen())
                    .veld("thema", huidig.thema(), nieuw.thema())
                    .veld("betrokkenOrganisaties", huidig.organisaties(), nieuw.organisaties())
                    .map("variantData", oudeData, nieuw.data()).lijst());
            return null;
        });
        Casus casus = CasusOvergangen.casus(nieuw, nieuw.data(), nieuw.schemaVersie());
        meld(DoorbraakEvents.CASUS_GEWIJZIGD, casus, door, null);
        return casus;
    }

    public Casus wijzigStatus(String gemeente, String id, Long verwachteVersie, CasusStatus naar, String reden,
            Resultaat resultaat, String door) {
        return wijzigStatus(gemeente, id, verwachteVersie, naar, reden, resultaat, false, door);
    }

    public Casus wijzigStatus(String gemeente, String id, Long verwachteVersie, CasusStatus naar, String reden,
            Resultaat resultaat, boolean ondanksOpenstaand, String door) {
        Vereist.gemeente(gemeenten, gemeente);
        Vereist.door(door);
        Invoer invoer = new Invoer();
        if (naar == null) {
            invoer.fout("status", Invoer.VERPLICHT, "De nieuwe status is verplicht.").controleer();
        }
        String schoneReden = invoer.vrijOptioneel("reden", "Reden", reden, 1000);
        invoer.controleer();

        OpgeslagenCasus huidig = lees(gemeente, id);
        if (verwachteVersie != null && huidig.versie() != verwachteVersie) {
            throw verouderd(huidig.versie(), verwachteVersie);
        }
        if (!huidig.status().magNaar(naar)) {
            throw new ConflictException(CasusOvergangen.overgangNietToegestaan(huidig.status(), naar));
        }
        if (naar == CasusStatus.AFGESLOTEN) {
            if (schoneReden == null) {
                invoer.fout("reden", Invoer.VERPLICHT, "Geef een reden om de casus af te sluiten.");
            }
            if (resultaat == null) {
                invoer.fout("resultaat", Invoer.VERPLICHT, "Geef het resultaat bij afsluiten: "
                        + Arrays.stream(Resultaat.values()).map(Resultaat::code).collect(Collectors.joining(", "))
                        + ".");
            }
        } else if (resultaat != null) {
            invoer.fout("resultaat", Invoer.WAARDE, "Een resultaat hoort alleen bij afsluiten.");
        }
        if (ondanksOpenstaand && (naar != CasusStatus.AFGESLOTEN || resultaat != Resultaat.DOORBRAAK)) {
            invoer.fout("ondanksOpenstaand", Invoer.WAARDE, "Afsluiten ondanks openstaande escalaties of acties "
                    + "hoort alleen bij afsluiten met resultaat 'doorbraak'.");
        }
        invoer.controleer();
        // a manual transition is a write of the casus: with the variant present, its data is brought up to date
        Object[] resultaatVariant = metVariant(huidig.variant(), huidig.schemaVersie(),
                reg -> new Object[] { reg, VariantGegevens.upgrade(reg, huidig.schemaVersie(), huidig.data()) });
        Registratie r = (Registratie) resultaatVariant[0];
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) resultaatVariant[1];
        OpgeslagenCasus bijgewerkt = new OpgeslagenCasus(huidig.id(), gemeente, huidig.tafelId(), huidig.variant(),
                huidig.titel(), huidig.hulpvraag(), huidig.pseudoniem(), huidig.initialen(), huidig.thema(),
                huidig.status(), huidig.historie(), huidig.organisaties(), data, r.schemaVersie(), huidig.versie(),
                huidig.aangemaakt(), huidig.gewijzigd(), huidig.afgesloten(), huidig.resultaat());

        CasusOvergangen.Overgang o = db.inTransactie(c -> {
            // escalating and adding acties take the same lock: nothing opens between the check and the commit
            CasusStore.vergrendel(c, gemeente, id);
            List<String> ondanks = overgangen.controleer(c, bijgewerkt, naar, resultaat, ondanksOpenstaand, door);
            return overgangen.voerUit(c, bijgewerkt, naar, schoneReden, resultaat, door, ondanks);
        });
        return overgangen.meld(o);
    }

    // ---------------------------------------------------------------- helpers

    private OpgeslagenCasus lees(String gemeente, String id) {
        if (id == null) {
            throw nietGevonden(id);
        }
        return db.lees(c -> store.zoek(c, gemeente, id)).orElseThrow(() -> nietGevonden(id));
    }

    private static NietGevondenException nietGevonden(String id) {
        return new NietGevondenException("Casus '" + id + "' bestaat niet.");
    }

    private static ConflictException verouderd(long huidig, long verwacht) {
        return new ConflictException("De casus is intussen door een ander gewijzigd (nu versie " + huidig
                + ", u had versie " + verwacht + "). Haal de casus opnieuw op en probeer het nog eens.");
    }

    private RuntimeException verdwenenOfVerouderd(Connection c, String id, long verwacht) throws SQLException {
        if (store.isGewist(c, id)) {
            // new personal data in a purged casus would outlive its bewaartermijn
            return new ConflictException("De persoonsgegevens van deze casus zijn gewist na de bewaartermijn; hij kan "
                    + "niet meer worden gewijzigd.");
        }
        return store.bestaat(c, id) ? new ConflictException("De casus is zojuist door een ander gewijzigd (u had versie "
                + verwacht + "). Haal de casus opnieuw op en probeer het nog eens.") : nietGevonden(id);
    }

    /**
     * Runs plug-in work for a write with the installed variant, waiting for it if needed. If the plug-in fails while
     * it is being replaced, the work is retried once with the new one; otherwise the write fails without writing.
     */
    private <T> T metVariant(String variant, int minSchema, Function<Registratie, T> werk) {
        CoreInstellingen inst = db.instellingen();
        for (int poging = 1;; poging++) {
            Registratie r = varianten.wacht(variant, minSchema, inst.variantWachttijdMs(), inst.retryAfterSeconden());
            try {
                return werk.apply(r);
            } catch (PluginFout e) {
                if (poging == 1 && varianten.huidige(variant).orElse(null) != r) {
                    continue;
                }
                LOG.error("{}; de wijziging is niet uitgevoerd", Tekst.voorLog(e.getMessage()), e.getCause());
                throw new PluginFoutException(variant, e.getCause());
            }
        }
    }

    private void reageer(String variant, Consumer<TafelVariant> reactie, String wat) {
        overgangen.reageer(variant, reactie, wat);
    }

    private void meld(String topic, Casus k, String door, CasusStatus vorige) {
        overgangen.meld(topic, k, door, vorige);
    }

    /**
     * The platform assigns the pseudoniem at intake and never changes it: a client that chose it could file a casus
     * under another inwoner's verwerkingenrapport. A changed casus may carry its own pseudoniem back (GET, then PUT).
     */
    private static Inwoner inwoner(Invoer invoer, Inwoner in, OpgeslagenCasus huidig) {
        String initialen = in == null ? null
                : invoer.vrijOptioneel("inwoner.initialen", "Initialen", in.initialen(), 10);
        String gegeven = in == null || in.pseudoniem() == null || in.pseudoniem().isBlank() ? null
                : in.pseudoniem().strip();
        if (huidig == null) {
            if (gegeven != null) {
                invoer.fout("inwoner.pseudoniem", Invoer.ALLEEN_LEZEN, "Het pseudoniem kent het platform toe bij de "
                        + "aanmelding; laat inwoner.pseudoniem weg.");
            }
            return new Inwoner(null, initialen); // the pseudoniem follows in the transaction that stores the casus
        }
        if (gegeven != null && !gegeven.equals(huidig.pseudoniem())) {
            invoer.fout("inwoner.pseudoniem", Invoer.ALLEEN_LEZEN, "Het pseudoniem van de inwoner verandert niet; "
                    + "stuur het ongewijzigd terug of laat het weg.");
        }
        return new Inwoner(huidig.pseudoniem(), in.initialen() != null ? initialen : huidig.initialen());
    }

    static String nieuwPseudoniem() {
        return "INW-" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
    }

    /**
     * A pseudoniem no other casus of the gemeente has: the report per inwoner is found by it. Six hex digits give
     * 16.7 million; without this check, two of a few thousand casussen would share one sooner or later.
     */
    private String uniekPseudoniem(Connection c, String gemeente) throws SQLException {
        return uniekPseudoniem(c, gemeente, CasusKern::nieuwPseudoniem);
    }

    String uniekPseudoniem(Connection c, String gemeente, Supplier<String> kandidaten) throws SQLException {
        for (int poging = 0; poging < 20; poging++) {
            String p = kandidaten.get();
            if (!store.pseudoniemBestaat(c, gemeente, p)) {
                return p;
            }
        }
        throw new IllegalStateException("Geen vrij pseudoniem gevonden in gemeente " + Tekst.voorLog(gemeente));
    }

    private static List<String> organisaties(Invoer invoer, List<String> in) {
        List<String> schoon = new ArrayList<>();
        if (in == null) {
            return schoon;
        }
        if (in.size() > MAX_ORGANISATIES) {
            invoer.fout("betrokkenOrganisaties", Invoer.LENGTE,
                    "Hoogstens " + MAX_ORGANISATIES + " betrokken organisaties.");
            return schoon;
        }
        for (int i = 0; i < in.size(); i++) {
            String o = invoer.verplicht("betrokkenOrganisaties." + i, "Organisatie " + (i + 1), in.get(i), 200);
            if (o != null && !schoon.contains(o)) {
                schoon.add(o);
            }
        }
        return schoon;
    }
}
