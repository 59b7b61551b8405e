package nl.doorbraak.web.route;

import static nl.doorbraak.web.route.Operatie.keuze;
import static nl.doorbraak.web.route.Operatie.obj;
import static nl.doorbraak.web.route.Operatie.ref;
import static nl.doorbraak.web.route.Operatie.tekst;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.sessie.Authenticatie;
import nl.doorbraak.web.plugin.EndpointRegister;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.plugin.PluginEndpoint;
import nl.doorbraak.web.plugin.PluginRoute;

/**
 * Het OpenAPI 3.0.3-document van wat nu geregistreerd is: de routes van de core plus die van elke actieve plug-in.
 * Het wordt gemaakt bij de eerste vraag na een bind of unbind en dan bewaard. De paden komen uit de beschrijvingen
 * ({@link Operatie}), de schema's van de antwoorden uit de typen die de mapper schrijft ({@link Antwoordschemas});
 * alleen de bodies van verzoeken en wat de generator schrijft (problem+json, de sessie) staan hier met de hand.
 */
public final class OpenApi {

    private record Versie(long generatie, byte[] document) {
    }

    private final ObjectMapper mapper;
    private final EndpointRegister endpoints;
    private final EndpointRegister rijk;
    private volatile Versie bewaard;
    /** The core's operations, from {@link Kernroutes} (set by the {@link Router}). */
    private volatile List<Operatie> kern = List.of();

    /**
     * @param endpoints de {@link nl.doorbraak.api.http.VariantEndpoint}s
     * @param rijk      de {@link nl.doorbraak.api.http.RijkEndpoint}s
     */
    public OpenApi(ObjectMapper mapper, EndpointRegister endpoints, EndpointRegister rijk) {
        this.mapper = mapper;
        this.endpoints = endpoints;
        this.rijk = rijk;
    }

    void kern(List<Operatie> operaties) {
        kern = List.copyOf(operaties);
        bewaard = null;
    }

    public byte[] document() {
        // both only ever grow, so their sum changes whenever either does
        long generatie = endpoints.generatie() + rijk.generatie();
        Versie v = bewaard;
        if (v == null || v.generatie() != generatie) {
            v = new Versie(generatie, maak(endpoints.alleActieve(), rijk.alleActieve()));
            bewaard = v;
        }
        return v.document();
    }

    private byte[] maak(List<PluginEndpoint> plugins, List<PluginEndpoint> rijkPlugins) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Doorbraak API");
        info.put("version", "1.0.0");
        info.put("description", "API van Doorbraak, het platform voor doorbraaktafels van gemeenten. Alles van een "
                + "gemeente staat onder /api/gemeenten/{gemeente}. Fouten zijn application/problem+json. Inloggen met "
                + "POST /api/sessies (cookie; stuur bij POST/PUT/PATCH/DELETE de header X-CSRF-Token) of met HTTP Basic.");
        doc.putArray("servers").addObject().put("url", "/");
        ArrayNode security = doc.putArray("security");
        security.addObject().putArray("sessie");
        security.addObject().putArray("basic");
        ObjectNode paden = doc.putObject("paths");

        // ---- core: derived from the descriptors ----
        for (Operatie o : kern) {
            operatie(pad(paden, "/api" + o.sjabloon), o);
        }
        // core routes only: a plug-in's routes do not take an Idempotency-Key (yet)
        idempotent(paden);
        for (Operatie o : kern) {
            toegang((ObjectNode) paden.get("/api" + o.sjabloon).get(o.methode.toLowerCase(Locale.ROOT)), o);
        }

        // ---- plug-ins ----
        for (PluginEndpoint ep : plugins) {
            for (PluginRoute r : ep.routes()) {
                pluginOperatie(paden, "/api/gemeenten/{gemeente}/" + ep.segment(), ep.segment(), ep, r,
                        "Van plug-in " + ep.bundle() + " (variant " + ep.variant()
                                + "); alleen voor gemeenten die deze variant gebruiken. Rollen: " + rollen(r) + ".");
            }
        }
        // ---- plug-ins for the Rijk (accounts without a gemeente) ----
        for (PluginEndpoint ep : rijkPlugins) {
            for (PluginRoute r : ep.routes()) {
                pluginOperatie(paden, "/api/rijk/" + ep.segment(), "rijk_" + ep.segment(), ep, r,
                        "Van plug-in " + ep.bundle() + "; voor het Rijk (accounts zonder gemeente), zonder gemeente in "
                                + "het pad: de plug-in bepaalt welke gegevens van welke gemeenten hij toont. Rollen: "
                                + rollen(r) + ".");
            }
        }

        padParameters(paden);
        componenten(doc.putObject("components"));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI-document kon niet worden geschreven", e);
        }
    }

    // ---- request bodies: read field by field (Invoer), not by the mapper, so described here by hand ----

    private void korteLijnenEnSignalenSchemas(ObjectNode s) {
        ObjectNode bedrag = mapper.createObjectNode().put("type", "number").put("minimum", 0).put("nullable", true);
        ObjectNode waarheid = mapper.createObjectNode().put("type", "boolean");
        ObjectNode nieuw = schema(s, "NieuwContact", List.of("organisatie", "naam"), "organisatie", tekst(), "naam",
                tekst(), "rol", tekstOfNull(), "mandaat", tekstOfNull(), "mandaatBedrag", bedrag, "wijk",
                tekstOfNull(), "telefoon", tekstOfNull(), "email", tekstOfNull().put("format", "email"), "trekker",
                waarheid, "aanjager", waarheid, "onderwerp", tekstOfNull(), "actief", waarheid);
        nieuw.put("description", "Telefoon of e-mail (minstens één) is verplicht. In een PUT mogen de alleen-lezen "
                + "velden uit een GET terugkomen; een weggelaten actief blijft zoals het was.");
        schema(s, "NieuwSignaal", List.of("regel", "organisatie", "omschrijving"), "regel", tekst(), "organisatie",
                tekst(), "omschrijving", tekst(), "casusIds", reeks(tekst()));
        ObjectNode wijziging = schema(s, "SignaalWijziging", List.of("regel", "organisatie", "omschrijving"), "regel",
                tekst(), "organisatie", tekst(), "omschrijving", tekst());
        // a GET → PUT round trip may send the read-only fields back unchanged
        wijziging.put("additionalProperties", true);
        schema(s, "SignaalStatusVerzoek", List.of("status"), "status", signaalStatusSchema(), "reden", tekst(),
                "antwoord", tekst().put("description", "Verplicht naar opgelost"));
        schema(s, "Koppeling", List.of("casusId"), "casusId", tekst());
    }

    private ObjectNode signaalStatusSchema() {
        return keuze(java.util.Arrays.stream(SignaalStatus.values()).map(SignaalStatus::code).toList());
    }

    private void perspectiefplanSchemas(ObjectNode s) {
        ObjectNode nieuw = schema(s, "NieuwPerspectiefplan", List.of("doel"), "doel", tekst().put("maxLength", 4000),
                "stappen", reeks(tekst().put("maxLength", 500)).put("maxItems", 20), "kosten",
                reeks(ref("Kostenregel")).put("maxItems", 30));
        nieuw.put("description", "Het hele plan; wat ontbreekt is daarna leeg. De berekende velden uit een GET mogen "
                + "terugkomen en worden genegeerd.");
        nieuw.put("additionalProperties", true);
    }

    private void privacySchemas(ObjectNode s) {
        schema(s, "Bsn", List.of("bsn"), "bsn", tekst().put("pattern", "^[0-9]{9}$"));
    }

    private void accountSchemas(ObjectNode s) {
        ObjectNode waarheid = mapper.createObjectNode().put("type", "boolean");
        schema(s, "NieuwAccount", List.of("gebruikersnaam", "naam", "rollen"), "gebruikersnaam",
                tekst().put("pattern", "^[a-z0-9][a-z0-9._@-]{2,99}$"), "naam", tekst(), "rollen", reeks(rolSchema()),
                "tafels", reeks(tekst()), "contactId", tekstOfNull(), "bron", keuze(List.of("lokaal", "sso")));
        schema(s, "AccountWijziging", List.of("naam", "rollen"), "naam", tekst(), "rollen", reeks(rolSchema()),
                "tafels", reeks(tekst()), "contactId", tekstOfNull(), "actief", waarheid.deepCopy());
        ((ObjectNode) s.get("AccountWijziging")).put("additionalProperties", true);
        ObjectNode wachtwoord = tekst().put("format", "password");
        schema(s, "WachtwoordWijziging", List.of("huidigWachtwoord", "nieuwWachtwoord"), "huidigWachtwoord",
                wachtwoord, "nieuwWachtwoord", wachtwoord.deepCopy().put("minLength", 12).put("maxLength", 128));
        schema(s, "Herstel", List.of("gebruikersnaam", "code", "nieuwWachtwoord"), "gebruikersnaam", tekst(), "code",
                tekst(), "nieuwWachtwoord", wachtwoord.deepCopy().put("minLength", 12).put("maxLength", 128));
    }

    private void doorbraakmethodeSchemas(ObjectNode s) {
        ObjectNode bedrag = mapper.createObjectNode().put("type", "number").put("description", "Euro's, hoogstens 2 decimalen");
        ObjectNode datum = tekst().put("format", "date");
        schema(s, "NieuweBijeenkomst", List.of("datum"), "tafelId", tekst(), "datum", datum.deepCopy(), "aanwezigen",
                reeks(tekst()), "notitie", tekstOfNull());
        ((ObjectNode) s.get("NieuweBijeenkomst")).put("additionalProperties", true);
        schema(s, "Agendapunt", List.of("casusId"), "casusId", tekst());
        schema(s, "Uitgave", List.of("potjeId", "bedrag"), "potjeId", tekst(), "bedrag", bedrag.deepCopy(),
                "omschrijving", tekstOfNull());
        schema(s, "NieuweActie", List.of("omschrijving", "organisatie", "deadline"), "omschrijving", tekst(),
                "organisatie", tekst(), "contactId", tekstOfNull(), "eigenaar", tekstOfNull(), "deadline",
                datum.deepCopy());
        ObjectNode soort = keuze(List.of("regulier", "doorbraak"));
        schema(s, "NieuwBesluit", List.of("soort", "omschrijving", "deelnemers"), "soort", soort, "omschrijving",
                tekst(), "bijeenkomstId", tekstOfNull(), "waardendriehoek", ref("Waardendriehoek"), "deelnemers",
                reeks(tekst()), "toezeggingen", reeks(ref("Toezegging")), "uitgave", ref("Uitgave"), "acties",
                reeks(ref("NieuweActie")), "corrigeert", tekstOfNull());
        schema(s, "NieuwPotje", List.of("naam"), "naam", tekst(), "tafelId", tekstOfNull(), "beginsaldo",
                bedrag.deepCopy());
        schema(s, "Storting", List.of("bedrag"), "bedrag", bedrag.deepCopy(), "omschrijving", tekstOfNull());
        schema(s, "UitgaveVerzoek", List.of("besluitId", "bedrag"), "besluitId", tekst(), "bedrag", bedrag.deepCopy(),
                "omschrijving", tekstOfNull());
    }

    /** One core operation as the descriptor says: parameters, body, answers; the access goes in at the end. */
    private void operatie(ObjectNode pad, Operatie o) {
        ObjectNode op = op(pad, o.methode.toLowerCase(Locale.ROOT), o.id, o.samenvatting, o.tag);
        if (o.isPubliek()) {
            publiek(op);
        }
        if (o.body() != null) {
            body(op, o.body().deepCopy(), o.bodyTypes().toArray(String[]::new));
            if (!o.bodyVerplicht()) {
                ((ObjectNode) op.get("requestBody")).put("required", false);
            }
        }
        ObjectNode responses = op.putObject("responses");
        o.antwoorden().forEach((status, antwoord) -> responses.set(status, antwoord.deepCopy()));
        // parameters last, as most operations had them when they were written by hand (a smaller diff of the text)
        for (String d : Aanvraag.splits(o.sjabloon)) {
            if (d.startsWith("{")) {
                padParameter(op, d.substring(1, d.length() - 1));
            }
        }
        if (o.isPagineerbaar()) {
            pagineerbaar(op);
        }
        for (ObjectNode q : o.query()) {
            op.withArray("parameters").add(q.deepCopy());
        }
        if (o.ifMatch() != null) {
            ifMatch(op, o.ifMatch());
        }
    }

    /**
     * {@code x-doorbraak-toegang}: who may call the operation, as the router checks it. {@code publiek}: without login;
     * else {@code rollen} (role codes, empty: any logged-in user), {@code gemeente} (another gemeente is a 404; with
     * {@code rolVoorGemeente} a user of no gemeente without the role gets 403; {@code elkeGemeente}: roles that may
     * act in every gemeente),
     * {@code tafel} (a tafellid sees only his own tafels' objects) and the {@code doel} in the verwerkingenlog.
     */
    private void toegang(ObjectNode op, Operatie o) {
        ObjectNode t = op.putObject("x-doorbraak-toegang");
        if (o.isPubliek()) {
            t.put("publiek", true);
            return;
        }
        ArrayNode rollen = t.putArray("rollen");
        o.rollen().stream().map(Rol::code).sorted().forEach(rollen::add);
        t.put("gemeente", o.heeftGemeente());
        if (o.isRolVoorGemeente()) {
            t.put("rolVoorGemeente", true);
        }
        if (!o.elkeGemeente().isEmpty()) {
            ArrayNode elke = t.putArray("elkeGemeente");
            o.elkeGemeente().stream().map(Rol::code).sorted().forEach(elke::add);
        }
        t.put("tafel", o.isTafel());
        if (o.doel() != null) {
            t.put("doel", o.doel());
        }
    }

    /**
     * One route of a plug-in, under {@code basis}: what both kinds of endpoint share; {@code x-doorbraak-variant} only
     * for a variant's endpoint (the Rijk's have none).
     */
    private void pluginOperatie(ObjectNode paden, String basis, String idBasis, PluginEndpoint ep, PluginRoute r,
            String beschrijving) {
        String methode = r.methode().toLowerCase(Locale.ROOT);
        ObjectNode o = op(pad(paden, basis + r.pad()), methode, operationId(idBasis, methode, r.pad()),
                r.route().samenvatting(), ep.segment());
        o.put("description", beschrijving);
        if (ep.variant() != null) {
            o.put("x-doorbraak-variant", ep.variant());
        }
        ArrayNode xr = o.putArray("x-doorbraak-rollen");
        r.route().rollen().stream().sorted().forEach(rol -> xr.add(rol.code()));
        for (String p : r.parameterNamen()) {
            padParameter(o, p);
        }
        if (methode.equals("post") || methode.equals("put") || methode.equals("patch")) {
            ObjectNode b = o.putObject("requestBody");
            b.put("required", false);
            b.putObject("content").putObject(Aanvraag.JSON).set("schema", obj());
        }
        antwoord(o, "200", "Antwoord van de plug-in", mapper.createObjectNode());
        fouten(o, "400", "401", "403", "404", "500", "503");
    }

    private static String rollen(PluginRoute r) {
        String rollen = r.route().rollen().stream().sorted().map(Rol::code).collect(Collectors.joining(", "));
        return rollen.isEmpty() ? "geen" : rollen;
    }

    private static String operationId(String segment, String methode, String pad) {
        StringBuilder sb = new StringBuilder(segment.replace("-", "_")).append('_').append(methode);
        for (String d : Aanvraag.splits(pad)) {
            sb.append('_').append(d.replace("{", "").replace("}", "").replace("-", "_"));
        }
        return sb.toString();
    }

    // ---- bouwstenen ----

    private ObjectNode pad(ObjectNode paden, String pad) {
        ObjectNode p = (ObjectNode) paden.get(pad);
        return p != null ? p : paden.putObject(pad);
    }

    private ObjectNode op(ObjectNode pad, String methode, String id, String samenvatting, String tag) {
        ObjectNode o = pad.putObject(methode);
        o.put("operationId", id);
        o.put("summary", samenvatting == null ? "" : samenvatting);
        o.putArray("tags").add(tag);
        return o;
    }

    private static void publiek(ObjectNode op) {
        op.putArray("security");
    }

    private void antwoord(ObjectNode op, String status, String omschrijving, ObjectNode schema) {
        ObjectNode r = op.withObjectProperty("responses").putObject(status);
        r.put("description", omschrijving);
        r.putObject("content").putObject(Aanvraag.JSON).set("schema", schema);
    }

    private void fouten(ObjectNode op, String... statussen) {
        ObjectNode responses = op.withObjectProperty("responses");
        for (String s : statussen) {
            responses.putObject(s).put("$ref", "#/components/responses/Probleem" + s);
        }
    }

    /**
     * Every core POST that creates (answers 201 with a new object) takes an {@code Idempotency-Key}; derived from the
     * operations, so a new create route gets it too. Not the login (a session) and not a new one-time code.
     */
    private void idempotent(ObjectNode paden) {
        paden.fields().forEachRemaining(pad -> {
            JsonNode post = pad.getValue().get("post");
            if (post == null || !post.path("responses").has("201") || pad.getKey().equals("/api/sessies")
                    || pad.getKey().endsWith("/code") || !pad.getKey().startsWith("/api/")
                    // an upload of the same jar again changes nothing: no key needed
                    || pad.getKey().equals("/api/platform/bundles")) {
                return;
            }
            ObjectNode p = ((ObjectNode) post).withArray("parameters").addObject();
            p.put("name", Aanvraag.IDEMPOTENCY_KEY);
            p.put("in", "header");
            p.put("required", false);
            p.put("description", "Een eigen sleutel (1–255 ASCII-tekens, bijvoorbeeld een UUID). Een herhaling met "
                    + "dezelfde sleutel en hetzelfde verzoek, binnen 24 uur, maakt niets nieuws maar geeft het object "
                    + "van de eerste keer (met Idempotent-Replayed: true), ook als het antwoord verloren ging; dezelfde "
                    + "sleutel bij een ander verzoek geeft 422.");
            p.set("schema", tekst().put("maxLength", 255));
            ((ObjectNode) post.get("responses")).putObject("422").put("$ref", "#/components/responses/Probleem422");
        });
    }

    /**
     * Gives every operation the parameters its path template names ({@code {gemeente}}, {@code {id}}, ...), first and
     * in template order, unless it declared them itself: a route cannot be described without them.
     */
    private void padParameters(ObjectNode paden) {
        paden.fields().forEachRemaining(pad -> {
            List<String> namen = java.util.Arrays.stream(Aanvraag.splits(pad.getKey())).filter(d -> d.startsWith("{"))
                    .map(d -> d.substring(1, d.length() - 1)).toList();
            pad.getValue().forEach(operatie -> {
                ArrayNode parameters = ((ObjectNode) operatie).withArray("parameters");
                int plek = 0;
                for (String naam : namen) {
                    boolean al = false;
                    for (var p : parameters) {
                        al |= "path".equals(p.path("in").asText()) && naam.equals(p.path("name").asText());
                    }
                    if (!al) {
                        parameters.insert(plek, padParameter(naam));
                    }
                    plek++;
                }
                if (parameters.isEmpty()) {
                    ((ObjectNode) operatie).remove("parameters");
                }
            });
        });
    }

    private ObjectNode padParameter(String naam) {
        ObjectNode p = mapper.createObjectNode();
        p.put("name", naam);
        p.put("in", "path");
        p.put("required", true);
        p.set("schema", tekst());
        return p;
    }

    private void padParameter(ObjectNode op, String naam) {
        op.withArray("parameters").add(padParameter(naam));
    }

    private ObjectNode queryParameter(ObjectNode op, String naam, String omschrijving, ObjectNode schema) {
        ObjectNode p = op.withArray("parameters").addObject();
        p.put("name", naam);
        p.put("in", "query");
        p.put("required", false);
        p.put("description", omschrijving);
        p.set("schema", schema);
        return p;
    }

    private void pagineerbaar(ObjectNode op) {
        ObjectNode page = mapper.createObjectNode().put("type", "integer").put("minimum", 1).put("default", 1);
        queryParameter(op, "page", "Paginanummer, vanaf 1", page);
        ObjectNode size = mapper.createObjectNode().put("type", "integer").put("minimum", 1)
                .put("maximum", Paginering.MAX_GROOTTE).put("default", Paginering.STANDAARD_GROOTTE);
        queryParameter(op, "pageSize", "Aantal per pagina", size);
    }

    private void ifMatch(ObjectNode op, boolean verplicht) {
        ObjectNode p = op.withArray("parameters").addObject();
        p.put("name", "If-Match");
        p.put("in", "header");
        p.put("required", verplicht);
        p.put("description", "De ETag uit het laatste GET-antwoord, bijvoorbeeld \"3\"");
        p.set("schema", tekst());
    }

    private void body(ObjectNode op, ObjectNode schema, String... mediatypes) {
        ObjectNode b = op.putObject("requestBody");
        b.put("required", true);
        ObjectNode content = b.putObject("content");
        for (String mt : mediatypes) {
            content.putObject(mt).set("schema", schema);
        }
    }

    private ObjectNode tekstOfNull() {
        return tekst().put("nullable", true);
    }

    private ObjectNode reeks(ObjectNode items) {
        ObjectNode a = mapper.createObjectNode().put("type", "array");
        a.set("items", items);
        return a;
    }

    private ObjectNode statusSchema() {
        return keuze(java.util.Arrays.stream(CasusStatus.values()).map(CasusStatus::code).toList());
    }

    private ObjectNode rolSchema() {
        return keuze(java.util.Arrays.stream(Rol.values()).map(Rol::code).toList());
    }

    /** Een objectschema; {@code velden} is naam, schema, naam, schema, ...; {@code verplicht} de verplichte namen. */
    private ObjectNode schema(ObjectNode schemas, String naam, List<String> verplicht, Object... velden) {
        ObjectNode s = schemas.putObject(naam);
        s.put("type", "object");
        if (!verplicht.isEmpty()) {
            ArrayNode r = s.putArray("required");
            verplicht.forEach(r::add);
        }
        ObjectNode props = s.putObject("properties");
        for (int i = 0; i < velden.length; i += 2) {
            props.set((String) velden[i], (ObjectNode) velden[i + 1]);
        }
        s.put("additionalProperties", false);
        return s;
    }

    private void componenten(ObjectNode c) {
        ObjectNode sec = c.putObject("securitySchemes");
        ObjectNode sessie = sec.putObject("sessie");
        sessie.put("type", "apiKey");
        sessie.put("in", "cookie");
        sessie.put("name", Authenticatie.COOKIE);
        sessie.put("description", "Na POST /api/sessies; onveilige methoden vragen de header X-CSRF-Token.");
        sec.putObject("basic").put("type", "http").put("scheme", "basic");

        ObjectNode s = c.putObject("schemas");
        // what the mapper writes: derived from the types (Antwoordschemas)
        Antwoordschemas.tabel(mapper).schrijf(s);
        // problem+json and the session are written with the generator, with optional fields
        schema(s, "Problem", List.of("type", "title", "status", "detail", "instance"),
                "type", tekst().put("format", "uri"), "title", tekst(), "status",
                mapper.createObjectNode().put("type", "integer"), "detail", tekst(), "instance", tekst(),
                "invalidParams", reeks(ref("InvalidParam")));
        ((ObjectNode) s.get("Problem")).remove("additionalProperties");
        schema(s, "Sessie", List.of("gebruiker"), "gebruiker", ref("Gebruiker"), "csrfToken", tekstOfNull(),
                "wachtwoordWijzigen", mapper.createObjectNode().put("type", "boolean").put("description",
                        "Alleen aanwezig (true) na inloggen met een eenmalig wachtwoord: kies eerst een eigen "
                                + "wachtwoord (PUT /api/account/wachtwoord); al het andere geeft tot dan 403."),
                "sso", ref("SessieSso"));
        schema(s, "SessieSso", List.of("gemeente", "uitloggen"), "gemeente", tekst(), "uitloggen",
                tekst().put("format", "uri"));
        ((ObjectNode) s.get("SessieSso")).put("description", "Alleen aanwezig als de sessie begon bij de identity "
                + "provider van een gemeente: uitloggen via dit adres beëindigt ook de sessie daar.");
        schema(s, "SsoSessie", List.of("gebruiker", "csrfToken", "terug"), "gebruiker", ref("Gebruiker"), "csrfToken",
                tekst(), "terug", tekst().put("format", "uri"));

        // ---- request bodies: read field by field (Invoer), not by the mapper, so described here by hand ----
        ObjectNode nieuweDeelnemer = schema(s, "NieuweDeelnemer", List.of(), "naam", tekstOfNull(), "organisatie",
                tekstOfNull(), "mandaat", tekstOfNull(), "mandaatBedrag",
                mapper.createObjectNode().put("type", "number").put("nullable", true), "contactId",
                tekstOfNull().put("maxLength", 36));
        nieuweDeelnemer.put("description", "Naam en organisatie zijn verplicht, tenzij contactId een contact van de "
                + "gemeente noemt: dan komen ze (en een leeg mandaat en mandaatBedrag) van het contact. Een nieuwe "
                + "verwijzing moet naar een actief contact gaan; anders 400 met invalidParams deelnemers.<i>.contactId.");
        schema(s, "NieuweTafel", List.of("naam", "variant"), "naam", tekst(), "variant", tekst(), "deelnemers",
                reeks(ref("NieuweDeelnemer")));
        schema(s, "NieuweCasus", List.of("tafelId", "titel", "hulpvraag"), "tafelId", tekst(), "titel", tekst(),
                "hulpvraag", tekst(), "inwoner", ref("Inwoner"), "thema", tekst(), "betrokkenOrganisaties",
                reeks(tekst()), "variantData", obj());
        schema(s, "CasusVervanging", List.of("titel", "hulpvraag"), "titel", tekst(), "hulpvraag", tekst(), "inwoner",
                ref("Inwoner"), "thema", tekst(), "betrokkenOrganisaties", reeks(tekst()), "variantData", obj());
        ((ObjectNode) s.get("CasusVervanging")).put("additionalProperties", true);
        schema(s, "CasusWijziging", List.of(), "titel", tekst(), "hulpvraag", tekst(), "inwoner", ref("Inwoner"),
                "thema", tekstOfNull(), "betrokkenOrganisaties", reeks(tekst()), "variantData", obj());
        ((ObjectNode) s.get("CasusWijziging")).put("additionalProperties", true);
        schema(s, "StatusVerzoek", List.of("status"), "status", statusSchema(), "reden", tekst(), "resultaat",
                keuze(java.util.Arrays.stream(nl.doorbraak.api.domein.Resultaat.values())
                        .map(nl.doorbraak.api.domein.Resultaat::code).toList()),
                "ondanksOpenstaand", mapper.createObjectNode().put("type", "boolean").put("default", false)
                        .put("description", "Alleen bij afsluiten met resultaat doorbraak: afsluiten terwijl er nog "
                                + "een escalatie of actie open staat. Alleen een casusregisseur, met een reden; "
                                + "staat in de audittrail. Zonder dit veld is zo'n afsluiting een 409."));
        schema(s, "Instellingwaarden", List.of()).put("additionalProperties", true).put("description", "Per veld-id "
                + "uit GET …/instellingen (velden) een waarde: tekst, geheel getal, of een lijst van teksten als het "
                + "veld een lijst is. Een fout geeft 400 met invalidParams per veld-id; er is dan niets geschreven.");
        schema(s, "Inlog", List.of("gebruikersnaam", "wachtwoord"), "gebruikersnaam", tekst(), "wachtwoord",
                tekst().put("format", "password"));
        schema(s, "EscalatieVerzoek", List.of("reden"), "reden", tekst().put("maxLength", 2000), "niveau", tekst());
        schema(s, "AntwoordVerzoek", List.of("antwoord"), "antwoord", tekst().put("maxLength", 4000));
        schema(s, "OpgelostVerzoek", List.of(), "toelichting", tekst().put("maxLength", 2000));
        schema(s, "DoorescalatieVerzoek", List.of("reden"), "reden", tekst().put("maxLength", 2000));
        doorbraakmethodeSchemas(s);
        perspectiefplanSchemas(s);
        privacySchemas(s);
        accountSchemas(s);
        korteLijnenEnSignalenSchemas(s);

        ObjectNode responses = c.putObject("responses");
        for (Map.Entry<String, String> e : Map.ofEntries(Map.entry("400", "Ongeldige invoer"),
                Map.entry("401", "Niet ingelogd"), Map.entry("403", "Geen toegang"),
                Map.entry("404", "Niet gevonden (ook: van een andere gemeente)"),
                Map.entry("406", "Geen van de mediatypen van dit antwoord is aanvaardbaar volgens de header Accept"),
                Map.entry("409", "Conflict: verouderde versie, niet toegestane statusovergang of al een open escalatie"),
                Map.entry("413", "Body te groot"), Map.entry("415", "Verkeerd Content-Type"),
                Map.entry("422", "Deze Idempotency-Key hoort al bij een ander verzoek"),
                Map.entry("428", "If-Match ontbreekt"),
                Map.entry("429", "Te veel mislukte (inlog)pogingen voor dit account of vanaf dit adres; zie Retry-After"),
                Map.entry("500", "Fout in een plug-in"),
                Map.entry("503", "Tijdelijk niet beschikbaar (ook: het platform start nog); zie Retry-After"))
                .entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            ObjectNode r = responses.putObject("Probleem" + e.getKey());
            r.put("description", e.getValue());
            r.putObject("content").putObject(Aanvraag.PROBLEM_JSON).set("schema", ref("Problem"));
        }
    }
}
