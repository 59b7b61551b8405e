package nl.doorbraak.core.rechten;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.doorbraak.api.rechten.Recht;

/**
 * What the platform grants one plug-in, from one factory configuration
 * ({@code config/nl.doorbraak.rechten-<naam>.cfg}). Only sensitive rights need one; a plug-in never gets more than
 * its manifest asks.
 */
@Component(service = {}, immediate = true, configurationPid = Toekenning.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = Toekenning.Definitie.class, factory = true)
public final class Toekenning {

    public static final String FACTORY_PID = "nl.doorbraak.rechten";
    private static final Pattern NAAM = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

    @ObjectClassDefinition(id = Toekenning.FACTORY_PID, name = "Doorbraak rechten van een plug-in",
            description = "Gevoelige rechten die het platform een plug-in verleent. Hij krijgt alleen wat hij ook "
                    + "in zijn manifest vraagt (Doorbraak-Rechten).")
    public @interface Definitie {

        @AttributeDefinition(name = "Plug-in", description = "Symbolische naam van de bundle, bijvoorbeeld "
                + "nl.utrecht.doorbraak.ondernemers.")
        String plugin();

        @AttributeDefinition(name = "Rechten", cardinality = 20, description = "Met komma's gescheiden, uit: "
                + "casussen.alle, bsn, audittrail, bewaartermijn, accounts, platform.")
        String[] rechten();
    }

    /** A checked configuration. */
    record Regel(String plugin, Set<Recht> rechten) {
    }

    private final Rechtenwachter wachter;
    private final String pid;

    @Activate
    public Toekenning(@Reference(name = "wachter") Rechtenwachter wachter, Map<String, Object> config) {
        this.wachter = wachter;
        this.pid = String.valueOf(config.getOrDefault(Constants.SERVICE_PID, "?"));
        pasToe(config);
    }

    @Modified
    void gewijzigd(Map<String, Object> config) {
        pasToe(config);
    }

    @Deactivate
    void weg() {
        wachter.verwijder(pid);
    }

    private void pasToe(Map<String, Object> config) {
        try {
            wachter.zet(pid, lees(config));
        } catch (IllegalArgumentException e) {
            wachter.weiger(pid, bron(config), e.getMessage());
        }
    }

    private String bron(Map<String, Object> config) {
        Object bestand = config.get("felix.fileinstall.filename");
        String s = bestand != null ? bestand.toString() : pid;
        return "'" + s.substring(s.lastIndexOf('/') + 1) + "'";
    }

    /**
     * Reads and checks one configuration.
     *
     * @throws IllegalArgumentException with every problem, in Dutch
     */
    static Regel lees(Map<String, ?> p) {
        List<String> problemen = new ArrayList<>();
        Object plugin = p.get("plugin");
        String naam = plugin == null ? "" : plugin.toString().trim();
        if (naam.isEmpty()) {
            problemen.add("plugin ontbreekt (de symbolische naam van de bundle)");
        } else if (!NAAM.matcher(naam).matches()) {
            problemen.add("plugin '" + nl.doorbraak.api.tekst.Tekst.voorLog(naam) + "' is geen symbolische naam");
        } else if (Rechtenregels.PLATFORM.contains(naam)) {
            problemen.add("plugin '" + naam + "' is een bundle van het platform zelf; die heeft geen toekenning nodig");
        }
        EnumSet<Recht> rechten = EnumSet.noneOf(Recht.class);
        for (String code : codes(p.get("rechten"))) {
            Recht.vanCode(code).ifPresentOrElse(rechten::add, () -> problemen.add("onbekend recht '"
                    + nl.doorbraak.api.tekst.Tekst.voorLog(code) + "' (kies uit: " + alleCodes() + ")"));
        }
        if (!problemen.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problemen));
        }
        return new Regel(naam, rechten);
    }

    private static List<String> codes(Object waarde) {
        List<String> codes = new ArrayList<>();
        Iterable<?> delen = waarde instanceof String[] a ? Arrays.asList(a)
                : waarde instanceof Iterable<?> i ? i : waarde == null ? List.of() : List.of(waarde);
        for (Object deel : delen) {
            for (String code : String.valueOf(deel).split(",")) {
                if (!code.isBlank()) {
                    codes.add(code.trim());
                }
            }
        }
        return codes;
    }

    private static String alleCodes() {
        return String.join(", ", Arrays.stream(Recht.values()).map(Recht::code).toList());
    }
}
