package nl.doorbraak.web;

import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonGenerator;

import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.VariantInfo;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Rol;

/**
 * Schrijft domeintypen en JSON-achtige waarden met de generator: vaste veldnamen, geen reflectie, enums als hun
 * {@code code()}, tijden als ISO-8601.
 */
final class DomeinJson {

    /** Wat een plug-in teruggeeft mag niet eindeloos diep zijn (een kringverwijzing zou anders de stack opblazen). */
    private static final int MAX_DIEPTE = 64;

    /** Een waarde die geen JSON is, bijvoorbeeld een eigen klasse van een plug-in. */
    static final class GeenJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GeenJsonException(String boodschap) {
            super(boodschap, null, false, false);
        }
    }

    private DomeinJson() {
    }

    static void casus(JsonGenerator g, Casus c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("gemeente", c.gemeente());
        g.writeStringField("tafelId", c.tafelId());
        g.writeStringField("variant", c.variant());
        g.writeStringField("titel", c.titel());
        g.writeStringField("hulpvraag", c.hulpvraag());
        g.writeFieldName("inwoner");
        inwoner(g, c.inwoner());
        g.writeStringField("thema", c.thema());
        g.writeStringField("status", code(c.status()));
        g.writeStringField("resultaat", c.resultaat() == null ? null : c.resultaat().code());
        g.writeArrayFieldStart("historie");
        for (StatusWijziging w : c.historie()) {
            statusWijziging(g, w);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("betrokkenOrganisaties");
        for (String o : c.betrokkenOrganisaties()) {
            g.writeString(o);
        }
        g.writeEndArray();
        g.writeFieldName("variantData");
        waarde(g, c.variantData(), 0);
        g.writeNumberField("versie", c.versie());
        tijd(g, "aangemaakt", c.aangemaakt());
        tijd(g, "gewijzigd", c.gewijzigd());
        g.writeEndObject();
    }

    static void inwoner(JsonGenerator g, Inwoner i) throws IOException {
        if (i == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("pseudoniem", i.pseudoniem());
        g.writeStringField("initialen", i.initialen());
        g.writeEndObject();
    }

    static void statusWijziging(JsonGenerator g, StatusWijziging w) throws IOException {
        g.writeStartObject();
        g.writeStringField("van", code(w.van()));
        g.writeStringField("naar", code(w.naar()));
        g.writeStringField("door", w.door());
        tijd(g, "op", w.op());
        g.writeStringField("reden", w.reden());
        g.writeEndObject();
    }

    static void tafel(JsonGenerator g, Tafel t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("gemeente", t.gemeente());
        g.writeStringField("naam", t.naam());
        g.writeStringField("variant", t.variant());
        g.writeArrayFieldStart("deelnemers");
        for (Deelnemer d : t.deelnemers()) {
            deelnemer(g, d);
        }
        g.writeEndArray();
        g.writeNumberField("versie", t.versie());
        tijd(g, "aangemaakt", t.aangemaakt());
        tijd(g, "gewijzigd", t.gewijzigd());
        g.writeEndObject();
    }

    static void deelnemer(JsonGenerator g, Deelnemer d) throws IOException {
        g.writeStartObject();
        g.writeStringField("naam", d.naam());
        g.writeStringField("organisatie", d.organisatie());
        g.writeStringField("mandaat", d.mandaat());
        g.writeFieldName("mandaatBedrag");
        if (d.mandaatBedrag() == null) {
            g.writeNull();
        } else {
            g.writeNumber(d.mandaatBedrag());
        }
        g.writeStringField("contactId", d.contactId());
        g.writeEndObject();
    }

    static void contact(JsonGenerator g, Contact k) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", k.id());
        g.writeStringField("gemeente", k.gemeente());
        g.writeStringField("organisatie", k.organisatie());
        g.writeStringField("naam", k.naam());
        g.writeStringField("rol", k.rol());
        g.writeStringField("mandaat", k.mandaat());
        g.writeFieldName("mandaatBedrag");
        if (k.mandaatBedrag() == null) {
            g.writeNull();
        } else {
            g.writeNumber(k.mandaatBedrag());
        }
        g.writeStringField("wijk", k.wijk());
        g.writeStringField("telefoon", k.telefoon());
        g.writeStringField("email", k.email());
        g.writeBooleanField("trekker", k.trekker());
        g.writeBooleanField("aanjager", k.aanjager());
        g.writeStringField("onderwerp", k.onderwerp());
        g.writeBooleanField("actief", k.actief());
        g.writeNumberField("versie", k.versie());
        tijd(g, "aangemaakt", k.aangemaakt());
        tijd(g, "gewijzigd", k.gewijzigd());
        g.writeEndObject();
    }

    static void contactGroep(JsonGenerator g, ContactGroep groep) throws IOException {
        g.writeStartObject();
        g.writeStringField("organisatie", groep.organisatie());
        g.writeStringField("wijk", groep.wijk());
        g.writeArrayFieldStart("trekkers");
        for (Contact k : groep.trekkers()) {
            contact(g, k);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("aanjagers");
        for (Contact k : groep.aanjagers()) {
            contact(g, k);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * @param titelZichtbaar of de gebruiker de titel van een gekoppelde casus mag zien (casusinhoud); anders is
     *                       {@code titel} {@code null} en staat alleen het id er
     */
    static void signaal(JsonGenerator g, Signaal s, Predicate<GekoppeldeCasus> titelZichtbaar) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("gemeente", s.gemeente());
        g.writeStringField("regel", s.regel());
        g.writeStringField("organisatie", s.organisatie());
        g.writeStringField("omschrijving", s.omschrijving());
        g.writeStringField("status", s.status() == null ? null : s.status().code());
        g.writeStringField("antwoord", s.antwoord());
        g.writeNumberField("gewicht", s.gewicht());
        g.writeArrayFieldStart("casussen");
        for (GekoppeldeCasus k : s.casussen()) {
            g.writeStartObject();
            g.writeStringField("id", k.casusId());
            g.writeStringField("titel", titelZichtbaar.test(k) ? k.titel() : null);
            g.writeStringField("gekoppeldDoor", k.gekoppeldDoor());
            tijd(g, "gekoppeldOp", k.gekoppeldOp());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("historie");
        for (SignaalStatusWijziging w : s.historie()) {
            g.writeStartObject();
            g.writeStringField("van", w.van() == null ? null : w.van().code());
            g.writeStringField("naar", w.naar().code());
            g.writeStringField("door", w.door());
            tijd(g, "op", w.op());
            g.writeStringField("reden", w.reden());
            g.writeStringField("antwoord", w.antwoord());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("versie", s.versie());
        tijd(g, "aangemaakt", s.aangemaakt());
        tijd(g, "gewijzigd", s.gewijzigd());
        g.writeEndObject();
    }

    static void gemeente(JsonGenerator g, Gemeente gem) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", gem.id());
        g.writeStringField("naam", gem.naam());
        tekstLijst(g, "varianten", gem.varianten());
        g.writeArrayFieldStart("escalatieniveaus");
        for (Escalatieniveau n : gem.escalatieniveaus()) {
            escalatieniveau(g, n);
        }
        g.writeEndArray();
        g.writeNumberField("bewaartermijnMaanden", gem.bewaartermijnMaanden());
        g.writeStringField("thema", gem.thema());
        g.writeEndObject();
    }

    static void escalatieniveau(JsonGenerator g, Escalatieniveau n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("naam", n.naam());
        g.writeNumberField("reactietermijnDagen", n.reactietermijnDagen());
        g.writeStringField("plugin", n.plugin());
        g.writeEndObject();
    }

    static void escalatie(JsonGenerator g, Escalatie e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("gemeente", e.gemeente());
        g.writeStringField("casusId", e.casusId());
        g.writeStringField("niveau", e.niveau());
        g.writeStringField("niveauNaam", e.niveauNaam());
        g.writeNumberField("reactietermijnDagen", e.reactietermijnDagen());
        g.writeStringField("reden", e.reden());
        g.writeStringField("status", e.status().code());
        tijd(g, "deadline", e.deadline());
        g.writeBooleanField("verlopen", e.verlopen());
        g.writeStringField("antwoord", e.antwoord());
        g.writeStringField("vorige", e.vorige());
        g.writeStringField("volgende", e.volgende());
        g.writeArrayFieldStart("historie");
        for (EscalatieWijziging w : e.historie()) {
            escalatieWijziging(g, w);
        }
        g.writeEndArray();
        g.writeNumberField("versie", e.versie());
        tijd(g, "aangemaakt", e.aangemaakt());
        g.writeStringField("aangemaaktDoor", e.aangemaaktDoor());
        tijd(g, "gewijzigd", e.gewijzigd());
        g.writeEndObject();
    }

    static void escalatieWijziging(JsonGenerator g, EscalatieWijziging w) throws IOException {
        g.writeStartObject();
        g.writeStringField("van", w.van() == null ? null : w.van().code());
        g.writeStringField("naar", w.naar().code());
        g.writeStringField("door", w.door());
        tijd(g, "op", w.op());
        g.writeStringField("toelichting", w.toelichting());
        g.writeEndObject();
    }

    static void gebruiker(JsonGenerator g, Gebruiker u) throws IOException {
        g.writeStartObject();
        g.writeStringField("gebruikersnaam", u.gebruikersnaam());
        g.writeStringField("naam", u.naam());
        g.writeStringField("gemeente", u.gemeente());
        rollen(g, u.rollen());
        tekstLijst(g, "tafels", new TreeSet<>(u.tafels()));
        g.writeEndObject();
    }

    /** {@code "rollen": [...]} in een vaste volgorde: die van de enum. */
    static void rollen(JsonGenerator g, Set<Rol> rollen) throws IOException {
        g.writeArrayFieldStart("rollen");
        for (Rol r : Rol.values()) {
            if (rollen.contains(r)) {
                g.writeString(r.code());
            }
        }
        g.writeEndArray();
    }

    static void variantInfo(JsonGenerator g, VariantInfo v) throws IOException {
        variantInfo(g, v, null);
    }

    /** @param r wat de plug-in van deze variant vroeg en kreeg; {@code null}: onbekend (de variant is afwezig) */
    static void variantInfo(JsonGenerator g, VariantInfo v, PluginRechten r) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id());
        g.writeStringField("naam", v.naam());
        g.writeStringField("bundle", v.bundle());
        g.writeStringField("versie", v.versie());
        g.writeNumberField("schemaVersie", v.schemaVersie());
        g.writeStringField("status", v.status());
        rechten(g, r);
        g.writeEndObject();
    }

    /** {@code "rechten"}: wat een plug-in vroeg, kreeg en niet kreeg; {@code null} voor een bundle van het platform. */
    static void rechten(JsonGenerator g, PluginRechten r) throws IOException {
        if (r == null) {
            g.writeNullField("rechten");
            return;
        }
        g.writeObjectFieldStart("rechten");
        tekstLijst(g, "gevraagd", codes(r.gevraagd()));
        tekstLijst(g, "verleend", codes(r.verleend()));
        tekstLijst(g, "geweigerd", codes(r.geweigerd()));
        tekstLijst(g, "onbekend", r.onbekend());
        g.writeEndObject();
    }

    private static java.util.List<String> codes(java.util.Set<Recht> rechten) {
        return rechten.stream().sorted().map(Recht::code).toList();
    }

    static void bundle(JsonGenerator g, org.osgi.framework.Bundle b) throws IOException {
        bundle(g, b, null);
    }

    static void bundle(JsonGenerator g, org.osgi.framework.Bundle b, PluginRechten r) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", b.getBundleId());
        g.writeStringField("symbolischeNaam", b.getSymbolicName());
        g.writeStringField("versie", b.getVersion().toString());
        g.writeStringField("status", switch (b.getState()) {
            case org.osgi.framework.Bundle.ACTIVE -> "actief";
            case org.osgi.framework.Bundle.RESOLVED -> "opgelost";
            case org.osgi.framework.Bundle.INSTALLED -> "geïnstalleerd";
            case org.osgi.framework.Bundle.STARTING -> "start";
            case org.osgi.framework.Bundle.STOPPING -> "stopt";
            default -> "verwijderd";
        });
        rechten(g, r);
        g.writeEndObject();
    }

    static void document(JsonGenerator g, Document d, int diepte) throws IOException {
        g.writeStartObject();
        g.writeStringField("collectie", d.collectie());
        g.writeStringField("id", d.id());
        g.writeNumberField("schemaVersie", d.schemaVersie());
        g.writeFieldName("inhoud");
        waarde(g, d.inhoud(), diepte + 1);
        g.writeNumberField("versie", d.versie());
        tijd(g, "gewijzigd", d.gewijzigd());
        g.writeEndObject();
    }

    static void veldFout(JsonGenerator g, VeldFout f) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", f.naam());
        g.writeStringField("code", f.code());
        g.writeStringField("reason", f.reden());
        g.writeEndObject();
    }

    static void tekstLijst(JsonGenerator g, String veld, Collection<String> lijst) throws IOException {
        g.writeArrayFieldStart(veld);
        for (String s : lijst) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    static void tijd(JsonGenerator g, String veld, TemporalAccessor t) throws IOException {
        if (t == null) {
            g.writeNullField(veld);
        } else {
            g.writeStringField(veld, t.toString());
        }
    }

    private static String code(CasusStatus s) {
        return s == null ? null : s.code();
    }

    /**
     * Schrijft een JSON-achtige waarde (Map, List, String, Number, Boolean, null) en de api-records die plug-ins
     * rechtstreeks teruggeven (bijvoorbeeld {@link Document}).
     *
     * @throws GeenJsonException bij een waarde die geen JSON is, bijvoorbeeld een eigen klasse van een plug-in
     */
    static void waarde(JsonGenerator g, Object v, int diepte) throws IOException {
        if (diepte > MAX_DIEPTE) {
            throw new GeenJsonException("de waarde is dieper genest dan " + MAX_DIEPTE + " niveaus");
        }
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                g.writeNull(); // geen geldig JSON-getal
            } else {
                g.writeNumber(d);
            }
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                waarde(g, e.getValue(), diepte + 1);
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> it) {
            g.writeStartArray();
            for (Object o : it) {
                waarde(g, o, diepte + 1);
            }
            g.writeEndArray();
        } else if (v instanceof CharSequence cs) {
            g.writeString(cs.toString());
        } else if (v instanceof Optional<?> o) {
            waarde(g, o.orElse(null), diepte);
        } else if (v.getClass().isArray()) {
            g.writeStartArray();
            int n = Array.getLength(v);
            for (int i = 0; i < n; i++) {
                waarde(g, Array.get(v, i), diepte + 1);
            }
            g.writeEndArray();
        } else if (v instanceof CasusStatus s) {
            g.writeString(s.code());
        } else if (v instanceof Rol r) {
            g.writeString(r.code());
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof TemporalAccessor || v instanceof UUID || v instanceof java.net.URI) {
            g.writeString(v.toString());
        } else if (v instanceof Document d) {
            document(g, d, diepte);
        } else if (v instanceof Casus c) {
            casus(g, c);
        } else if (v instanceof Tafel t) {
            tafel(g, t);
        } else if (v instanceof Contact k) {
            contact(g, k);
        } else if (v instanceof ContactGroep cg) {
            contactGroep(g, cg);
        } else if (v instanceof Signaal sig) {
            // from a plug-in route we do not know who may see which casus: ids only, no titles
            signaal(g, sig, k -> false);
        } else if (v instanceof Gemeente gem) {
            gemeente(g, gem);
        } else if (v instanceof Deelnemer d) {
            deelnemer(g, d);
        } else if (v instanceof Inwoner i) {
            inwoner(g, i);
        } else if (v instanceof StatusWijziging w) {
            statusWijziging(g, w);
        } else if (v instanceof Escalatie e) {
            escalatie(g, e);
        } else if (v instanceof Escalatieniveau n) {
            escalatieniveau(g, n);
        } else if (v instanceof EscalatieWijziging w) {
            escalatieWijziging(g, w);
        } else if (v instanceof EscalatieStatus s) {
            g.writeString(s.code());
        } else if (v instanceof VariantInfo vi) {
            variantInfo(g, vi);
        } else if (v instanceof VeldFout f) {
            veldFout(g, f);
        } else if (v instanceof Pagina<?> p) {
            g.writeStartObject();
            g.writeNumberField("count", p.count());
            g.writeNumberField("page", p.page());
            g.writeNumberField("pageSize", p.pageSize());
            g.writeFieldName("results");
            waarde(g, p.results(), diepte + 1);
            g.writeEndObject();
        } else {
            throw new GeenJsonException("een waarde van klasse " + v.getClass().getName() + " is geen JSON");
        }
    }
}
