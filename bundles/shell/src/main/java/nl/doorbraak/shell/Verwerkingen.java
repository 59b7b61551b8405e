package nl.doorbraak.shell;

import java.util.Collection;
import java.util.List;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.NieuweVerwerking;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.service.VerwerkingenLog;
import nl.doorbraak.api.toegang.Rol;

/**
 * Legt vast dat de shell gegevens over casussen las, vóór ze op het scherm komen: lukt het vastleggen niet, dan
 * toont het commando niets. De shell handelt als {@code gogo-shell} met de rol platformbeheerder (zie
 * {@link GebruikerCommands#SHELL}). Eén plek, zodat het naar de core kan zodra die elke inzage zelf vastlegt.
 */
final class Verwerkingen {

    private Verwerkingen() {
    }

    /** Eén regel per casus, in het rapport van zijn inwoner. */
    static void gelezen(VerwerkingenLog log, String object, String doel, Collection<Casus> casussen) {
        if (casussen.isEmpty()) {
            return;
        }
        String rol = GebruikerCommands.SHELL.rollen().stream().map(Rol::code).sorted()
                .collect(java.util.stream.Collectors.joining(","));
        List<NieuweVerwerking> regels = casussen.stream().map(c -> new NieuweVerwerking(c.gemeente(), c.id(),
                c.inwoner() == null ? null : c.inwoner().pseudoniem(), Verwerking.LEZEN, object,
                GebruikerCommands.SHELL.gebruikersnaam(), rol, doel, null)).toList();
        log.leg(regels);
    }
}
