package nl.doorbraak.plugin.rodeknop;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.opslag.VariantOpslag;
import nl.doorbraak.api.service.ConflictException;

/** VariantOpslag in memory with the same version rules, for unit tests without a framework. */
final class GeheugenOpslag implements VariantOpslag {

    private final Map<String, Document> documenten = new TreeMap<>();

    private static String sleutel(String gemeente, String collectie, String id) {
        return gemeente + "/" + collectie + "/" + id;
    }

    @Override
    public synchronized Optional<Document> lees(String gemeente, String collectie, String id) {
        return Optional.ofNullable(documenten.get(sleutel(gemeente, collectie, id)));
    }

    @Override
    public synchronized List<Document> lijst(String gemeente, String collectie) {
        String voor = gemeente + "/" + collectie + "/";
        return documenten.entrySet().stream().filter(e -> e.getKey().startsWith(voor)).map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public synchronized Document bewaar(String gemeente, String collectie, String id, int schemaVersie,
            Map<String, Object> inhoud, long verwachteVersie) {
        Document huidig = documenten.get(sleutel(gemeente, collectie, id));
        long versie = huidig == null ? 0 : huidig.versie();
        if (versie != verwachteVersie) {
            throw new ConflictException("Document " + id + " is versie " + versie + ", niet " + verwachteVersie);
        }
        // a JSON round trip in the real store: only copies survive
        Document d = new Document(collectie, id, schemaVersie, Map.copyOf(inhoud), versie + 1, Instant.now());
        documenten.put(sleutel(gemeente, collectie, id), d);
        return d;
    }

    @Override
    public synchronized boolean verwijder(String gemeente, String collectie, String id) {
        return documenten.remove(sleutel(gemeente, collectie, id)) != null;
    }
}
