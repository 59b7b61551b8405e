package nl.doorbraak.core.variant;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.tekst.Tekst;
import nl.doorbraak.api.variant.VariantVeld;
import nl.doorbraak.core.platform.Invoer;
import nl.doorbraak.core.platform.Json;

/**
 * Checking and upgrading variant data. The generic checks come from the variant's {@link VariantVeld}s, then the
 * variant's own {@code valideer}. Every call into the plug-in is guarded: a failure becomes a {@link PluginFout}.
 * Data here never contains {@code schemaVersie}; the core keeps that in its own column.
 */
public final class VariantGegevens {

    public static final String VOORVOEGSEL = "variantData.";

    private VariantGegevens() {
    }

    /** The input as plain JSON values without {@code schemaVersie}, or {@code null} after recording an error. */
    public static Map<String, Object> invoer(Map<String, Object> data, Invoer invoer) {
        if (data == null) {
            return new LinkedHashMap<>();
        }
        try {
            Map<String, Object> schoon = Json.normaliseer(data);
            schoon.remove(Casus.SCHEMA_VERSIE);
            return schoon;
        } catch (IllegalArgumentException e) {
            invoer.fout("variantData", Invoer.TYPE, e.getMessage());
            return null;
        }
    }

    /**
     * All checks for data about to be stored: the fields, then the variant's own rules (only when the fields are in
     * order, so the plug-in sees well-typed data). Optional fields set to {@code null} are dropped.
     *
     * @throws PluginFout when the plug-in fails
     */
    public static void controleer(Registratie r, Map<String, Object> data, Invoer invoer) {
        List<VariantVeld> velden = velden(r);
        data.values().removeIf(v -> v == null);
        List<VeldFout> fouten = controleerVelden(r.id(), velden, data);
        if (!fouten.isEmpty()) {
            invoer.alle(fouten);
            return;
        }
        List<VeldFout> eigen;
        try {
            eigen = r.variant().valideer(java.util.Collections.unmodifiableMap(Json.normaliseer(data)));
        } catch (Throwable t) {
            PluginFout.gooiAlsFataal(t);
            throw new PluginFout(r.id(), "valideer", t);
        }
        if (eigen != null) {
            for (VeldFout f : eigen) {
                if (f != null) {
                    // copy: the plug-in's object stays with the plug-in
                    String naam = f.naam() == null ? "variantData" : f.naam();
                    invoer.fout(naam.startsWith(VOORVOEGSEL) || naam.equals("variantData") ? naam : VOORVOEGSEL + naam,
                            f.code() == null ? Invoer.WAARDE : f.code(),
                            f.reden() == null ? "Ongeldige waarde." : f.reden());
                }
            }
        }
    }

    public static List<VariantVeld> velden(Registratie r) {
        try {
            List<VariantVeld> velden = r.variant().velden();
            return velden == null ? List.of() : List.copyOf(velden);
        } catch (Throwable t) {
            PluginFout.gooiAlsFataal(t);
            throw new PluginFout(r.id(), "velden", t);
        }
    }

    /** The generic checks from the declared fields. */
    public static List<VeldFout> controleerVelden(String variant, List<VariantVeld> velden, Map<String, Object> data) {
        List<VeldFout> fouten = new ArrayList<>();
        Map<String, VariantVeld> perNaam = new LinkedHashMap<>();
        for (VariantVeld v : velden) {
            if (v != null && v.naam() != null) {
                perNaam.putIfAbsent(v.naam(), v);
            }
        }
        for (String sleutel : data.keySet()) {
            if (!perNaam.containsKey(sleutel)) {
                fouten.add(new VeldFout(VOORVOEGSEL + sleutel, Invoer.ONBEKEND,
                        "Variant '" + variant + "' kent geen veld '" + sleutel + "'."));
            }
        }
        for (VariantVeld v : perNaam.values()) {
            String veld = VOORVOEGSEL + v.naam();
            String label = v.label() == null || v.label().isBlank() ? v.naam() : v.label();
            Object w = data.get(v.naam());
            if (w == null || (w instanceof String s && s.isBlank())) {
                if (v.verplicht()) {
                    fouten.add(new VeldFout(veld, Invoer.VERPLICHT, label + " is verplicht."));
                }
                continue;
            }
            switch (v.type() == null ? nl.doorbraak.api.variant.VeldType.TEKST : v.type()) {
                case TEKST -> {
                    if (!(w instanceof String s)) {
                        fouten.add(typeFout(veld, label, "tekst"));
                    } else if (v.maxLengte() > 0 && s.length() > v.maxLengte()) {
                        fouten.add(new VeldFout(veld, Invoer.LENGTE, label + " is " + s.length()
                                + " tekens lang; het maximum is " + v.maxLengte() + "."));
                    } else if (Tekst.probleem(s, Tekst.Soort.MEERDERE_REGELS) != null) {
                        // the same rule for a plug-in's text fields as for the core's own
                        fouten.add(new VeldFout(veld, Invoer.TEKENS,
                                label + ": " + Tekst.probleem(s, Tekst.Soort.MEERDERE_REGELS)));
                    } else if (Invoer.bsnReden(label, s) != null) {
                        // a plug-in's text field is free text like the core's own: never a BSN in it
                        fouten.add(new VeldFout(veld, Invoer.BSN, Invoer.bsnReden(label, s)));
                    }
                }
                case GETAL -> {
                    if (!(w instanceof Number n)) {
                        fouten.add(typeFout(veld, label, "een getal"));
                    } else if (!eindig(n)) {
                        fouten.add(new VeldFout(veld, Invoer.BEREIK, label + " is geen getal binnen het bereik van "
                                + "1e-308 tot 1e308."));
                    }
                }
                case JA_NEE -> {
                    if (!(w instanceof Boolean)) {
                        fouten.add(typeFout(veld, label, "true of false"));
                    }
                }
                case KEUZE -> {
                    if (!(w instanceof String s)) {
                        fouten.add(typeFout(veld, label, "tekst"));
                    } else if (!v.waarden().contains(s)) {
                        fouten.add(new VeldFout(veld, Invoer.WAARDE, label + " '" + s + "' kan niet; kies uit: "
                                + String.join(", ", v.waarden()) + "."));
                    }
                }
                case DATUM -> {
                    if (!(w instanceof String s) || !isDatum(s)) {
                        fouten.add(new VeldFout(veld, Invoer.TYPE,
                                label + " moet een datum zijn als 2026-11-25 (jaar-maand-dag)."));
                    }
                }
            }
        }
        return fouten;
    }

    /** Finite and representable as a double (a plug-in would otherwise get Infinity, or a BigDecimal too large to use). */
    static boolean eindig(Number n) {
        if (n instanceof java.math.BigDecimal b) {
            long orde = (long) b.precision() - b.scale();
            return b.signum() == 0 || (orde <= 309 && orde >= -308);
        }
        if (n instanceof java.math.BigInteger b) {
            return b.bitLength() <= 1023;
        }
        return Double.isFinite(n.doubleValue());
    }

    private static VeldFout typeFout(String veld, String label, String soort) {
        return new VeldFout(veld, Invoer.TYPE, label + " moet " + soort + " zijn.");
    }

    private static boolean isDatum(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Data of schema {@code vanVersie} in the schema of {@code r}; unchanged when already current.
     *
     * @throws PluginFout when the plug-in fails or returns something that is not JSON-like
     */
    public static Map<String, Object> upgrade(Registratie r, int vanVersie, Map<String, Object> data) {
        if (vanVersie >= r.schemaVersie()) {
            return data;
        }
        try {
            // the plug-in gets its own copy and may return it changed
            Map<String, Object> nieuw = r.variant().upgrade(vanVersie, Json.normaliseer(data));
            if (nieuw == null) {
                throw new IllegalStateException("upgrade gaf null");
            }
            Map<String, Object> schoon = Json.normaliseer(nieuw);
            schoon.remove(Casus.SCHEMA_VERSIE);
            return schoon;
        } catch (Throwable t) {
            PluginFout.gooiAlsFataal(t);
            throw new PluginFout(r.id(), "upgrade van schema " + vanVersie + " naar " + r.schemaVersie(), t);
        }
    }

    /** The data as served: a copy with {@code schemaVersie} first. */
    public static Map<String, Object> metSchema(Map<String, Object> data, int schemaVersie) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(Casus.SCHEMA_VERSIE, schemaVersie);
        data.forEach((k, v) -> {
            if (!Casus.SCHEMA_VERSIE.equals(k)) {
                m.put(k, v);
            }
        });
        return m;
    }
}
