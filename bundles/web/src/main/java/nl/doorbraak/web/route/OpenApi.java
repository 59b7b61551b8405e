package nl.doorbraak.web.route;

import static nl.doorbraak.web.route.Operatie.keuze;
import static nl.doorbraak.web.route.Operatie.lijst;
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

import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.sessie.Authenticatie;
import nl.doorbraak.web.plugin.EndpointRegister;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.plugin.PluginEndpoint;
import nl.doorbraak.web.plugin.PluginRoute;

/**
 * Het OpenAPI 3.0.3-document van wat nu geregistreerd is: de routes van de core plus die van elke actieve plug-in.
 * Het wordt gemaakt bij de eerste vraag na een bind of unbind en dan bewaard.
 */
public final class OpenApi {

    private record Versie(long generatie, byte[] document) {
    }

    private final ObjectMapper mapper;
    private final EndpointRegister endpoints;
    private volatile Versie bewaard;
    /** The core's operations, from {@link Kernroutes} (set by the {@link Router}). */
    private volatile List<Operatie> kern = List.of();

    public OpenApi(ObjectMapper mapper, EndpointRegister endpoints) {
        this.mapper = mapper;
        this.endpoints = endpoints;
    }

    void kern(List<Operatie> operaties) {
        kern = List.copyOf(operaties);
        bewaard = null;
    }

    public byte[] document() {
        long generatie = endpoints.generatie();
        Versie v = bewaard;
        if (v == null || v.generatie() != generatie) {
            v = new Versie(generatie, maak(endpoints.alleActieve()));
            bewaard = v;
        }
        return v.document();
    }

    private byte[] maak(List<PluginEndpoint> plugins) {
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
                String pad = "/api/gemeenten/{gemeente}/" + ep.segment() + r.pad();
                String methode = r.methode().toLowerCase(Locale.ROOT);
                ObjectNode o = op(pad(paden, pad), methode, operationId(ep.segment(), methode, r.pad()),
                        r.route().samenvatting(), ep.segment());
                String rollen = r.route().rollen().stream().sorted().map(Rol::code).collect(Collectors.joining(", "));
                o.put("description", "Van plug-in " + ep.bundle() + " (variant " + ep.variant()
                        + "); alleen voor gemeenten die deze variant gebruiken. Rollen: "
                        + (rollen.isEmpty() ? "geen" : rollen) + ".");
                o.put("x-doorbraak-variant", ep.variant());
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
        }

        padParameters(paden);
        componenten(doc.putObject("components"));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI-document kon niet worden geschreven", e);
        }
    }

    private void korteLijnenEnSignalenSchemas(ObjectNode s) {
        ObjectNode bedrag = mapper.createObjectNode().put("type", "number").put("minimum", 0).put("nullable", true);
        ObjectNode waarheid = mapper.createObjectNode().put("type", "boolean");
        schema(s, "Contact", List.of("id", "gemeente", "organisatie", "naam", "trekker", "aanjager", "actief",
                "versie"), "id", tekst(), "gemeente", tekst(), "organisatie", tekst(), "naam", tekst(), "rol",
                tekstOfNull(), "mandaat", tekstOfNull(), "mandaatBedrag", bedrag, "wijk", tekstOfNull(), "telefoon",
                tekstOfNull(), "email", tekstOfNull().put("format", "email"), "trekker", waarheid, "aanjager",
                waarheid, "onderwerp", tekstOfNull(), "actief", waarheid, "versie", getal(), "aangemaakt", tijd(),
                "gewijzigd", tijd());
        ObjectNode nieuw = schema(s, "NieuwContact", List.of("organisatie", "naam"), "organisatie", tekst(), "naam",
                tekst(), "rol", tekstOfNull(), "mandaat", tekstOfNull(), "mandaatBedrag", bedrag, "wijk",
                tekstOfNull(), "telefoon", tekstOfNull(), "email", tekstOfNull().put("format", "email"), "trekker",
                waarheid, "aanjager", waarheid, "onderwerp", tekstOfNull(), "actief", waarheid);
        nieuw.put("description", "Telefoon of e-mail (minstens één) is verplicht. In een PUT mogen de alleen-lezen "
                + "velden uit een GET terugkomen; een weggelaten actief blijft zoals het was.");
        schema(s, "ContactGroep", List.of("organisatie", "trekkers", "aanjagers"), "organisatie", tekst(), "wijk",
                tekstOfNull(), "trekkers", reeks(ref("Contact")), "aanjagers", reeks(ref("Contact")));
        schema(s, "ContactGroepen", List.of("count", "results"), "count", getal(), "results",
                reeks(ref("ContactGroep")));
        schema(s, "TafelVerwijzing", List.of("id", "naam"), "id", tekst(), "naam", tekst());
        schema(s, "ContactTafels", List.of("count", "results"), "count", getal(), "results",
                reeks(ref("TafelVerwijzing")));
        schema(s, "GekoppeldeCasus", List.of("id", "gekoppeldDoor", "gekoppeldOp"), "id", tekst(), "titel",
                tekstOfNull().put("description", "Alleen voor wie de casus mag zien"), "gekoppeldDoor", tekst(),
                "gekoppeldOp", tijd());
        schema(s, "SignaalStatusWijziging", List.of("naar", "door", "op"), "van",
                signaalStatusSchema().put("nullable", true), "naar", signaalStatusSchema(), "door", tekst(), "op",
                tijd(), "reden", tekstOfNull(), "antwoord", tekstOfNull());
        schema(s, "Signaal", List.of("id", "gemeente", "regel", "organisatie", "omschrijving", "status", "gewicht",
                "casussen", "historie", "versie"), "id", tekst(), "gemeente", tekst(), "regel", tekst(), "organisatie",
                tekst(), "omschrijving", tekst(), "status", signaalStatusSchema(), "antwoord", tekstOfNull(), "gewicht",
                mapper.createObjectNode().put("type", "integer").put("minimum", 0), "casussen",
                reeks(ref("GekoppeldeCasus")), "historie", reeks(ref("SignaalStatusWijziging")), "versie", getal(),
                "aangemaakt", tijd(), "gewijzigd", tijd());
        schema(s, "NieuwSignaal", List.of("regel", "organisatie", "omschrijving"), "regel", tekst(), "organisatie",
                tekst(), "omschrijving", tekst(), "casusIds", reeks(tekst()));
        ObjectNode wijziging = schema(s, "SignaalWijziging", List.of("regel", "organisatie", "omschrijving"), "regel",
                tekst(), "organisatie", tekst(), "omschrijving", tekst());
        // a GET → PUT round trip may send the read-only fields back unchanged
        wijziging.put("additionalProperties", true);
        schema(s, "SignaalStatusVerzoek", List.of("status"), "status", signaalStatusSchema(), "reden", tekst(),
                "antwoord", tekst().put("description", "Verplicht naar opgelost"));
        schema(s, "Koppeling", List.of("casusId"), "casusId", tekst());
        for (String naam : List.of("Contact", "Signaal")) {
            lijstSchema(s, naam);
        }
    }

    private ObjectNode signaalStatusSchema() {
        return keuze(java.util.Arrays.stream(SignaalStatus.values()).map(SignaalStatus::code).toList());
    }


    private void perspectiefplanSchemas(ObjectNode s) {
        ObjectNode bedrag = mapper.createObjectNode().put("type", "number").put("minimum", 0)
                .put("description", "Euro's per jaar, hoogstens 2 decimalen");
        ObjectNode verschil = mapper.createObjectNode().put("type", "number")
                .put("description", "Doormodderen min doorbreken, in euro's per jaar; negatief als doorbreken meer kost");
        schema(s, "Kostenregel", List.of("organisatie", "doormodderen", "doorbreken"), "organisatie",
                tekst().put("maxLength", 200), "post", tekstOfNull().put("maxLength", 200), "doormodderen",
                bedrag.deepCopy().put("description", "Kosten per jaar van de huidige route, in euro's"), "doorbreken",
                bedrag.deepCopy().put("description", "Kosten per jaar van de voorgestelde route, in euro's"),
                "besparing", verschil.deepCopy().put("readOnly", true));
        schema(s, "OrganisatieBesparing", List.of("organisatie", "doormodderen", "doorbreken", "besparing"),
                "organisatie", tekst(), "doormodderen", bedrag.deepCopy(), "doorbreken", bedrag.deepCopy(), "besparing",
                verschil.deepCopy());
        schema(s, "Besparing", List.of("doormodderen", "doorbreken", "totaal", "perOrganisatie"), "doormodderen",
                bedrag.deepCopy(), "doorbreken", bedrag.deepCopy(), "totaal", verschil.deepCopy(), "perOrganisatie",
                reeks(ref("OrganisatieBesparing")));
        schema(s, "Rendementsvoorstel", List.of("tekst"), "rendementBedrag", bedrag.deepCopy().put("nullable", true)
                .put("description", "Voorstel voor waardendriehoek.rendementBedrag van een doorbraakbesluit; null "
                        + "zolang de rekentool leeg is. Het platform vult het niet zelf in."), "tekst", tekst());
        schema(s, "Perspectiefplan", List.of("casusId", "gemeente", "doel", "stappen", "kosten", "besparing",
                "voorRendement", "versie"), "casusId", tekst(), "gemeente", tekst(), "doel",
                tekstOfNull().put("description", "Het doel van de inwoner voor ongeveer een jaar, in eigen woorden; "
                        + "null na de bewaartermijn"), "stappen", reeks(tekst()), "kosten", reeks(ref("Kostenregel")),
                "besparing", ref("Besparing"), "voorRendement", ref("Rendementsvoorstel"), "versie", getal(),
                "aangemaakt", tijd(), "aangemaaktDoor", tekst(), "gewijzigd", tijd(), "gewijzigdDoor", tekst());
        ObjectNode nieuw = schema(s, "NieuwPerspectiefplan", List.of("doel"), "doel", tekst().put("maxLength", 4000),
                "stappen", reeks(tekst().put("maxLength", 500)).put("maxItems", 20), "kosten",
                reeks(ref("Kostenregel")).put("maxItems", 30));
        nieuw.put("description", "Het hele plan; wat ontbreekt is daarna leeg. De berekende velden uit een GET mogen "
                + "terugkomen en worden genegeerd.");
        nieuw.put("additionalProperties", true);
    }

    private void rapportageSchemas(ObjectNode s) {
        ObjectNode bedrag = mapper.createObjectNode().put("type", "number").put("description", "Euro's");
        ObjectNode aantal = mapper.createObjectNode().put("type", "integer");
        ObjectNode perResultaat = mapper.createObjectNode().put("type", "object")
                .put("description", "Per resultaat (doorbraak, opgelost_zonder_doorbraak, terugverwezen) en totaal");
        perResultaat.set("additionalProperties", aantal.deepCopy());
        schema(s, "RapportageCasusGroep", List.of("naam", "aangemeld", "afgesloten", "openOpJaareinde"), "naam",
                tekstOfNull().put("description", "Thema of organisatie; null: zonder thema"), "aangemeld",
                aantal.deepCopy(), "afgesloten", aantal.deepCopy(), "openOpJaareinde", aantal.deepCopy());
        schema(s, "RapportageBesluitGroep", List.of("naam", "doorbraken", "regulier", "toegezegd"), "naam",
                tekstOfNull(), "doorbraken", aantal.deepCopy(), "regulier", aantal.deepCopy(), "toegezegd",
                bedrag.deepCopy());
        schema(s, "RapportagePotje", List.of("id", "naam", "gestort", "uitgegeven", "uitgaven", "saldoOpJaareinde"),
                "id", tekst(), "naam", tekst(), "tafelId", tekstOfNull(), "gestort", bedrag.deepCopy(), "uitgegeven",
                bedrag.deepCopy(), "uitgaven", aantal.deepCopy(), "saldoOpJaareinde", bedrag.deepCopy());
        ObjectNode perNiveau = mapper.createObjectNode().put("type", "object")
                .put("description", "Escalaties begonnen in het jaar, per niveau-id");
        perNiveau.set("additionalProperties", aantal.deepCopy());
        ObjectNode signaalGroep = schema(s, "RapportageSignaalGroep", List.of("aantal", "gewicht"), "aantal",
                aantal.deepCopy(), "gewicht", aantal.deepCopy());
        signaalGroep.put("description", "gewicht: het totaal aantal gekoppelde casussen");
        ObjectNode perStatus = mapper.createObjectNode().put("type", "object");
        perStatus.set("additionalProperties", ref("RapportageSignaalGroep"));
        schema(s, "RapportageSignaal", List.of("id", "regel", "organisatie", "status", "gewicht"), "id", tekst(),
                "regel", tekst(), "organisatie", tekst(), "status", signaalStatusSchema(), "gewicht", aantal.deepCopy());
        schema(s, "Rapportage", List.of("gemeente", "jaar", "casussen", "besluiten", "doorlooptijd", "potjes",
                "besparing", "acties", "escalaties", "signalen"), "gemeente", tekst(), "jaar", aantal.deepCopy(),
                "tafelId", tekstOfNull(), "peilmoment", tijd(),
                "casussen", schema(mapper.createObjectNode(), "x", List.of(), "aangemeld", aantal.deepCopy(),
                        "afgesloten", perResultaat.deepCopy(), "openOpJaareinde", aantal.deepCopy(), "perThema",
                        reeks(ref("RapportageCasusGroep")), "perOrganisatie", reeks(ref("RapportageCasusGroep"))),
                "besluiten", schema(mapper.createObjectNode(), "x", List.of(), "doorbraken", aantal.deepCopy(),
                        "regulier", aantal.deepCopy(), "totaal", aantal.deepCopy(), "gecorrigeerd", aantal.deepCopy(),
                        "perThema", reeks(ref("RapportageBesluitGroep")), "perOrganisatie",
                        reeks(ref("RapportageBesluitGroep"))),
                "doorlooptijd", schema(mapper.createObjectNode(), "x", List.of(), "casussen", aantal.deepCopy(),
                        "mediaanDagen", mapper.createObjectNode().put("type", "number").put("nullable", true)),
                "potjes", schema(mapper.createObjectNode(), "x", List.of(), "gestort", bedrag.deepCopy(),
                        "uitgegeven", bedrag.deepCopy(), "saldoOpJaareinde", bedrag.deepCopy(), "potjes",
                        reeks(ref("RapportagePotje"))),
                "besparing", schema(mapper.createObjectNode(), "x", List.of(), "bedrag", bedrag.deepCopy(), "bron",
                        tekst(), "besluiten", aantal.deepCopy()),
                "acties", schema(mapper.createObjectNode(), "x", List.of(), "open", aantal.deepCopy(), "verlopen",
                        aantal.deepCopy(), "aangemaakt", aantal.deepCopy(), "gereed", aantal.deepCopy()),
                "escalaties", schema(mapper.createObjectNode(), "x", List.of(), "open", aantal.deepCopy(), "verlopen",
                        aantal.deepCopy(), "begonnen", aantal.deepCopy(), "perNiveau", perNiveau),
                "signalen", schema(mapper.createObjectNode(), "x", List.of(), "perStatus", perStatus,
                        "gemeldInJaar", aantal.deepCopy(), "top", reeks(ref("RapportageSignaal"))));
        schema(s, "RapportageTotalen", List.of("gemeente", "casussen", "besluiten"), "gemeente", tekst(),
                "casussen", schema(mapper.createObjectNode(), "x", List.of(), "aangemeld", aantal.deepCopy(),
                        "afgesloten", perResultaat.deepCopy(), "openOpJaareinde", aantal.deepCopy()),
                "besluiten", schema(mapper.createObjectNode(), "x", List.of(), "doorbraken", aantal.deepCopy(),
                        "regulier", aantal.deepCopy()),
                "doorlooptijd", schema(mapper.createObjectNode(), "x", List.of(), "mediaanDagen",
                        mapper.createObjectNode().put("type", "number").put("nullable", true)),
                "potjes", schema(mapper.createObjectNode(), "x", List.of(), "gestort", bedrag.deepCopy(),
                        "uitgegeven", bedrag.deepCopy(), "saldoOpJaareinde", bedrag.deepCopy()),
                "besparing", schema(mapper.createObjectNode(), "x", List.of(), "bedrag", bedrag.deepCopy()),
                "acties", schema(mapper.createObjectNode(), "x", List.of(), "open", aantal.deepCopy(), "verlopen",
                        aantal.deepCopy(), "gereed", aantal.deepCopy()),
                "escalaties", schema(mapper.createObjectNode(), "x", List.of(), "open", aantal.deepCopy(), "verlopen",
                        aantal.deepCopy(), "begonnen", aantal.deepCopy()),
                "signalen", schema(mapper.createObjectNode(), "x", List.of(), "aantal", aantal.deepCopy()));
        schema(s, "PlatformRapportage", List.of("jaar", "gemeenten"), "jaar", aantal.deepCopy(), "gemeenten",
                reeks(ref("RapportageTotalen")));
    }

    private void privacySchemas(ObjectNode s) {
        ObjectNode waarde = mapper.createObjectNode().put("nullable", true)
                .put("description", "JSON-waarde: tekst, getal, lijst, object of null");
        schema(s, "Veldwijziging", List.of("veld"), "veld", tekst(), "oud", waarde, "nieuw", waarde.deepCopy());
        schema(s, "AuditRegel", List.of("volgnummer", "object", "objectId", "actie", "door", "op", "wijzigingen"),
                "volgnummer", getal(), "object", tekst(), "objectId", tekst(), "actie", tekst(), "door", tekst(), "op",
                tijd(), "wijzigingen", reeks(ref("Veldwijziging")));
        schema(s, "Audittrail", List.of("count", "results"), "count", getal(), "results", reeks(ref("AuditRegel")));
        schema(s, "Bsn", List.of("bsn"), "bsn", tekst().put("pattern", "^[0-9]{9}$"));
        schema(s, "Verwerking", List.of("volgnummer", "handeling", "object", "door", "rol", "op", "doel",
                "grondslag"), "volgnummer", getal(), "casusId", tekstOfNull(), "handeling",
                keuze(List.of("lezen", "wijzigen", "wissen")), "object", tekst(), "door", tekst(), "rol", tekst(),
                "op", tijd(), "doel", tekst(), "grondslag", tekst(), "via", tekstOfNull());
        schema(s, "Verwerkingenrapport", List.of("inwoner", "count", "results"), "inwoner", tekst(), "count", getal(),
                "results", reeks(ref("Verwerking")));
    }

    private void ssoSchemas(ObjectNode s) {
        schema(s, "SsoGemeente", List.of("gemeente", "naam", "start"), "gemeente", tekst(), "naam", tekst(), "start",
                tekst().put("format", "uri"));
        schema(s, "SsoGemeenten", List.of("count", "results"), "count", getal(), "results", reeks(ref("SsoGemeente")));
        schema(s, "SsoSessie", List.of("gebruiker", "csrfToken", "terug"), "gebruiker", ref("Gebruiker"), "csrfToken",
                tekst(), "terug", tekst().put("format", "uri"));
    }

    private void accountSchemas(ObjectNode s) {
        ObjectNode waarheid = mapper.createObjectNode().put("type", "boolean");
        ObjectNode tijdOfNull = tijd().put("nullable", true);
        schema(s, "Account", List.of("gebruikersnaam", "naam", "rollen", "bron", "actief", "versie"),
                "gebruikersnaam", tekst(), "naam", tekst(), "gemeente", tekstOfNull(), "rollen", reeks(rolSchema()),
                "tafels", reeks(tekst()), "contactId", tekstOfNull(), "bron", keuze(List.of("lokaal", "sso")),
                "actief", waarheid, "demo", waarheid.deepCopy(), "wachtwoordGezet", waarheid.deepCopy(),
                "wachtwoordWijzigen", waarheid.deepCopy(), "mislukt", mapper.createObjectNode().put("type", "integer"),
                "geblokkeerdTot", tijdOfNull, "codeGeldigTot", tijdOfNull.deepCopy(), "laatstIngelogd",
                tijdOfNull.deepCopy(), "versie", getal(), "aangemaakt", tijd(), "gewijzigd", tijdOfNull.deepCopy());
        schema(s, "NieuwAccount", List.of("gebruikersnaam", "naam", "rollen"), "gebruikersnaam",
                tekst().put("pattern", "^[a-z0-9][a-z0-9._@-]{2,99}$"), "naam", tekst(), "rollen", reeks(rolSchema()),
                "tafels", reeks(tekst()), "contactId", tekstOfNull(), "bron", keuze(List.of("lokaal", "sso")));
        schema(s, "AccountWijziging", List.of("naam", "rollen"), "naam", tekst(), "rollen", reeks(rolSchema()),
                "tafels", reeks(tekst()), "contactId", tekstOfNull(), "actief", waarheid.deepCopy());
        ((ObjectNode) s.get("AccountWijziging")).put("additionalProperties", true);
        schema(s, "Eenmaligecode", List.of("gebruikersnaam", "code", "geldigTot"), "gebruikersnaam", tekst(), "code",
                tekst().put("description", "Eenmalig te zien; geef hem buiten Doorbraak door"), "geldigTot", tijd());
        ObjectNode metCode = (ObjectNode) s.get("Account").deepCopy();
        ((ObjectNode) metCode.get("properties")).set("code", ref("Eenmaligecode"));
        s.set("NieuwAccountMetCode", metCode);
        ObjectNode wachtwoord = tekst().put("format", "password");
        schema(s, "WachtwoordWijziging", List.of("huidigWachtwoord", "nieuwWachtwoord"), "huidigWachtwoord",
                wachtwoord, "nieuwWachtwoord", wachtwoord.deepCopy().put("minLength", 12).put("maxLength", 128));
        schema(s, "Herstel", List.of("gebruikersnaam", "code", "nieuwWachtwoord"), "gebruikersnaam", tekst(), "code",
                tekst(), "nieuwWachtwoord", wachtwoord.deepCopy().put("minLength", 12).put("maxLength", 128));
        schema(s, "Adresblokkade", List.of("adres", "mislukt"), "adres", tekst(), "mislukt",
                mapper.createObjectNode().put("type", "integer"), "geblokkeerdTot", tijd().put("nullable", true));
        schema(s, "Adresblokkades", List.of("count", "results"), "count", getal(), "results",
                reeks(ref("Adresblokkade")));
        lijstSchema(s, "Account");
    }

    private void doorbraakmethodeSchemas(ObjectNode s) {
        ObjectNode bedrag = mapper.createObjectNode().put("type", "number").put("description", "Euro's, hoogstens 2 decimalen");
        ObjectNode datum = tekst().put("format", "date");
        schema(s, "Bijeenkomst", List.of("id", "gemeente", "tafelId", "datum", "agenda", "aanwezigen", "versie"),
                "id", tekst(), "gemeente", tekst(), "tafelId", tekst(), "datum", datum, "agenda", reeks(tekst()),
                "aanwezigen", reeks(ref("Deelnemer")), "notitie", tekstOfNull(), "versie", getal(), "aangemaakt",
                tijd(), "gewijzigd", tijd());
        schema(s, "NieuweBijeenkomst", List.of("datum"), "tafelId", tekst(), "datum", datum.deepCopy(), "aanwezigen",
                reeks(tekst()), "notitie", tekstOfNull());
        ((ObjectNode) s.get("NieuweBijeenkomst")).put("additionalProperties", true);
        schema(s, "Agendapunt", List.of("casusId"), "casusId", tekst());
        schema(s, "Waardendriehoek", List.of(), "legitimiteit", tekstOfNull(), "rendement", tekstOfNull(),
                "rendementBedrag", bedrag.deepCopy().put("nullable", true), "betrokkenheid", tekstOfNull());
        schema(s, "Toezegging", List.of("organisatie", "bedrag"), "organisatie", tekst(), "bedrag", bedrag.deepCopy(),
                "omschrijving", tekstOfNull());
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
        schema(s, "Besluit", List.of("id", "casusId", "soort", "omschrijving", "waardendriehoek", "deelnemers",
                "genomen"), "id", tekst(), "gemeente", tekst(), "casusId", tekst(), "bijeenkomstId", tekstOfNull(),
                "soort", soort.deepCopy(), "omschrijving", tekst(), "waardendriehoek", ref("Waardendriehoek"),
                "deelnemers", reeks(ref("Deelnemer")), "toezeggingen", reeks(ref("Toezegging")), "uitgaven",
                reeks(ref("PotjeMutatie")), "corrigeert", tekstOfNull(), "gecorrigeerdDoor", tekstOfNull(), "genomen",
                tijd(), "door", tekst());
        ObjectNode besluitLijst = s.putObject("BesluitLijst");
        besluitLijst.put("type", "object");
        besluitLijst.putObject("properties").set("count", getal());
        ((ObjectNode) besluitLijst.get("properties")).set("results", reeks(ref("Besluit")));
        schema(s, "Actie", List.of("id", "casusId", "besluitId", "omschrijving", "organisatie", "deadline",
                "verlopen"), "id", tekst(), "gemeente", tekst(), "casusId", tekst(), "besluitId", tekst(),
                "omschrijving", tekst(), "organisatie", tekst(), "contactId", tekstOfNull(), "eigenaar", tekstOfNull(),
                "deadline", datum.deepCopy(), "gereed", tijd().put("nullable", true), "gereedDoor", tekstOfNull(),
                "verlopen", mapper.createObjectNode().put("type", "boolean"), "versie", getal(), "aangemaakt", tijd(),
                "door", tekst());
        schema(s, "Potje", List.of("id", "naam", "saldo"), "id", tekst(), "gemeente", tekst(), "tafelId",
                tekstOfNull(), "naam", tekst(), "saldo", bedrag.deepCopy(), "gestort", bedrag.deepCopy(), "uitgegeven",
                bedrag.deepCopy(), "mutaties", getal(), "aangemaakt", tijd());
        schema(s, "NieuwPotje", List.of("naam"), "naam", tekst(), "tafelId", tekstOfNull(), "beginsaldo",
                bedrag.deepCopy());
        schema(s, "PotjeMutatie", List.of("potjeId", "volgnummer", "soort", "bedrag", "saldoNa"), "potjeId", tekst(),
                "volgnummer", getal(), "soort", keuze(List.of("storting", "uitgave")), "bedrag",
                bedrag.deepCopy(), "saldoNa", bedrag.deepCopy(), "besluitId", tekstOfNull(), "omschrijving",
                tekstOfNull(), "op", tijd(), "door", tekst());
        schema(s, "Storting", List.of("bedrag"), "bedrag", bedrag.deepCopy(), "omschrijving", tekstOfNull());
        schema(s, "UitgaveVerzoek", List.of("besluitId", "bedrag"), "besluitId", tekst(), "bedrag", bedrag.deepCopy(),
                "omschrijving", tekstOfNull());
        for (String naam : List.of("Bijeenkomst", "Actie", "Potje", "PotjeMutatie")) {
            lijstSchema(s, naam);
        }
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
                    || pad.getKey().endsWith("/code") || !pad.getKey().startsWith("/api/")) {
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

    /** Een plug-in: zijn rechten; een bundle van het platform zelf: null. */
    private ObjectNode rechtenSchema() {
        ObjectNode r = mapper.createObjectNode();
        r.putArray("allOf").add(ref("PluginRechten"));
        return r.put("nullable", true).put("description", "Wat de plug-in vroeg en kreeg; null voor een bundle van het "
                + "platform zelf.");
    }

    private ObjectNode tekstOfNull() {
        return tekst().put("nullable", true);
    }

    private ObjectNode tijd() {
        return tekst().put("format", "date-time");
    }

    private ObjectNode getal() {
        return mapper.createObjectNode().put("type", "integer").put("format", "int64");
    }

    private ObjectNode reeks(ObjectNode items) {
        ObjectNode a = mapper.createObjectNode().put("type", "array");
        a.set("items", items);
        return a;
    }

    private ObjectNode statusSchema() {
        return keuze(java.util.Arrays.stream(CasusStatus.values()).map(CasusStatus::code).toList());
    }

    private ObjectNode escalatieStatusSchema() {
        return keuze(java.util.Arrays.stream(EscalatieStatus.values()).map(EscalatieStatus::code).toList());
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

    private void lijstSchema(ObjectNode schemas, String naam) {
        ObjectNode s = schemas.putObject(naam + "Lijst");
        s.put("type", "object");
        s.putArray("required").add("count").add("next").add("previous").add("results");
        ObjectNode p = s.putObject("properties");
        p.set("count", getal());
        p.set("next", tekstOfNull().put("format", "uri"));
        p.set("previous", tekstOfNull().put("format", "uri"));
        p.set("results", reeks(ref(naam)));
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
        schema(s, "Problem", List.of("type", "title", "status", "detail", "instance"),
                "type", tekst().put("format", "uri"), "title", tekst(), "status",
                mapper.createObjectNode().put("type", "integer"), "detail", tekst(), "instance", tekst(),
                "invalidParams", reeks(ref("InvalidParam")));
        ((ObjectNode) s.get("Problem")).remove("additionalProperties");
        schema(s, "InvalidParam", List.of("name", "code", "reason"), "name", tekst(), "code", tekst(), "reason", tekst());
        schema(s, "Gemeente", List.of("id", "naam"), "id", tekst(), "naam", tekst(), "varianten", reeks(tekst()),
                "escalatieniveaus", reeks(ref("Escalatieniveau")), "bewaartermijnMaanden",
                mapper.createObjectNode().put("type", "integer"), "thema", tekstOfNull());
        schema(s, "Deelnemer", List.of("naam", "organisatie"), "naam", tekst(), "organisatie", tekst(), "mandaat",
                tekstOfNull(), "mandaatBedrag", mapper.createObjectNode().put("type", "number").put("nullable", true),
                "contactId", tekstOfNull().put("description", "Het contact in de korte lijnen (GET …/contacten/{id}); "
                        + "null als de deelnemer daar niet in staat"));
        ObjectNode nieuweDeelnemer = schema(s, "NieuweDeelnemer", List.of(), "naam", tekstOfNull(), "organisatie",
                tekstOfNull(), "mandaat", tekstOfNull(), "mandaatBedrag",
                mapper.createObjectNode().put("type", "number").put("nullable", true), "contactId",
                tekstOfNull().put("maxLength", 36));
        nieuweDeelnemer.put("description", "Naam en organisatie zijn verplicht, tenzij contactId een contact van de "
                + "gemeente noemt: dan komen ze (en een leeg mandaat en mandaatBedrag) van het contact. Een nieuwe "
                + "verwijzing moet naar een actief contact gaan; anders 400 met invalidParams deelnemers.<i>.contactId.");
        schema(s, "Tafel", List.of("id", "gemeente", "naam", "variant", "deelnemers", "versie"), "id", tekst(),
                "gemeente", tekst(), "naam", tekst(), "variant", tekst(), "deelnemers", reeks(ref("Deelnemer")),
                "versie", getal(), "aangemaakt", tijd(), "gewijzigd", tijd());
        schema(s, "NieuweTafel", List.of("naam", "variant"), "naam", tekst(), "variant", tekst(), "deelnemers",
                reeks(ref("NieuweDeelnemer")));
        schema(s, "Inwoner", List.of(), "pseudoniem", tekstOfNull().put("readOnly", true).put("description",
                "Kent het platform toe bij de aanmelding; meesturen bij de aanmelding geeft 400, in een PUT of PATCH "
                        + "mag alleen het eigen pseudoniem van de casus terugkomen"), "initialen", tekstOfNull());
        schema(s, "StatusWijziging", List.of("naar", "door", "op"), "van", statusSchema().put("nullable", true),
                "naar", statusSchema(), "door", tekst(), "op", tijd(), "reden", tekstOfNull());
        ObjectNode variantData = obj();
        variantData.put("description", "Extra velden van de variant, met schemaVersie");
        schema(s, "Casus", List.of("id", "gemeente", "tafelId", "variant", "titel", "status", "versie"), "id", tekst(),
                "gemeente", tekst(), "tafelId", tekst(), "variant", tekst(), "titel", tekst(), "hulpvraag",
                tekstOfNull(), "inwoner", ref("Inwoner"), "thema", tekstOfNull(), "status", statusSchema(),
                "resultaat", keuze(java.util.Arrays.stream(nl.doorbraak.api.domein.Resultaat.values())
                        .map(nl.doorbraak.api.domein.Resultaat::code).toList()).put("nullable", true),
                "historie", reeks(ref("StatusWijziging")), "betrokkenOrganisaties", reeks(tekst()), "variantData",
                variantData, "versie", getal(), "aangemaakt", tijd(), "gewijzigd", tijd());
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
        schema(s, "Gebruiker", List.of("gebruikersnaam", "rollen"), "gebruikersnaam", tekst(), "naam", tekst(),
                "gemeente", tekstOfNull(), "rollen", reeks(rolSchema()), "tafels", reeks(tekst()));
        schema(s, "Sessie", List.of("gebruiker"), "gebruiker", ref("Gebruiker"), "csrfToken", tekstOfNull(),
                "wachtwoordWijzigen", mapper.createObjectNode().put("type", "boolean").put("description",
                        "Alleen aanwezig (true) na inloggen met een eenmalig wachtwoord: kies eerst een eigen "
                                + "wachtwoord (PUT /api/account/wachtwoord); al het andere geeft tot dan 403."),
                "sso", ref("SessieSso"));
        schema(s, "SessieSso", List.of("gemeente", "uitloggen"), "gemeente", tekst(), "uitloggen",
                tekst().put("format", "uri"));
        ((ObjectNode) s.get("SessieSso")).put("description", "Alleen aanwezig als de sessie begon bij de identity "
                + "provider van een gemeente: uitloggen via dit adres beëindigt ook de sessie daar.");
        schema(s, "Inlog", List.of("gebruikersnaam", "wachtwoord"), "gebruikersnaam", tekst(), "wachtwoord",
                tekst().put("format", "password"));
        schema(s, "VariantInfo", List.of("id", "status"), "id", tekst(), "naam", tekst(), "bundle", tekstOfNull(),
                "versie", tekstOfNull(), "schemaVersie", mapper.createObjectNode().put("type", "integer"), "status",
                tekst(), "rechten", rechtenSchema());
        schema(s, "Bundle", List.of("id", "symbolischeNaam", "versie", "status"), "id",
                mapper.createObjectNode().put("type", "integer"), "symbolischeNaam", tekst(), "versie", tekst(),
                "status", tekst(), "rechten", rechtenSchema());
        ObjectNode recht = tekst();
        ArrayNode codes = recht.putArray("enum");
        for (Recht r : Recht.values()) {
            codes.add(r.code());
        }
        schema(s, "PluginRechten", List.of("gevraagd", "verleend", "geweigerd", "onbekend"), "gevraagd",
                reeks(recht).put("description", "Uit de manifest-header " + Recht.MANIFEST_HEADER + "."), "verleend",
                reeks(recht).put("description", "Wat hij heeft: gevraagd en niet gevoelig, of gevoelig en toegekend in "
                        + "config/nl.doorbraak.rechten-<naam>.cfg."), "geweigerd", reeks(recht), "onbekend",
                reeks(tekst()).put("description", "Gevraagde rechten die het platform niet kent."));
        ObjectNode componenten = mapper.createObjectNode().put("type", "object");
        componenten.putObject("additionalProperties").put("type", "string").putArray("enum").add("UP").add("STARTEND")
                .add("DOWN");
        schema(s, "Gezondheid", List.of("status", "componenten", "waarschuwingen"), "status",
                (ObjectNode) tekst().set("enum", mapper.createArrayNode().add("UP").add("STARTEND").add("DOWN")),
                "componenten",
                componenten, "waarschuwingen", reeks(tekst()));
        schema(s, "Escalatieniveau", List.of("id", "naam", "reactietermijnDagen"), "id", tekst(), "naam", tekst(),
                "reactietermijnDagen", mapper.createObjectNode().put("type", "integer").put("minimum", 1)
                        .put("maximum", 365),
                "plugin", tekstOfNull().put("description", "Bundle die het niveau levert; null: uit de configuratie"));
        schema(s, "Escalatieroute", List.of("gemeente", "niveaus"), "gemeente", tekst(), "niveaus",
                reeks(ref("Escalatieniveau")));
        schema(s, "EscalatieWijziging", List.of("naar", "door", "op"), "van",
                escalatieStatusSchema().put("nullable", true), "naar", escalatieStatusSchema(), "door", tekst(), "op",
                tijd(), "toelichting", tekstOfNull());
        schema(s, "Escalatie", List.of("id", "gemeente", "casusId", "niveau", "reden", "status", "deadline",
                "verlopen", "versie"), "id", tekst(), "gemeente", tekst(), "casusId", tekst(), "niveau", tekst(),
                "niveauNaam", tekst(), "reactietermijnDagen", mapper.createObjectNode().put("type", "integer"),
                "reden", tekst(), "status", escalatieStatusSchema(), "deadline", tijd(), "verlopen",
                mapper.createObjectNode().put("type", "boolean"), "antwoord", tekstOfNull(), "vorige",
                tekstOfNull(), "volgende", tekstOfNull(), "historie", reeks(ref("EscalatieWijziging")), "versie",
                getal(), "aangemaakt", tijd(), "aangemaaktDoor", tekst(), "gewijzigd", tijd());
        schema(s, "EscalatieVerzoek", List.of("reden"), "reden", tekst().put("maxLength", 2000), "niveau", tekst());
        schema(s, "AntwoordVerzoek", List.of("antwoord"), "antwoord", tekst().put("maxLength", 4000));
        schema(s, "OpgelostVerzoek", List.of(), "toelichting", tekst().put("maxLength", 2000));
        schema(s, "DoorescalatieVerzoek", List.of("reden"), "reden", tekst().put("maxLength", 2000));
        for (String naam : List.of("Casus", "Tafel", "Gemeente", "VariantInfo", "Escalatie", "Bundle")) {
            lijstSchema(s, naam);
        }
        doorbraakmethodeSchemas(s);
        perspectiefplanSchemas(s);
        privacySchemas(s);
        accountSchemas(s);
        ssoSchemas(s);
        korteLijnenEnSignalenSchemas(s);
        rapportageSchemas(s);

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
