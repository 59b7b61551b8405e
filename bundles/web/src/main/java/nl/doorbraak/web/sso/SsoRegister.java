package nl.doorbraak.web.sso;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * De SSO-koppelingen die nu gebonden zijn (een per configuratiebestand), dynamisch: een bestand erbij, gewijzigd of
 * weg geldt bij het volgende verzoek. Per gemeente geldt de eerst gebonden koppeling met een geldige instelling.
 */
public final class SsoRegister {

    private final CopyOnWriteArrayList<SsoKoppeling> koppelingen = new CopyOnWriteArrayList<>();

    public void voegToe(SsoKoppeling k) {
        koppelingen.addIfAbsent(k);
    }

    public void verwijder(SsoKoppeling k) {
        koppelingen.remove(k);
    }

    public List<SsoKoppeling> alle() {
        return List.copyOf(koppelingen);
    }

    /** De koppeling die voor deze gemeente geldt, of {@code null}. */
    SsoKoppeling voor(String gemeente) {
        for (SsoKoppeling k : koppelingen) {
            SsoInstelling i = k.instelling();
            if (i != null && i.gemeente().equals(gemeente)) {
                return k;
            }
        }
        return null;
    }

    /** Per gemeente de geldende koppeling, in volgorde van binden. */
    Map<String, SsoKoppeling> geldend() {
        Map<String, SsoKoppeling> m = new LinkedHashMap<>();
        for (SsoKoppeling k : koppelingen) {
            SsoInstelling i = k.instelling();
            if (i != null) {
                m.putIfAbsent(i.gemeente(), k);
            }
        }
        return m;
    }

    /**
     * Wat een beheerder moet weten: fouten in een bestand of met het clientgeheim, de laatste mislukte aanmelding,
     * twee bestanden voor één gemeente, een gemeente die niet (meer) bestaat.
     *
     * @param bestaat of een gemeente bestaat; {@code null} als de core er niet is (dan niet controleren)
     */
    public List<String> waarschuwingen(Predicate<String> bestaat) {
        List<String> w = new ArrayList<>();
        Map<String, SsoKoppeling> geldend = geldend();
        for (SsoKoppeling k : koppelingen) {
            w.addAll(k.waarschuwingen());
            SsoInstelling i = k.instelling();
            if (i == null) {
                continue;
            }
            SsoKoppeling eerste = geldend.get(i.gemeente());
            if (eerste != k) {
                w.add("Configuratie " + k.bron() + ": gemeente " + i.gemeente() + " heeft al SSO in " + eerste.bron()
                        + "; dat bestand geldt, dit niet.");
            } else if (bestaat != null && !bestaat.test(i.gemeente())) {
                w.add("Configuratie " + k.bron() + ": gemeente " + i.gemeente() + " bestaat niet (geen "
                        + "nl.doorbraak.gemeente-" + i.gemeente() + ".cfg); inloggen via deze identity provider kan niet.");
            }
        }
        return w;
    }
}
