package nl.doorbraak.distributie;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent reads and writes on casussen of one variant, as a busy tafel would make them: list, read, update with
 * If-Match, and now and then an intake. Every answer is classified; bounded in threads, rate and time.
 */
final class Last implements AutoCloseable {

    /**
     * An answer that is not a success, with the phase in which it was sent and the phase in which it came back: a
     * request sent just before a phase change may be answered in the next one.
     */
    record Fout(String fase, String verzoek, int status, String retryAfter, String body, String eindFase) {

        Fout(String fase, String verzoek, int status, String retryAfter, String body) {
            this(fase, verzoek, status, retryAfter, body, fase);
        }
    }

    private final Platform platform;
    private final String gemeente;
    private final String tafel;
    private final int threads;
    private final long pauzeMs;
    private final AtomicBoolean stoppen = new AtomicBoolean();
    private final ExecutorService pool;
    final AtomicLong verzoeken = new AtomicLong();
    final List<Fout> fouten = Collections.synchronizedList(new ArrayList<>());
    /** casus id → the titel of its last acknowledged update */
    final Map<String, String> bevestigd = new ConcurrentHashMap<>();
    volatile String fase = "start";

    Last(Platform platform, String gemeente, String tafel, int threads, int verzoekenPerSeconde) {
        this.platform = platform;
        this.gemeente = gemeente;
        this.tafel = tafel;
        this.threads = threads;
        this.pauzeMs = Math.max(0, 1000L * threads / verzoekenPerSeconde);
        this.pool = Executors.newFixedThreadPool(threads);
    }

    Last start(String gebruiker, Duration max) {
        for (int t = 0; t < threads; t++) {
            int nr = t;
            pool.submit(() -> werk(gebruiker, nr, System.nanoTime() + max.toNanos()));
        }
        return this;
    }

    private void werk(String gebruiker, int nr, long uiterlijk) {
        Api api = platform.api().als(gebruiker);
        String basis = "/api/gemeenten/" + gemeente + "/casussen";
        String eigen = null;
        AtomicInteger teller = new AtomicInteger();
        while (!stoppen.get() && System.nanoTime() < uiterlijk) {
            int i = teller.incrementAndGet();
            String f = fase; // the phase in which the request was sent
            try {
                if (eigen == null || i % 10 == 0) {
                    Api.Antwoord a = api.post(basis, Map.of("tafelId", tafel, "titel", "Last " + nr + "-" + i,
                            "hulpvraag", "Vaste lasten lopen op; schuldhulp en W&I moeten samen kijken.",
                            "variantData", Map.of("urgentie", "normaal")));
                    if (tel(f, "POST casus", a) && a.status() == 201) {
                        eigen = a.json().path("id").asText();
                        bevestigd.put(eigen, "Last " + nr + "-" + i);
                    }
                } else if (i % 3 == 0) {
                    tel(f, "GET lijst", api.get(basis + "?pageSize=20"));
                } else {
                    Api.Antwoord g = api.get(basis + "/" + eigen);
                    if (tel(f, "GET casus", g) && g.status() == 200) {
                        String titel = "Last " + nr + "-" + i;
                        Api.Antwoord p = api.verstuur("PATCH", basis + "/" + eigen, Map.of("titel", titel),
                                Map.of("If-Match", g.header("ETag")));
                        if (tel(f, "PATCH casus", p) && p.status() == 200) {
                            bevestigd.put(eigen, titel);
                        }
                    }
                }
            } catch (RuntimeException e) {
                fouten.add(new Fout(f, "verbinding", -1, null, e.toString()));
            }
            Platform.slaap(pauzeMs);
        }
    }

    /** @return whether the answer was a success */
    private boolean tel(String f, String verzoek, Api.Antwoord a) {
        verzoeken.incrementAndGet();
        if (a.status() >= 200 && a.status() < 300) {
            return true;
        }
        fouten.add(new Fout(f, verzoek, a.status(), a.header("Retry-After"), a.body(), fase));
        return false;
    }

    List<Fout> fouten(String inFase) {
        synchronized (fouten) {
            return fouten.stream().filter(f -> f.fase().equals(inFase)).toList();
        }
    }

    /**
     * Failures of requests sent in this phase that also came back before any of the {@code uitzonderingen} began
     * (phases in which failures of some kind are expected and checked separately).
     */
    List<Fout> fouten(String inFase, List<String> uitzonderingen) {
        synchronized (fouten) {
            return fouten.stream().filter(f -> f.fase().equals(inFase) && !uitzonderingen.contains(f.eindFase()))
                    .toList();
        }
    }

    @Override
    public void close() {
        stoppen.set(true);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
