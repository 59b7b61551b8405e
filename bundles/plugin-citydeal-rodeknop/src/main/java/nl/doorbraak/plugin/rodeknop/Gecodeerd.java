package nl.doorbraak.plugin.rodeknop;

import java.util.Arrays;
import java.util.Optional;

/** Een waarde met een vaste code in JSON en opslag: de statussen en soorten van zaken, agendapunten en precedenten. */
interface Gecodeerd {

    String code();

    /** De waarde van {@code soort} met deze code; leeg bij een onbekende code of {@code null}. */
    static <E extends Enum<E> & Gecodeerd> Optional<E> van(Class<E> soort, String code) {
        return Arrays.stream(soort.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** De codes, voor een foutmelding: "a, b, c". */
    static <E extends Enum<E> & Gecodeerd> String codes(Class<E> soort) {
        return String.join(", ", Arrays.stream(soort.getEnumConstants()).map(Gecodeerd::code).toList());
    }
}
