package nl.doorbraak.web.route;

import java.io.IOException;
import nl.doorbraak.web.http.Aanvraag;

/** De afhandeling van één methode op één route. */
@FunctionalInterface
interface Actie {
    void voerUit(Aanvraag a) throws IOException;
}
