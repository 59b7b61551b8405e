package nl.doorbraak.web.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;

/**
 * Eén operatie van de core-API (methode en pad), eenmaal beschreven: de {@link Router} matcht en controleert er de
 * toegang mee, {@link OpenApi} maakt er de operatie in het document van. Bouwen gaat vloeiend, bij het opstarten; daarna
 * verandert er niets meer aan.
 *
 * <p>Toegang: {@link #publiek()} (zonder login), anders ingelogd, eventueel met {@link #rollen(String, Rol...)}. Een pad
 * onder {@code /gemeenten/{gemeente}} is van de eigen gemeente: een andere geeft 404, zoals een gemeente die niet
 * bestaat, ook voor wie bij geen gemeente hoort; met {@link #rolVoorGemeente()} krijgt die laatste 403 als hij de rol
 * niet heeft. De router controleert dat vóór de handler en geeft de gemeente door ({@link Aanvraag#gemeente()}).
 */
public final class Operatie {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final String methode;
    /** Het pad onder {@code /api}, met parameters als {@code {id}}. */
    final String sjabloon;
    final String id;
    final String samenvatting;
    final String tag;
    final Actie actie;

    private boolean publiek;
    private Set<Rol> rollen = Set.of();
    /** De tekst van de 403 als de router de rol controleert; {@code null}: de core beslist (of iedere ingelogde). */
    private String weigering;
    /** Of de router de gemeente uit het pad controleert; zo niet, dan beslist de handler of de core. */
    private boolean gemeenteControle;
    /** Of wie bij geen gemeente hoort eerst op zijn rol wordt gecontroleerd (403) in plaats van op de gemeente (404). */
    private boolean rolVoorGemeente;
    /** Rollen die in elke gemeente mogen: de platformbeheerder bij gemeenten en hun accounts. */
    private Set<Rol> elkeGemeente = Set.of();
    private boolean tafel;
    private String doel;
    private boolean formulier;

    private boolean pagineerbaar;
    private final List<ObjectNode> query = new ArrayList<>();
    private Boolean ifMatch;
    private ObjectNode body;
    private List<String> bodyTypes = List.of();
    private boolean bodyVerplicht = true;
    private final Map<String, ObjectNode> antwoorden = new LinkedHashMap<>();

    private Operatie(String methode, String sjabloon, String id, String samenvatting, String tag, Actie actie) {
        this.methode = methode;
        this.sjabloon = sjabloon;
        this.id = id;
        this.samenvatting = samenvatting;
        this.tag = tag;
        this.actie = actie;
        this.gemeenteControle = heeftGemeente();
    }

    static Operatie get(String sjabloon, String id, String samenvatting, String tag, Actie actie) {
        return new Operatie("GET", sjabloon, id, samenvatting, tag, actie);
    }

    static Operatie post(String sjabloon, String id, String samenvatting, String tag, Actie actie) {
        return new Operatie("POST", sjabloon, id, samenvatting, tag, actie);
    }

    static Operatie put(String sjabloon, String id, String samenvatting, String tag, Actie actie) {
        return new Operatie("PUT", sjabloon, id, samenvatting, tag, actie);
    }

    static Operatie patch(String sjabloon, String id, String samenvatting, String tag, Actie actie) {
        return new Operatie("PATCH", sjabloon, id, samenvatting, tag, actie);
    }

    static Operatie delete(String sjabloon, String id, String samenvatting, String tag, Actie actie) {
        return new Operatie("DELETE", sjabloon, id, samenvatting, tag, actie);
    }

    // ---- toegang ----

    /** Zonder login te gebruiken. */
    Operatie publiek() {
        publiek = true;
        return this;
    }

    /** Alleen met een van deze rollen; anders 403 "Uw rol geeft geen toegang tot {wat}." (de router controleert). */
    Operatie rollen(String wat, Rol... rollen) {
        return weigering("Uw rol geeft geen toegang tot " + wat + ".", rollen);
    }

    /** Alleen met een van deze rollen; anders 403 met deze tekst (de router controleert). */
    Operatie weigering(String tekst, Rol... rollen) {
        this.rollen = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(rollen)));
        this.weigering = tekst;
        return this;
    }

    /**
     * Wie bij geen gemeente hoort (platformbeheerder, Rijk) en de rol niet heeft, krijgt 403 (zijn rol geeft dit recht
     * nergens) in plaats van 404 (de gemeente is niet de zijne). Zoals de core het doet voor contacten, signalen en de
     * rapportage; elders eerst de gemeente.
     */
    Operatie rolVoorGemeente() {
        rolVoorGemeente = true;
        return this;
    }

    /** De gemeente uit het pad controleert de core of de handler (de platformbeheerder ziet ze alle). */
    Operatie gemeenteInKern() {
        gemeenteControle = false;
        return this;
    }

    /** Wie een van deze rollen heeft, mag in elke gemeente: de router slaat voor hem de controle van de gemeente over. */
    Operatie elkeGemeente(Rol... rollen) {
        this.elkeGemeente = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(rollen)));
        return this;
    }

    Set<Rol> elkeGemeente() {
        return elkeGemeente;
    }

    /** Een tafellid ziet alleen wat van zijn eigen tafels is (de core beslist: 404 voor de rest). */
    Operatie tafel() {
        tafel = true;
        return this;
    }

    /** Het doel in het verwerkingenlog: de route leest of wijzigt persoonsgegevens met dit doel. */
    Operatie doel(String doel) {
        this.doel = doel;
        return this;
    }

    /** Neemt naast JSON ook een formulier (alleen het inloggen). */
    Operatie formulier() {
        formulier = true;
        return this;
    }

    // ---- beschrijving ----

    /** {@code page} en {@code pageSize}. */
    Operatie pagineerbaar() {
        pagineerbaar = true;
        return this;
    }

    Operatie query(String naam, String omschrijving, ObjectNode schema) {
        return query(naam, omschrijving, schema, false);
    }

    Operatie query(String naam, String omschrijving, ObjectNode schema, boolean verplicht) {
        ObjectNode p = JSON.objectNode();
        p.put("name", naam);
        p.put("in", "query");
        p.put("required", verplicht);
        p.put("description", omschrijving);
        p.set("schema", schema);
        query.add(p);
        return this;
    }

    /** De header {@code If-Match}, verplicht of niet. */
    Operatie ifMatch(boolean verplicht) {
        ifMatch = verplicht;
        return this;
    }

    /** Een verplichte body met dit schema, als JSON of in deze mediatypen. */
    Operatie body(ObjectNode schema, String... mediatypen) {
        body = schema;
        bodyTypes = mediatypen.length == 0 ? List.of(Aanvraag.JSON) : List.of(mediatypen);
        return this;
    }

    Operatie bodyOptioneel() {
        bodyVerplicht = false;
        return this;
    }

    /** Een antwoord met een JSON-body; de omschrijving is de samenvatting. */
    Operatie antwoord(String status, ObjectNode schema) {
        return antwoord(status, samenvatting, schema);
    }

    Operatie antwoord(String status, String omschrijving, ObjectNode schema) {
        ObjectNode r = JSON.objectNode();
        r.put("description", omschrijving);
        r.putObject("content").putObject(Aanvraag.JSON).set("schema", schema);
        return antwoordZoals(status, r);
    }

    /** Een antwoord zonder body (204). */
    Operatie leeg(String status, String omschrijving) {
        ObjectNode r = JSON.objectNode();
        r.put("description", omschrijving);
        return antwoordZoals(status, r);
    }

    /** Een antwoord zoals het in het document staat (voor wat afwijkt: CSV, HTML, een doorverwijzing). */
    Operatie antwoordZoals(String status, ObjectNode antwoord) {
        antwoorden.put(status, antwoord);
        return this;
    }

    /** Foutstatussen (application/problem+json). */
    Operatie fouten(String... statussen) {
        for (String s : statussen) {
            antwoorden.put(s, JSON.objectNode().put("$ref", "#/components/responses/Probleem" + s));
        }
        return this;
    }

    // ---- lezen ----

    boolean isPubliek() {
        return publiek;
    }

    Set<Rol> rollen() {
        return rollen;
    }

    String weigering() {
        return weigering;
    }

    boolean isRolVoorGemeente() {
        return rolVoorGemeente;
    }

    boolean gemeenteControle() {
        return gemeenteControle;
    }

    /** Of het pad een gemeente noemt: {@code /gemeenten/{gemeente}/...}. */
    boolean heeftGemeente() {
        return sjabloon.startsWith("/gemeenten/{gemeente}");
    }

    boolean isTafel() {
        return tafel;
    }

    String doel() {
        return doel;
    }

    boolean neemtFormulier() {
        return formulier;
    }

    boolean isPagineerbaar() {
        return pagineerbaar;
    }

    List<ObjectNode> query() {
        return query;
    }

    Boolean ifMatch() {
        return ifMatch;
    }

    ObjectNode body() {
        return body;
    }

    public List<String> bodyTypes() {
        return bodyTypes;
    }

    boolean bodyVerplicht() {
        return bodyVerplicht;
    }

    /**
     * De antwoorden in volgorde. Wat uit de toegang volgt, staat er altijd bij: 401 als een login nodig is, 403 bij
     * een rol, 404 bij een gemeente in het pad (tussen de andere foutstatussen, op volgorde).
     */
    Map<String, ObjectNode> antwoorden() {
        List<String> afgeleid = new ArrayList<>();
        if (!publiek) {
            afgeleid.add("401");
        }
        if (!rollen.isEmpty()) {
            afgeleid.add("403");
        }
        if (heeftGemeente()) {
            afgeleid.add("404");
        }
        afgeleid.removeIf(antwoorden::containsKey);
        if (afgeleid.isEmpty()) {
            return antwoorden;
        }
        Map<String, ObjectNode> alle = new LinkedHashMap<>();
        for (Map.Entry<String, ObjectNode> e : antwoorden.entrySet()) {
            boolean fout = e.getValue().has("$ref");
            while (fout && !afgeleid.isEmpty() && afgeleid.get(0).compareTo(e.getKey()) < 0) {
                String s = afgeleid.remove(0);
                alle.put(s, JSON.objectNode().put("$ref", "#/components/responses/Probleem" + s));
            }
            alle.put(e.getKey(), e.getValue());
        }
        for (String s : afgeleid) {
            alle.put(s, JSON.objectNode().put("$ref", "#/components/responses/Probleem" + s));
        }
        return alle;
    }

    @Override
    public String toString() {
        return methode + " " + sjabloon;
    }

    // ---- schema's ----

    static ObjectNode ref(String naam) {
        return JSON.objectNode().put("$ref", "#/components/schemas/" + naam);
    }

    static ObjectNode lijst(String naam) {
        return ref(naam + "Lijst");
    }

    static ObjectNode tekst() {
        return JSON.objectNode().put("type", "string");
    }

    static ObjectNode obj() {
        return JSON.objectNode().put("type", "object").put("additionalProperties", true);
    }

    static ObjectNode geheel() {
        return JSON.objectNode().put("type", "integer");
    }

    /** Een tekst met deze toegestane waarden. */
    static ObjectNode keuze(List<String> codes) {
        ObjectNode s = tekst();
        codes.forEach(s.putArray("enum")::add);
        return s;
    }
}
