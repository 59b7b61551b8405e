package nl.doorbraak.api.service;

/** Het gevraagde bestaat niet (of hoort bij een andere gemeente): HTTP 404. */
public class NietGevondenException extends DoorbraakException {

    private static final long serialVersionUID = 1L;

    public NietGevondenException(String boodschap) {
        super(boodschap);
    }
}
