package nl.doorbraak.api.service;

import java.util.List;

/** De invoer klopt niet; {@link #fouten()} zegt per veld wat: HTTP 400. */
public class OngeldigeInvoerException extends DoorbraakException {

    private static final long serialVersionUID = 1L;

    private final List<VeldFout> fouten;

    public OngeldigeInvoerException(String boodschap, List<VeldFout> fouten) {
        super(boodschap);
        this.fouten = List.copyOf(fouten);
    }

    public List<VeldFout> fouten() {
        return fouten;
    }
}
