package nl.doorbraak.core.gemeente;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.doorbraak.api.beheer.Huisstijl;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;

/**
 * One gemeente from one factory configuration ({@code config/nl.doorbraak.gemeente-<naam>.cfg}). Values arrive as
 * strings from FileInstall; they are checked here rather than left to DS conversion, so that a bad value is rejected
 * with a clear message instead of silently becoming a default.
 */
@Component(service = {}, immediate = true, configurationPid = GemeenteConfiguratie.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = GemeenteConfiguratie.Definitie.class, factory = true)
public final class GemeenteConfiguratie {

    public static final String FACTORY_PID = "nl.doorbraak.gemeente";
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    static final Pattern THEMA = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    static final List<String> STANDAARD_VARIANTEN = List.of("standaard");
    static final List<String> STANDAARD_ESCALATIE = List.of("tafel", "directie", "bestuur");
    /** Reactietermijn van een niveau zonder {@code :dagen}: twee werkweken. */
    public static final int STANDAARD_REACTIETERMIJN = 10;
    static final int MAX_REACTIETERMIJN = 365;
    static final int STANDAARD_BEWAARTERMIJN = 24;
    static final Pattern KLEUR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** A relative path inside the installation: plain names, no {@code ..}, an image the browser may show. */
    static final Pattern LOGO = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*\\.(svg|png)");

    @ObjectClassDefinition(id = GemeenteConfiguratie.FACTORY_PID, name = "Doorbraak gemeente", description = "Een gemeente (tenant) van het platform.")
    public @interface Definitie {

        @AttributeDefinition(name = "Id", description = "Korte, stabiele sleutel in kleine letters, bijvoorbeeld utrecht.")
        String id();

        @AttributeDefinition(name = "Naam", description = "Weergavenaam, bijvoorbeeld Gemeente Utrecht.")
        String naam();

        @AttributeDefinition(name = "Varianten", required = false, cardinality = 50,
                description = "Ids van de tafelvarianten die de gemeente gebruikt en van de onderdelen die zij "
                        + "aanzet (zoals rodeknop), met komma's gescheiden.")
        String[] varianten() default { "standaard" };

        @AttributeDefinition(name = "Escalatieniveaus", required = false, cardinality = 20,
                description = "De escalatieroute van laag naar hoog, met komma's gescheiden; elk niveau met een "
                        + "reactietermijn in dagen na een dubbele punt, bijvoorbeeld tafel:5,directie:10,bestuur:20. "
                        + "Zonder dagen: " + STANDAARD_REACTIETERMIJN + ".")
        String[] escalatieniveaus() default { "tafel", "directie", "bestuur" };

        @AttributeDefinition(name = "Bewaartermijn (maanden)", min = "0", max = "1200", required = false,
                description = "Maanden na afsluiten waarna persoonsgegevens worden gewist.")
        int bewaartermijnMaanden() default STANDAARD_BEWAARTERMIJN;

        @AttributeDefinition(name = "Thema", required = false, description = "Set design tokens voor de "
                + "gebruikersinterface; " + Huisstijl.THEMA + ": de eigen kleuren en het logo hieronder.")
        String thema() default "standaard";

        @AttributeDefinition(name = "Hoofdkleur", required = false, description = "Eigen huisstijl (thema "
                + Huisstijl.THEMA + "): de hoofdkleur als #rrggbb, bijvoorbeeld #00689e; knoppen en kop.")
        String kleur();

        @AttributeDefinition(name = "Accentkleur", required = false, description = "Eigen huisstijl (thema "
                + Huisstijl.THEMA + "): de accentkleur als #rrggbb; de lijn onder de kop.")
        String accentkleur();

        @AttributeDefinition(name = "Logo", required = false, description = "Eigen huisstijl (thema "
                + Huisstijl.THEMA + "): pad van een SVG- of PNG-bestand, relatief ten opzichte van de installatiemap, "
                + "bijvoorbeeld huisstijl/eindhoven.svg.")
        String logo();
    }

    private final GemeenteRegister register;
    private final String pid;

    @Activate
    public GemeenteConfiguratie(@Reference(name = "register") GemeenteRegister register, Map<String, Object> config) {
        this.register = register;
        this.pid = String.valueOf(config.getOrDefault(Constants.SERVICE_PID, "?"));
        pasToe(config);
    }

    @Modified
    void gewijzigd(Map<String, Object> config) {
        pasToe(config);
    }

    /** @param reden DS deactivation reason: only a deleted configuration removes the gemeente "for real" */
    @Deactivate
    void weg(int reden) {
        register.verwijder(pid, reden == ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED);
    }

    private void pasToe(Map<String, Object> config) {
        String bron = bron(config);
        try {
            String logo = tekst(config.get("logo"));
            register.zet(pid, bron, lees(config), new GemeenteRegister.Extra(huisstijl(config), bestand(config),
                    logo.isEmpty() ? null : logo));
        } catch (IllegalArgumentException e) {
            register.weiger(pid, bron, e.getMessage());
        }
    }

    /** The file FileInstall read this configuration from, or {@code null}. */
    private static java.nio.file.Path bestand(Map<String, Object> config) {
        Object bestand = config.get("felix.fileinstall.filename");
        if (bestand == null) {
            return null;
        }
        try {
            String s = bestand.toString();
            return s.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(s))
                    : java.nio.file.Path.of(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String bron(Map<String, Object> config) {
        Object bestand = config.get("felix.fileinstall.filename");
        if (bestand != null) {
            String s = bestand.toString();
            return "'" + s.substring(s.lastIndexOf('/') + 1) + "'";
        }
        return "'" + pid + "'";
    }

    /**
     * Reads and checks one configuration.
     *
     * @throws IllegalArgumentException with every problem, in Dutch
     */
    public static Gemeente lees(Map<String, ?> p) {
        Problemen problemen = new Problemen();
        Gemeente g = lees(p, problemen);
        if (!problemen.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problemen.teksten()));
        }
        return g;
    }

    /**
     * Every problem of one configuration, per attribute id (in the order they are found); empty when it is valid.
     * The same rules as {@link #lees(Map)}, for a beheerder's form.
     */
    public static List<Map.Entry<String, String>> problemen(Map<String, ?> p) {
        Problemen problemen = new Problemen();
        lees(p, problemen);
        return List.copyOf(problemen);
    }

    /** The gemeente's own huisstijl from a valid configuration. */
    public static Huisstijl huisstijl(Map<String, ?> p) {
        String kleur = tekst(p.get("kleur"));
        String accent = tekst(p.get("accentkleur"));
        String logo = tekst(p.get("logo"));
        return new Huisstijl(kleur.isEmpty() ? null : kleur.toLowerCase(java.util.Locale.ROOT),
                accent.isEmpty() ? null : accent.toLowerCase(java.util.Locale.ROOT), !logo.isEmpty());
    }

    /** Problems per attribute id; {@link #teksten()} as the log line has always said them. */
    static final class Problemen extends ArrayList<Map.Entry<String, String>> {

        private static final long serialVersionUID = 1L;

        void add(String attribuut, String tekst) {
            add(Map.entry(attribuut, tekst));
        }

        List<String> teksten() {
            return stream().map(Map.Entry::getValue).toList();
        }
    }

    private static Gemeente lees(Map<String, ?> p, Problemen problemen) {
        String id = tekst(p.get("id"));
        if (id.isEmpty()) {
            problemen.add("id", "id ontbreekt");
        } else if (!ID.matcher(id).matches()) {
            problemen.add("id", "id '" + id + "' moet beginnen met een kleine letter en mag alleen kleine letters, "
                    + "cijfers en streepjes bevatten (hoogstens 63 tekens)");
        }
        String naam = tekst(p.get("naam"));
        if (naam.isEmpty()) {
            problemen.add("naam", "naam ontbreekt");
        } else if (naam.length() > 200) {
            problemen.add("naam", "naam is langer dan 200 tekens");
        }
        List<String> varianten = p.containsKey("varianten") ? lijst(p.get("varianten")) : STANDAARD_VARIANTEN;
        for (String v : varianten) {
            if (!ID.matcher(v).matches()) {
                problemen.add("varianten", "variant '" + v + "' is geen geldig variant-id");
            }
        }
        List<String> niveauProblemen = new ArrayList<>();
        List<Escalatieniveau> escalatie = escalatieniveaus(
                p.containsKey("escalatieniveaus") ? lijst(p.get("escalatieniveaus")) : STANDAARD_ESCALATIE,
                niveauProblemen);
        niveauProblemen.forEach(t -> problemen.add("escalatieniveaus", t));
        int bewaartermijn = STANDAARD_BEWAARTERMIJN;
        Object b = p.get("bewaartermijnMaanden");
        if (b != null && !tekst(b).isEmpty()) {
            try {
                bewaartermijn = b instanceof Integer || b instanceof Long ? ((Number) b).intValue()
                        : Integer.parseInt(tekst(b));
                if (bewaartermijn < 0 || bewaartermijn > 1200) {
                    problemen.add("bewaartermijnMaanden", "bewaartermijnMaanden " + bewaartermijn
                            + " moet tussen 0 en 1200 liggen");
                }
            } catch (NumberFormatException e) {
                problemen.add("bewaartermijnMaanden", "bewaartermijnMaanden '" + tekst(b)
                        + "' is geen geheel aantal maanden");
            }
        }
        String thema = tekst(p.get("thema"));
        if (thema.isEmpty()) {
            thema = "standaard";
        } else if (!THEMA.matcher(thema).matches()) {
            problemen.add("thema", "thema '" + thema + "' mag alleen kleine letters, cijfers en streepjes bevatten");
        }
        for (String k : List.of("kleur", "accentkleur")) {
            String kleur = tekst(p.get(k));
            if (!kleur.isEmpty() && !KLEUR.matcher(kleur).matches()) {
                problemen.add(k, k + " '" + kleur + "' is geen kleur als #rrggbb (zes hexadecimale cijfers, "
                        + "bijvoorbeeld #00689e)");
            }
        }
        String logo = tekst(p.get("logo"));
        if (!logo.isEmpty() && (!LOGO.matcher(logo).matches() || logo.contains(".."))) {
            problemen.add("logo", "logo '" + logo + "' moet een pad binnen de installatiemap zijn naar een .svg- of "
                    + ".png-bestand (letters, cijfers, . _ - en /, zonder ..)");
        }
        return new Gemeente(id, naam, varianten, escalatie, bewaartermijn, thema);
    }

    /**
     * {@code naam} or {@code naam:dagen} per level; a name without days gets {@link #STANDAARD_REACTIETERMIJN}, so the
     * old plain list still works.
     */
    static List<Escalatieniveau> escalatieniveaus(List<String> delen, List<String> problemen) {
        List<Escalatieniveau> niveaus = new ArrayList<>();
        if (delen.isEmpty()) {
            problemen.add("escalatieniveaus is leeg; noem minstens één niveau, bijvoorbeeld tafel:5,directie:10");
        }
        for (String deel : delen) {
            int dubbelePunt = deel.indexOf(':');
            String naam = (dubbelePunt < 0 ? deel : deel.substring(0, dubbelePunt)).strip();
            int dagen = STANDAARD_REACTIETERMIJN;
            if (dubbelePunt >= 0) {
                String d = deel.substring(dubbelePunt + 1).strip();
                try {
                    dagen = Integer.parseInt(d);
                    if (dagen < 1 || dagen > MAX_REACTIETERMIJN) {
                        problemen.add("escalatieniveau '" + naam + "': reactietermijn " + dagen + " moet tussen 1 en "
                                + MAX_REACTIETERMIJN + " dagen liggen");
                    }
                } catch (NumberFormatException e) {
                    problemen.add("escalatieniveau '" + deel + "': na de dubbele punt hoort een aantal dagen, niet '"
                            + d + "'");
                }
            }
            if (naam.isEmpty()) {
                problemen.add("escalatieniveau '" + deel + "' heeft geen naam");
            } else if (naam.length() > 100) {
                problemen.add("escalatieniveau '" + naam.substring(0, 20) + "…' is langer dan 100 tekens");
            } else if (niveaus.stream().anyMatch(n -> n.id().equals(naam))) {
                problemen.add("escalatieniveau '" + naam + "' staat twee keer in de route");
            } else {
                niveaus.add(Escalatieniveau.geconfigureerd(naam, dagen));
            }
        }
        return niveaus;
    }

    static String tekst(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    /** A comma separated string, an array or a collection; empty parts are dropped, duplicates kept once. */
    static List<String> lijst(Object o) {
        Collection<?> delen;
        if (o instanceof String s) {
            delen = Arrays.asList(s.split(","));
        } else if (o instanceof Object[] a) {
            delen = Arrays.asList(a);
        } else if (o instanceof Collection<?> c) {
            delen = c;
        } else if (o == null) {
            delen = List.of();
        } else {
            delen = List.of(o);
        }
        List<String> resultaat = new ArrayList<>();
        for (Object d : delen) {
            // an array element may itself hold commas, as FileInstall passes "a,b" as one value
            for (String deel : tekst(d).split(",")) {
                String x = deel.strip();
                if (!x.isEmpty() && !resultaat.contains(x)) {
                    resultaat.add(x);
                }
            }
        }
        return resultaat;
    }
}
