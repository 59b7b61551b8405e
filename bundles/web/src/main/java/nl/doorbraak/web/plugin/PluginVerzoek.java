package nl.doorbraak.web.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.http.Verzoek;
import nl.doorbraak.api.toegang.Gebruiker;

/** Wat een plug-in-handler van het verzoek ziet: alleen api-typen en JSON-achtige waarden. */
record PluginVerzoek(String methode, Gebruiker gebruiker, String gemeente, Map<String, String> padParameters,
        Map<String, List<String>> queryParameters, Optional<Map<String, Object>> body) implements Verzoek {
}
