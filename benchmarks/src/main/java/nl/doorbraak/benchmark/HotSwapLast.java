package nl.doorbraak.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hot swap under load: sends casus reads and calls of the variant's own route at a fixed rate (open loop, so a stall shows as failures or
 * latency, not as a lower rate), replaces the variant bundle in deploy/ halfway, and prints how long until the new
 * version is visible in /api/varianten and how many requests failed.
 *
 * <p>Usage: {@code HotSwapLast <base-url> <deploy-dir> <new-bundle.jar> <rate/s> <seconds> <gemeente> <user>}
 */
public final class HotSwapLast {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SCHEMA = Pattern.compile("\"id\"\\s*:\\s*\"standaard\"[^}]*\"schemaVersie\"\\s*:\\s*(\\d+)");

    private HotSwapLast() {
    }

    public static void main(String[] a) throws Exception {
        String basis = a[0];
        Path deploy = Path.of(a[1]);
        Path nieuw = Path.of(a[2]);
        int rate = Integer.parseInt(a[3]);
        int seconden = Integer.parseInt(a[4]);
        String gemeente = a[5];
        String auth = "Basic " + Base64.getEncoder().encodeToString((a[6] + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32))
                .connectTimeout(Duration.ofSeconds(5)).build();

        String lijst = get(http, basis + "/api/gemeenten/" + gemeente + "/casussen?pageSize=20", auth).body();
        Matcher m = ID.matcher(lijst);
        java.util.List<String> ids = new java.util.ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        Map<Integer, AtomicLong> perStatus = new ConcurrentHashMap<>();
        AtomicLong verstuurd = new AtomicLong();
        Map<String, AtomicLong> perSoort = new ConcurrentHashMap<>();
        java.util.List<String> voorbeeld = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        ScheduledExecutorService klok = Executors.newScheduledThreadPool(2);
        long periodeNs = 1_000_000_000L / rate;
        klok.scheduleAtFixedRate(() -> {
            long n = verstuurd.incrementAndGet();
            String id = ids.get((int) (n % ids.size()));
            // one in four goes to the variant's own route, which must wait (not fail) while it is being replaced
            String pad = n % 4 == 0 ? "/standaard/urgentie" : "/casussen/" + id;
            HttpRequest r = HttpRequest.newBuilder(URI.create(basis + "/api/gemeenten/" + gemeente + pad))
                    .header("Authorization", auth).timeout(Duration.ofSeconds(30)).build();
            String soort = n % 4 == 0 ? "route" : "casus";
            http.sendAsync(r, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, fout) -> {
                int status = fout != null ? -1 : resp.statusCode();
                perStatus.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                perSoort.computeIfAbsent(soort + ":" + status, k -> new AtomicLong()).incrementAndGet();
                if (status != 200 && voorbeeld.size() < 3) {
                    voorbeeld.add(soort + " " + status + " " + (fout != null ? fout : resp.body()));
                }
            });
        }, 0, periodeNs, TimeUnit.NANOSECONDS);

        Thread.sleep(seconden * 500L);
        String voor = schema(http, basis, auth);
        long t0 = System.nanoTime();
        Path tmp = deploy.resolveSibling("swap.tmp");
        Files.copy(nieuw, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, deploy.resolve("nl.doorbraak.plugin.standaard.jar"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        long zichtbaarMs = -1;
        while (System.nanoTime() - t0 < 30_000_000_000L) {
            String nu = schema(http, basis, auth);
            if (!nu.equals(voor)) {
                zichtbaarMs = (System.nanoTime() - t0) / 1_000_000;
                break;
            }
            Thread.sleep(5);
        }
        Thread.sleep(seconden * 500L);
        klok.shutdown();
        klok.awaitTermination(5, TimeUnit.SECONDS);
        Thread.sleep(2000);
        long mislukt = perStatus.entrySet().stream().filter(e -> e.getKey() < 200 || e.getKey() >= 300)
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("hotswap.schema: %s -> %s%n", voor, schema(http, basis, auth));
        System.out.printf("hotswap.update_visible_ms: %d%n", zichtbaarMs);
        System.out.printf("hotswap.requests: %d at %d/s%n", verstuurd.get(), rate);
        System.out.printf("hotswap.status_counts: %s%n", new TreeMap<>(perStatus));
        System.out.printf("hotswap.failed_requests: %d%n", mislukt);
        System.out.printf("hotswap.by_kind: %s%n", new TreeMap<>(perSoort));
        voorbeeld.forEach(v -> System.out.println("hotswap.example_failure: " + v));
        System.exit(0);
    }

    private static String schema(HttpClient http, String basis, String auth) throws Exception {
        Matcher m = SCHEMA.matcher(get(http, basis + "/api/varianten", auth).body());
        return m.find() ? m.group(1) : "afwezig";
    }

    private static HttpResponse<String> get(HttpClient http, String url, String auth) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
