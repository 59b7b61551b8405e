package nl.doorbraak.core.privacy;

import java.util.List;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.toegang.Aanroeper;
import nl.doorbraak.core.toegang.Aanroepers;
import nl.doorbraak.core.toegang.Toegangsregels;

/**
 * The door to the verwerkingenlog for every bundle: writing goes straight to the journal; the report per inwoner
 * only for a gemeentebeheerder of that gemeente, and reading it is itself a verwerking. The work is
 * {@link VerwerkingenLogImpl}'s.
 */
@Component(service = VerwerkingenLog.class, scope = ServiceScope.BUNDLE)
public final class VerwerkingenLogServiceImpl implements VerwerkingenLog {

    static final String OBJECT_RAPPORT = "verwerkingenrapport";
    static final String DOEL_RAPPORT = "Verzoek van de inwoner om inzage (AVG art. 15)";

    private final VerwerkingenLogImpl log;
    private final VerwerkingenSchrijver schrijver;
    private final GemeenteService gemeenten;
    private final Aanroeper aanroeper;

    @Activate
    public VerwerkingenLogServiceImpl(@Reference(name = "log") VerwerkingenLogImpl log,
            @Reference(name = "gemeenten") GemeenteService gemeenten,
            @Reference(name = "aanroepers") Aanroepers aanroepers, ComponentContext context) {
        this(log, log, gemeenten, aanroepers.van(context.getUsingBundle()));
    }

    /** @param schrijver where the report's own line goes (a test shows that no report is served without it) */
    public VerwerkingenLogServiceImpl(VerwerkingenLogImpl log, VerwerkingenSchrijver schrijver,
            GemeenteService gemeenten, Aanroeper aanroeper) {
        this.log = log;
        this.schrijver = schrijver;
        this.gemeenten = gemeenten;
        this.aanroeper = aanroeper;
    }

    @Override
    public void leg(List<NieuweVerwerking> verwerkingen) {
        schrijver.leg(verwerkingen, aanroeper.via());
    }

    @Override
    public List<Verwerking> vanInwoner(Namens namens, String gemeente, String pseudoniem) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker g = Toegangsregels.gebruiker(namens, aanroeper);
        Toegangsregels.gemeente(g, gemeenten, gemeente);
        if (!g.isSysteem() && !g.heeft(Rol.GEMEENTEBEHEERDER)) {
            throw new GeenToegangException("Uw rol geeft geen toegang tot het verwerkingenrapport.");
        }
        if (!aanroeper.mag(Recht.CASUSSEN_ALLE)) {
            // the report covers the casussen of every variant
            throw new GeenToegangException("Deze plug-in heeft het recht 'casussen.alle' niet; het "
                    + "verwerkingenrapport gaat over casussen van alle varianten.");
        }
        List<Verwerking> regels = log.vanInwoner(gemeente, pseudoniem);
        // before the caller gets the report: without this line, no report
        schrijver.leg(List.of(new NieuweVerwerking(gemeente, null, pseudoniem, Verwerking.LEZEN, OBJECT_RAPPORT,
                g.gebruikersnaam(), Toegangsregels.rollen(g), namens.doelOf(DOEL_RAPPORT), null)), aanroeper.via());
        return regels;
    }
}
