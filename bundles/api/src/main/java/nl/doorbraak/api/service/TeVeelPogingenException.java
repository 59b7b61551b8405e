package nl.doorbraak.api.service;

/**
 * Te veel mislukte pogingen (inloggen, een wachtwoord of code controleren) voor dit account of vanaf dit adres: HTTP
 * 429 met {@code Retry-After}. Het antwoord is hetzelfde of het account bestaat of niet.
 *
 * @since 1.2
 */
public class TeVeelPogingenException extends DoorbraakException {

    private static final long serialVersionUID = 1L;

    private final int opnieuwNaSeconden;

    public TeVeelPogingenException(String boodschap, int opnieuwNaSeconden) {
        super(boodschap);
        this.opnieuwNaSeconden = opnieuwNaSeconden;
    }

    public int opnieuwNaSeconden() {
        return opnieuwNaSeconden;
    }
}
