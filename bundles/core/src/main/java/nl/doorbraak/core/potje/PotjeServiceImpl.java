package nl.doorbraak.core.potje;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuwPotje;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.PotjeService;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.besluit.BesluitKern;
import nl.doorbraak.core.casus.CasusKern;
import nl.doorbraak.core.casus.Casustoegang;
import nl.doorbraak.core.privacy.VerwerkingenLogImpl;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Toegangsregels;
import nl.doorbraak.core.variant.VariantVolger;

/**
 * The door to the potjes for every bundle: gemeentebeheerder, casusregisseur and tafellid see them, the
 * gemeentebeheerder manages them; an uitgave is done by who may see the casus of its besluit. The omschrijving of an
 * uitgave is casus content: only who may see the casus of its besluit reads it, and that read is recorded (object
 * uitgave, one line per casus). Bundle scope, as {@link nl.doorbraak.core.casus.CasusServiceImpl}; the work is
 * {@link PotjeKern}'s.
 */
@Component(service = PotjeService.class, scope = ServiceScope.BUNDLE)
public final class PotjeServiceImpl implements PotjeService {

    static final String OBJECT = "uitgave";
    static final String DOEL_LEZEN = "Uitgaven uit het potje bekijken";
    static final String DOEL_UITGAVE = "Uitgave uit het potje vastleggen";
    static final Set<Rol> LEZERS = Set.of(Rol.GEMEENTEBEHEERDER, Rol.CASUSREGISSEUR, Rol.TAFELLID);
    static final Set<Rol> BEHEERDERS = Set.of(Rol.GEMEENTEBEHEERDER);

    private final PotjeKern kern;
    private final BesluitKern besluiten;
    private final Casustoegang toegang;

    @Activate
    public PotjeServiceImpl(@Reference(name = "kern") PotjeKern kern,
            @Reference(name = "besluiten") BesluitKern besluiten,
            @Reference(name = "casussen") CasusKern casussen,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "varianten") VariantVolger varianten,
            @Reference(name = "verwerkingen") VerwerkingenLogImpl verwerkingen,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(kern, besluiten, new Casustoegang(casussen, gemeenten, varianten, verwerkingen,
                aanroepers.van(context.getUsingBundle())));
    }

    public PotjeServiceImpl(PotjeKern kern, BesluitKern besluiten, Casustoegang toegang) {
        this.kern = kern;
        this.besluiten = besluiten;
        this.toegang = toegang;
    }

    @Override
    public List<Potje> lijst(Namens namens, String gemeente) {
        lezer(namens, gemeente);
        return kern.lijst(gemeente);
    }

    @Override
    public Optional<Potje> zoek(Namens namens, String gemeente, String id) {
        lezer(namens, gemeente);
        return kern.zoek(gemeente, id);
    }

    @Override
    public Potje maak(Namens namens, String gemeente, NieuwPotje potje) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        rol(g, BEHEERDERS, "het beheer van potjes");
        return kern.maak(gemeente, potje, g.gebruikersnaam());
    }

    @Override
    public PotjeMutatie stort(Namens namens, String gemeente, String potjeId, BigDecimal bedrag,
            String omschrijving) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        rol(g, BEHEERDERS, "stortingen in potjes");
        return kern.stort(gemeente, potjeId, bedrag, omschrijving, g.gebruikersnaam());
    }

    @Override
    public PotjeMutatie neemUit(Namens namens, String gemeente, String potjeId, String besluitId, BigDecimal bedrag,
            String omschrijving) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        Toegangsregels.casusbereik(g);
        Casus c = null;
        if (besluitId != null && !besluitId.isBlank()) {
            // a besluit about a casus this user (and a plug-in: its own variant) may not see does not exist for him
            c = besluiten.zoek(gemeente, besluitId)
                    .flatMap(b -> toegang.zichtbaar(g, gemeente, b.casusId(), true))
                    .orElseThrow(() -> new OngeldigeInvoerException("Onbekend besluit.", List.of(new VeldFout(
                            "besluitId", "onbekend", "Besluit '" + besluitId + "' bestaat niet in deze gemeente."))));
        }
        PotjeMutatie m = kern.neemUit(gemeente, potjeId, besluitId, bedrag, omschrijving, g.gebruikersnaam());
        if (c != null) {
            toegang.leg(namens, g, c, Verwerking.WIJZIGEN, OBJECT, DOEL_UITGAVE);
        }
        return m;
    }

    @Override
    public Optional<PotjeMutatie> mutatie(Namens namens, String gemeente, String potjeId, long volgnummer) {
        Gebruiker g = lezer(namens, gemeente);
        return kern.mutatie(gemeente, potjeId, volgnummer)
                .map(m -> voorLezer(namens, g, gemeente, List.of(m)).get(0));
    }

    @Override
    public Pagina<PotjeMutatie> historie(Namens namens, String gemeente, String potjeId, int page, int pageSize) {
        Gebruiker g = lezer(namens, gemeente);
        Pagina<PotjeMutatie> p = kern.historie(gemeente, potjeId, page, pageSize);
        return new Pagina<>(p.count(), p.page(), p.pageSize(), voorLezer(namens, g, gemeente, p.results()));
    }

    private Gebruiker lezer(Namens namens, String gemeente) {
        Gebruiker g = toegang.gebruiker(namens, gemeente);
        rol(g, LEZERS, "de potjes");
        return g;
    }

    private static void rol(Gebruiker g, Set<Rol> rollen, String wat) {
        if (!g.isSysteem() && rollen.stream().noneMatch(g::heeft)) {
            throw new GeenToegangException("Uw rol geeft geen toegang tot " + wat + ".");
        }
    }

    /**
     * The mutaties as this user may see them: the omschrijving of an uitgave only if he may see the casus of its
     * besluit (casusregisseur: all; tafellid: his tafels'; a plug-in also needs casussen.alle for other variants),
     * else {@code null}; amount, saldo, date, who and besluit stay. The read is recorded before the data is returned.
     */
    private List<PotjeMutatie> voorLezer(Namens namens, Gebruiker g, String gemeente, List<PotjeMutatie> mutaties) {
        boolean casuslezer = g.isSysteem() || g.heeft(Rol.CASUSREGISSEUR) || g.heeft(Rol.TAFELLID);
        Map<String, Optional<Casus>> perBesluit = new HashMap<>();
        Set<Casus> gelezen = new LinkedHashSet<>();
        List<PotjeMutatie> uit = new ArrayList<>(mutaties.size());
        for (PotjeMutatie m : mutaties) {
            if (!PotjeMutatie.UITGAVE.equals(m.soort()) || m.omschrijving() == null || m.omschrijving().isEmpty()) {
                uit.add(m);
                continue;
            }
            Optional<Casus> casus = !casuslezer || m.besluitId() == null ? Optional.empty()
                    : perBesluit.computeIfAbsent(m.besluitId(), id -> besluiten.zoek(gemeente, id)
                            .map(Besluit::casusId).flatMap(c -> toegang.zichtbaar(g, gemeente, c, false)));
            if (casus.isPresent()) {
                gelezen.add(casus.get());
                uit.add(m);
            } else {
                uit.add(new PotjeMutatie(m.potjeId(), m.volgnummer(), m.soort(), m.bedrag(), m.saldoNa(),
                        m.besluitId(), null, m.op(), m.door()));
            }
        }
        toegang.leg(namens, g, gelezen, Verwerking.LEZEN, OBJECT, DOEL_LEZEN);
        return uit;
    }
}
