package nl.doorbraak.core.gemeente;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.doorbraak.api.beheer.GemeenteBeheer;
import nl.doorbraak.api.beheer.Huisstijl;
import nl.doorbraak.api.beheer.Instellingen;
import nl.doorbraak.api.beheer.Instellingveld;
import nl.doorbraak.api.beheer.Logo;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.rechten.RechtenRegister;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietBeschikbaarException;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.core.audit.AuditStore;
import nl.doorbraak.core.audit.Wijzigingen;
import nl.doorbraak.core.db.Database;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.toegang.Toegangsregels;

/**
 * The settings of gemeenten for beheerders (see {@link GemeenteBeheer}): the fields come from the Metatype of
 * {@value GemeenteConfiguratie#FACTORY_PID} as the MetaTypeService gives it, the values from the gemeente's file in
 * {@code config/}; a change is checked with {@link GemeenteConfiguratie#problemen}, written back to that file and
 * answered once FileInstall, ConfigAdmin and {@link GemeenteConfiguratie} have put it in force in the register.
 * Only the platform's own bundles see this service (the rights hooks hide it from every plug-in).
 */
@Component(service = GemeenteBeheer.class,
        // guarded: registered only after the hooks that hide it from plug-ins
        reference = @Reference(name = "rechten", service = RechtenRegister.class))
public final class GemeenteBeheerImpl implements GemeenteBeheer {

    private static final Logger LOG = LoggerFactory.getLogger(GemeenteBeheerImpl.class);
    /** Framework property with the folder FileInstall watches for configuration (set by the launcher). */
    static final String CONFIGMAP = "doorbraak.config";
    static final String HOME = "doorbraak.home";
    /** FileInstall polls every 250 ms; this is the bound on waiting for a written file to be in force. */
    static final long WACHT_MS = 15_000;
    static final int MAX_LOGO_BYTES = 512 * 1024;
    private static final String GEEN_ROL = "Uw rol geeft geen toegang tot de instellingen van de gemeente; dat doet "
            + "een gemeentebeheerder.";

    private final GemeenteRegister register;
    private final Supplier<ObjectClassDefinition> beschrijving;
    private final Database db;
    private final Path configMap;
    private final Path home;
    private final long wachtMs;
    private final AuditStore audit = new AuditStore();
    /** One change of a gemeente file at a time: the version check and the write are one step. */
    private final Object schrijven = new Object();

    @Activate
    public GemeenteBeheerImpl(@Reference(name = "register") GemeenteRegister register,
            @Reference(name = "metatype") MetaTypeService metatype, @Reference(name = "database") Database db,
            BundleContext context) {
        this(register, () -> {
            MetaTypeInformation info = metatype.getMetaTypeInformation(context.getBundle());
            return info == null ? null : info.getObjectClassDefinition(GemeenteConfiguratie.FACTORY_PID, null);
        }, db, pad(context.getProperty(CONFIGMAP)), pad(context.getProperty(HOME)), WACHT_MS);
    }

    GemeenteBeheerImpl(GemeenteRegister register, Supplier<ObjectClassDefinition> beschrijving, Database db,
            Path configMap, Path home, long wachtMs) {
        this.register = register;
        this.beschrijving = beschrijving;
        this.db = db;
        this.configMap = configMap;
        this.home = home;
        this.wachtMs = wachtMs;
    }

    private static Path pad(String s) {
        return s == null || s.isBlank() ? null : Path.of(s).toAbsolutePath().normalize();
    }

    // ------------------------------------------------------------------------------------------------ lezen

    @Override
    public Instellingen instellingen(Namens namens, String gemeente) {
        Gebruiker door = beheerder(namens, gemeente);
        Objects.requireNonNull(door);
        Path bestand = bestand(gemeente);
        try {
            return instellingen(gemeente, Cfgbestand.lees(bestand));
        } catch (IOException e) {
            throw onleesbaar(bestand, e);
        }
    }

    private Instellingen instellingen(String gemeente, Cfgbestand cfg) {
        List<Instellingveld> velden = velden();
        Map<String, String> ruw = cfg.waarden();
        Map<String, Object> waarden = new LinkedHashMap<>();
        for (Instellingveld v : velden) {
            String w = ruw.get(v.id());
            if (w == null || w.isEmpty()) {
                continue;
            }
            if (v.lijst()) {
                waarden.put(v.id(), GemeenteConfiguratie.lijst(w));
            } else if (v.type().equals(GEHEEL)) {
                try {
                    waarden.put(v.id(), Long.parseLong(w));
                } catch (NumberFormatException e) {
                    waarden.put(v.id(), w); // as it is in the file; the form shows it and the check explains it
                }
            } else {
                waarden.put(v.id(), w);
            }
        }
        return new Instellingen(gemeente, cfg.versie(), velden, waarden);
    }

    // ------------------------------------------------------------------------------------------------ wijzigen

    @Override
    public Instellingen wijzig(Namens namens, String gemeente, long versie, Map<String, Object> waarden) {
        Gebruiker door = beheerder(namens, gemeente);
        Path bestand = bestand(gemeente);
        List<Instellingveld> velden = velden();
        Map<String, Object> invoer = new LinkedHashMap<>(waarden == null ? Map.of() : waarden);
        Invoer fouten = new Invoer();
        Object id = invoer.remove("id");
        if (id != null && !gemeente.equals(id)) {
            fouten.fout("id", Invoer.ALLEEN_LEZEN, "Het id van een gemeente verandert niet; het staat in elke URL.");
        }
        invoer.put("id", gemeente);
        Map<String, String> nieuw = controleer(velden, invoer, fouten);
        synchronized (schrijven) {
            Cfgbestand cfg;
            try {
                cfg = Cfgbestand.lees(bestand);
            } catch (IOException e) {
                throw onleesbaar(bestand, e);
            }
            if (cfg.versie() != versie) {
                throw new ConflictException("De instellingen van gemeente '" + gemeente + "' zijn intussen gewijzigd; "
                        + "haal ze opnieuw op en probeer het dan nog eens.");
            }
            Map<String, String> oud = cfg.waarden();
            Map<String, String> vervanging = new LinkedHashMap<>();
            for (Instellingveld v : velden) {
                vervanging.put(v.id(), nieuw.get(v.id()));
            }
            Cfgbestand gewijzigd = cfg.met(vervanging);
            if (!gewijzigd.tekst().equals(cfg.tekst())) {
                schrijf(gewijzigd, bestand);
                wachtOp(gemeente, nieuw);
                Wijzigingen w = new Wijzigingen();
                for (Instellingveld v : velden) {
                    w.veld(v.id(), leeg(oud.get(v.id())), nieuw.get(v.id()));
                }
                db.inTransactie(c -> {
                    audit.schrijf(c, gemeente, null, "gemeente", gemeente, "gewijzigd", door.gebruikersnaam(),
                            w.lijst());
                    return null;
                });
                LOG.info("Instellingen van gemeente '{}' gewijzigd door '{}'", gemeente,
                        Tekst.voorLog(door.gebruikersnaam()));
            }
            return instellingen(gemeente, gewijzigd);
        }
    }

    @Override
    public Instellingen maak(Namens namens, Map<String, Object> waarden) {
        Gebruiker door = Toegangsregels.gebruiker(namens, nl.doorbraak.core.toegang.Aanroeper.platform());
        if (!door.isSysteem() && !door.heeft(Rol.PLATFORMBEHEERDER)) {
            throw new GeenToegangException("Alleen een platformbeheerder maakt een gemeente aan.");
        }
        List<Instellingveld> velden = velden();
        Invoer fouten = new Invoer();
        Map<String, String> nieuw = controleer(velden, waarden == null ? Map.of() : waarden, fouten);
        String id = nieuw.get("id");
        if (configMap == null) {
            throw new NietBeschikbaarException("Het platform weet niet in welke map de configuratie staat "
                    + "(frameworkeigenschap " + CONFIGMAP + "); maak de gemeente aan met een bestand in config/.", 60);
        }
        Path bestand = configMap.resolve(GemeenteConfiguratie.FACTORY_PID + "-" + id + ".cfg");
        synchronized (schrijven) {
            if (register.zoek(id).isPresent() || Files.exists(bestand)) {
                throw new ConflictException("Gemeente '" + id + "' bestaat al.");
            }
            Map<String, String> regels = new LinkedHashMap<>();
            for (Instellingveld v : velden) {
                regels.put(v.id(), nieuw.get(v.id()));
            }
            Cfgbestand cfg = Cfgbestand.nieuw(nieuw.get("naam") + ". Aangemaakt via Doorbraak; wijzigingen gelden "
                    + "binnen enkele seconden, zonder herstart.").met(regels);
            schrijf(cfg, bestand);
            wachtOp(id, nieuw);
            Wijzigingen w = new Wijzigingen();
            for (Instellingveld v : velden) {
                w.nieuw(v.id(), nieuw.get(v.id()));
            }
            db.inTransactie(c -> {
                audit.schrijf(c, id, null, "gemeente", id, "aangemaakt", door.gebruikersnaam(), w.lijst());
                return null;
            });
            LOG.info("Gemeente '{}' aangemaakt door '{}' in {}", id, Tekst.voorLog(door.gebruikersnaam()),
                    bestand.getFileName());
            return instellingen(id, cfg);
        }
    }

    // ------------------------------------------------------------------------------------------------ huisstijl

    @Override
    public Optional<Huisstijl> huisstijl(Namens namens, String gemeente) {
        Gebruiker g = Toegangsregels.gebruiker(namens, nl.doorbraak.core.toegang.Aanroeper.platform());
        if (!Toegangsregels.zietGemeente(g, gemeente) || register.zoek(gemeente).isEmpty()) {
            throw Toegangsregels.gemeenteNietGevonden(gemeente);
        }
        return register.huisstijl(gemeente)
                .filter(h -> h.kleur() != null || h.accentkleur() != null || h.logo());
    }

    @Override
    public Optional<Logo> logo(Namens namens, String gemeente) {
        if (huisstijl(namens, gemeente).filter(Huisstijl::logo).isEmpty() || home == null) {
            return Optional.empty();
        }
        String pad = register.logo(gemeente).orElse(null);
        if (pad == null) {
            return Optional.empty();
        }
        Path bestand = home.resolve(pad).normalize();
        if (!bestand.startsWith(home)) {
            return Optional.empty();
        }
        try {
            if (Files.size(bestand) > MAX_LOGO_BYTES) {
                LOG.warn("Logo van gemeente '{}' is groter dan {} bytes; niet getoond", gemeente, MAX_LOGO_BYTES);
                return Optional.empty();
            }
            String type = pad.toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png" : "image/svg+xml";
            return Optional.of(new Logo(type, Files.readAllBytes(bestand)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Logo van gemeente '{}' onleesbaar: {}", gemeente, e.toString());
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------------ hulp

    static final String TEKST = "tekst";
    static final String GEHEEL = "geheel getal";

    /** The fields from the Metatype, in its order; {@code id} is fixed once the gemeente exists. */
    List<Instellingveld> velden() {
        ObjectClassDefinition ocd = beschrijving.get();
        if (ocd == null) {
            throw new NietBeschikbaarException("De beschrijving van de gemeente-instellingen (Metatype) is er nog "
                    + "niet; probeer het zo opnieuw.", 5);
        }
        List<String> verplicht = new ArrayList<>();
        AttributeDefinition[] req = ocd.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
        if (req != null) {
            Arrays.stream(req).forEach(a -> verplicht.add(a.getID()));
        }
        List<Instellingveld> velden = new ArrayList<>();
        for (AttributeDefinition a : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
            String type = switch (a.getType()) {
                case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT,
                        AttributeDefinition.BYTE -> GEHEEL;
                case AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> "getal";
                case AttributeDefinition.BOOLEAN -> "ja/nee";
                case AttributeDefinition.PASSWORD -> "wachtwoord";
                default -> TEKST;
            };
            List<Instellingveld.Optie> opties = new ArrayList<>();
            String[] ow = a.getOptionValues();
            String[] ol = a.getOptionLabels();
            if (ow != null) {
                for (int i = 0; i < ow.length; i++) {
                    opties.add(new Instellingveld.Optie(ow[i], ol != null && i < ol.length ? ol[i] : ow[i]));
                }
            }
            Long min = null;
            Long max = null;
            if (type.equals(GEHEEL)) {
                min = grens(a, true);
                max = grens(a, false);
            }
            String[] standaard = a.getDefaultValue();
            velden.add(new Instellingveld(a.getID(), a.getName(), a.getDescription(), type, a.getCardinality() != 0,
                    Math.abs(a.getCardinality()) == Integer.MAX_VALUE ? 0 : Math.abs(a.getCardinality()), min, max,
                    verplicht.contains(a.getID()), a.getID().equals("id"),
                    standaard == null ? List.of() : Arrays.asList(standaard), opties));
        }
        return velden;
    }

    /**
     * The Metatype API (1.4) has no accessor for min and max, only {@link AttributeDefinition#validate}: the bound is
     * the last value it accepts, found by halving. {@code null} if it accepts everything (or validates nothing).
     */
    static Long grens(AttributeDefinition a, boolean onder) {
        long buiten = onder ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        if (geldig(a, buiten)) {
            return null;
        }
        long binnen = a.getDefaultValue() != null && a.getDefaultValue().length == 1
                ? parse(a.getDefaultValue()[0]) : 0;
        if (!geldig(a, binnen)) {
            return null;
        }
        // invariant: binnen valid, buiten not
        while (Math.abs(buiten - binnen) > 1) {
            long midden = binnen + (buiten - binnen) / 2;
            if (geldig(a, midden)) {
                binnen = midden;
            } else {
                buiten = midden;
            }
        }
        return binnen;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean geldig(AttributeDefinition a, long waarde) {
        String r = a.validate(Long.toString(waarde));
        return r == null || r.isEmpty();
    }

    /**
     * The values of a form as the lines of the file: types and limits from the description, then the rules of
     * {@link GemeenteConfiguratie#problemen}, every error per field at once.
     */
    static Map<String, String> controleer(List<Instellingveld> velden, Map<String, ?> waarden, Invoer fouten) {
        Map<String, String> regels = new LinkedHashMap<>();
        Map<String, Object> voorCheck = new LinkedHashMap<>();
        for (String k : waarden.keySet()) {
            if (velden.stream().noneMatch(v -> v.id().equals(k))) {
                fouten.fout(k, Invoer.ONBEKEND, "Onbekende instelling '" + k + "'.");
            }
        }
        for (Instellingveld v : velden) {
            Object w = waarden.get(v.id());
            String regel = regel(v, w, fouten);
            if (regel == null || regel.isEmpty()) {
                if (v.verplicht()) {
                    fouten.fout(v.id(), Invoer.VERPLICHT, v.naam() + " is verplicht.");
                }
                continue;
            }
            regels.put(v.id(), regel);
            voorCheck.put(v.id(), regel);
        }
        // one reason per field (a form shows one message next to it), every problem of that field in it
        Map<String, List<String>> perVeld = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : GemeenteConfiguratie.problemen(voorCheck)) {
            perVeld.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue());
        }
        perVeld.forEach((veld, teksten) -> {
            if (fouten.fouten().stream().noneMatch(f -> f.naam().equals(veld))) {
                String t = String.join("; ", teksten);
                fouten.fout(veld, Invoer.WAARDE, Character.toUpperCase(t.charAt(0)) + t.substring(1) + ".");
            }
        });
        fouten.controleer();
        return regels;
    }

    /** One value as its line in the file; {@code null} when it is empty; an error when its type is wrong. */
    private static String regel(Instellingveld v, Object w, Invoer fouten) {
        if (w == null) {
            return null;
        }
        List<String> delen = new ArrayList<>();
        if (w instanceof List<?> l) {
            if (!v.lijst()) {
                fouten.fout(v.id(), Invoer.TYPE, v.naam() + " is één waarde, geen lijst.");
                return null;
            }
            for (Object o : l) {
                if (!(o instanceof String || o instanceof Number)) {
                    fouten.fout(v.id(), Invoer.TYPE, v.naam() + " is een lijst van teksten.");
                    return null;
                }
                String s = o.toString().strip();
                if (s.contains(",")) {
                    fouten.fout(v.id(), Invoer.WAARDE, v.naam() + ": een waarde in de lijst bevat geen komma ('" + s
                            + "').");
                    return null;
                }
                if (!s.isEmpty()) {
                    delen.add(s);
                }
            }
            if (v.maxAantal() > 0 && delen.size() > v.maxAantal()) {
                fouten.fout(v.id(), Invoer.LENGTE, v.naam() + " heeft hoogstens " + v.maxAantal() + " waarden.");
                return null;
            }
        } else if (w instanceof String || w instanceof Number) {
            if (v.type().equals(GEHEEL) && w instanceof Number n && !(n.doubleValue() == Math.rint(n.doubleValue()))) {
                fouten.fout(v.id(), Invoer.TYPE, v.naam() + " is een geheel getal.");
                return null;
            }
            String s = w instanceof Number n && v.type().equals(GEHEEL) ? Long.toString(n.longValue())
                    : w.toString().strip();
            if (v.lijst()) {
                delen.addAll(GemeenteConfiguratie.lijst(s));
            } else {
                delen.add(s);
            }
        } else {
            fouten.fout(v.id(), Invoer.TYPE, v.naam() + " is " + (v.lijst() ? "een lijst van teksten." : "een "
                    + v.type() + "."));
            return null;
        }
        String regel = String.join(",", delen);
        for (int i = 0; i < regel.length(); i++) {
            if (Character.isISOControl(regel.charAt(i))) {
                fouten.fout(v.id(), Invoer.TEKENS, v.naam() + " bevat een regeleinde of ander stuurteken.");
                return null;
            }
        }
        if (regel.contains("${")) {
            // FileInstall would substitute it with a property of the framework
            fouten.fout(v.id(), Invoer.TEKENS, v.naam() + " mag geen '${' bevatten.");
            return null;
        }
        if (regel.length() > 2000) {
            fouten.fout(v.id(), Invoer.LENGTE, v.naam() + " is langer dan 2000 tekens.");
            return null;
        }
        return regel;
    }

    /** The gemeente's beheerder: the gemeentebeheerder of it, the platformbeheerder, the platform; 404 before 403. */
    private Gebruiker beheerder(Namens namens, String gemeente) {
        if (namens == null) {
            throw new IllegalArgumentException("In wiens naam? Namens is verplicht.");
        }
        Gebruiker g = Toegangsregels.gebruiker(namens, nl.doorbraak.core.toegang.Aanroeper.platform());
        if (!Toegangsregels.zietGemeente(g, gemeente) || register.zoek(gemeente).isEmpty()) {
            throw Toegangsregels.gemeenteNietGevonden(gemeente);
        }
        if (!g.isSysteem() && !g.heeft(Rol.PLATFORMBEHEERDER) && !g.heeft(Rol.GEMEENTEBEHEERDER)) {
            throw new GeenToegangException(GEEN_ROL);
        }
        return g;
    }

    private Path bestand(String gemeente) {
        return register.bestand(gemeente).orElseThrow(() -> new NietBeschikbaarException("Gemeente '" + gemeente
                + "' komt niet uit een bestand in config/; haar instellingen zijn hier niet te wijzigen.", 60));
    }

    private void schrijf(Cfgbestand cfg, Path bestand) {
        try {
            cfg.schrijf(bestand);
        } catch (IOException e) {
            LOG.error("Kon {} niet schrijven: {}", bestand, e.toString());
            throw new NietBeschikbaarException("Het configuratiebestand " + bestand.getFileName() + " kon niet "
                    + "worden geschreven (" + e.getClass().getSimpleName() + "); er is niets gewijzigd. Kan het "
                    + "platform schrijven in config/?", 60);
        }
    }

    private static NietBeschikbaarException onleesbaar(Path bestand, IOException e) {
        return new NietBeschikbaarException("Het configuratiebestand " + bestand.getFileName() + " is niet te lezen ("
                + e.getClass().getSimpleName() + ").", 5);
    }

    /** Until the register holds the gemeente as the file now says, at most {@link #wachtMs}. */
    private void wachtOp(String id, Map<String, String> regels) {
        Gemeente verwacht = GemeenteConfiguratie.lees(regels);
        Huisstijl stijl = GemeenteConfiguratie.huisstijl(regels);
        long tot = System.nanoTime() + wachtMs * 1_000_000;
        while (!(register.zoek(id).filter(verwacht::equals).isPresent()
                && register.huisstijl(id).filter(stijl::equals).isPresent()
                && Objects.equals(register.logo(id).orElse(null), leeg(regels.get("logo"))))) {
            if (System.nanoTime() - tot > 0) {
                LOG.warn("Gemeente '{}': het geschreven bestand is na {} ms nog niet in gebruik", id, wachtMs);
                throw new NietBeschikbaarException("Het bestand van gemeente '" + id + "' is geschreven, maar het "
                        + "platform heeft het na " + wachtMs / 1000 + " seconden nog niet in gebruik genomen; zie "
                        + "/api/health en logs/doorbraak.log.", 5);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NietBeschikbaarException("Onderbroken tijdens het wachten op de nieuwe instellingen.", 5);
            }
        }
    }

    private static String leeg(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
