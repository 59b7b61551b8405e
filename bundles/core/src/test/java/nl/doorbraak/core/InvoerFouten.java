package nl.doorbraak.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;

import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;

/** What a service refused, as (veld, code) pairs; every refusal must explain itself in words. */
public final class InvoerFouten {

    private InvoerFouten() {
    }

    public static List<Tuple> codes(Runnable r) {
        return fout(r).fouten().stream().map(f -> tuple(f.naam(), f.code())).toList();
    }

    public static OngeldigeInvoerException fout(Runnable r) {
        try {
            r.run();
        } catch (OngeldigeInvoerException e) {
            assertThat(e.fouten()).extracting(VeldFout::reden).allSatisfy(x -> assertThat(x).isNotBlank());
            return e;
        }
        throw new AssertionError("geen OngeldigeInvoerException");
    }
}
