package nl.doorbraak.web.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON Merge Patch (RFC 7386) op JSON-achtige maps: {@code null} haalt weg, objecten worden samengevoegd. */
public final class MergePatch {

    private MergePatch() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> voegSamen(Map<String, Object> doel, Map<String, Object> patch) {
        Map<String, Object> uit = doel == null ? new LinkedHashMap<>() : new LinkedHashMap<>(doel);
        for (Map.Entry<String, Object> e : patch.entrySet()) {
            Object waarde = e.getValue();
            if (waarde == null) {
                uit.remove(e.getKey());
            } else if (waarde instanceof Map<?, ?> p && uit.get(e.getKey()) instanceof Map<?, ?> d) {
                uit.put(e.getKey(), voegSamen((Map<String, Object>) d, (Map<String, Object>) p));
            } else if (waarde instanceof Map<?, ?> p) {
                uit.put(e.getKey(), voegSamen(null, (Map<String, Object>) p));
            } else {
                uit.put(e.getKey(), waarde);
            }
        }
        return uit;
    }
}
