package nl.doorbraak.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Lopende aanmeldingen: één keer te gebruiken, tien minuten geldig, begrensd. */
class SsoPogingenTest {

    final AtomicLong klok = new AtomicLong(1_000);

    SsoPogingen.Poging poging(String terug) {
        return new SsoPogingen.Poging("utrecht", "verifier", "nonce", terug, "browser", klok.get());
    }

    @Test
    void eenStateGeldtEenKeer() {
        SsoPogingen p = new SsoPogingen(klok::get, 10);
        p.bewaar("s1", poging("/casussen"));
        assertThat(p.neem("s1").terug()).isEqualTo("/casussen");
        assertThat(p.neem("s1")).isNull();
        assertThat(p.neem("onbekend")).isNull();
        assertThat(p.neem(null)).isNull();
    }

    @Test
    void naTienMinutenIsEenPogingVerlopenEnWordtZeOpgeruimd() {
        SsoPogingen p = new SsoPogingen(klok::get, 10);
        p.bewaar("oud", poging("/"));
        klok.addAndGet(TimeUnit.MINUTES.toNanos(10) + 1);
        assertThat(p.neem("oud")).isNull();

        p.bewaar("ook-oud", poging("/"));
        klok.addAndGet(TimeUnit.MINUTES.toNanos(11));
        p.bewaar("nieuw", poging("/"));
        assertThat(p.aantal()).isEqualTo(1);
        assertThat(p.neem("nieuw")).isNotNull();
    }

    @Test
    void volDanValtDeOudsteWeg() {
        SsoPogingen p = new SsoPogingen(klok::get, 3);
        for (int i = 0; i < 5; i++) {
            klok.incrementAndGet();
            p.bewaar("s" + i, poging("/" + i));
        }
        assertThat(p.aantal()).isEqualTo(3);
        assertThat(p.neem("s0")).isNull();
        assertThat(p.neem("s1")).isNull();
        assertThat(p.neem("s4").terug()).isEqualTo("/4");
    }
}
