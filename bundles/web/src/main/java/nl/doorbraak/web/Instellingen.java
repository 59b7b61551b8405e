package nl.doorbraak.web;

import java.util.concurrent.TimeUnit;

/**
 * De geldende configuratie, gecontroleerd. Los van de annotatie zodat tests en {@code @Modified} er één
 * onveranderlijke waarde van hebben.
 */
public record Instellingen(int maxBodyBytes, int sessieMinuten, int sessieMaxMinuten, long variantWachttijdMs,
        int retryAfterSeconden, int basicCacheSeconden) {

    public Instellingen {
        // een verkeerde waarde in config/ mag de API niet onbruikbaar maken: terug naar een redelijke grens
        maxBodyBytes = Math.max(1024, maxBodyBytes);
        sessieMinuten = Math.max(1, sessieMinuten);
        sessieMaxMinuten = Math.max(1, Math.min(10_080, sessieMaxMinuten));
        variantWachttijdMs = Math.max(0, variantWachttijdMs);
        retryAfterSeconden = Math.max(1, retryAfterSeconden);
        basicCacheSeconden = Math.max(0, basicCacheSeconden);
    }

    static Instellingen van(Configuratie c) {
        return new Instellingen(c.maxBodyBytes(), c.sessieMinuten(), c.sessieMaxMinuten(), c.variantWachttijdMs(),
                c.retryAfterSeconden(), c.basicCacheSeconden());
    }

    static Instellingen standaard() {
        return new Instellingen(65536, 60, 720, 10000, 5, 60);
    }

    public long sessieIdleNanos() {
        return TimeUnit.MINUTES.toNanos(sessieMinuten);
    }

    public long sessieMaxNanos() {
        return TimeUnit.MINUTES.toNanos(sessieMaxMinuten);
    }

    public long basicCacheNanos() {
        return TimeUnit.SECONDS.toNanos(basicCacheSeconden);
    }
}
