package nl.doorbraak.web;

import java.io.IOException;

/** De afhandeling van één methode op één route. */
@FunctionalInterface
interface Actie {
    void voerUit(Aanvraag a) throws IOException;
}
