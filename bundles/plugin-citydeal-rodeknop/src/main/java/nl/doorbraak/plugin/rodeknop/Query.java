package nl.doorbraak.plugin.rodeknop;

import java.util.Arrays;
import java.util.List;

import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.plugin.rodeknop.Zaak.Status;

/** Query-parameters van de routes. */
final class Query {

    private Query() {
    }

    static String waarde(Verzoek v, String naam) {
        List<String> w = v.queryParameters().get(naam);
        return w == null || w.isEmpty() || w.get(0).isBlank() ? null : w.get(0).trim();
    }

    /** {@code ?status=}: {@code null} als hij ontbreekt. */
    static Status status(Verzoek v) {
        String s = waarde(v, "status");
        if (s == null) {
            return null;
        }
        return Status.van(s).orElseThrow(() -> new OngeldigeInvoerException("Onbekende status.",
                List.of(new VeldFout("status", "keuze", "Status '" + s + "' bestaat niet; kies "
                        + String.join(", ", Arrays.stream(Status.values()).map(Status::code).toList()) + "."))));
    }
}
