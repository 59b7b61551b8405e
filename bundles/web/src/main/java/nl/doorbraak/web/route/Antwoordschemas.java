package nl.doorbraak.web.route;

import static nl.doorbraak.web.route.Operatie.keuze;
import static nl.doorbraak.web.route.Operatie.obj;
import static nl.doorbraak.web.route.Operatie.ref;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.Besparing;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.Contact;
import nl.doorbraak.api.domein.ContactGroep;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Escalatie;
import nl.doorbraak.api.domein.EscalatieWijziging;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.domein.Inwoner;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.OrganisatieBesparing;
import nl.doorbraak.api.domein.Perspectiefplan;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.domein.Rendementsvoorstel;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.SignaalStatusWijziging;
import nl.doorbraak.api.domein.StatusWijziging;
import nl.doorbraak.api.domein.Tafel;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.domein.Waardendriehoek;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.Adresblokkade;
import nl.doorbraak.api.toegang.Eenmaligecode;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.NieuwAccountMetCode;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.json.VariantAntwoord;
import nl.doorbraak.web.routes.BundleAntwoord;
import nl.doorbraak.web.routes.SchermRoutes;
import nl.doorbraak.web.routes.ContactRoutes;
import nl.doorbraak.web.routes.EscalatieRoutes;
import nl.doorbraak.web.routes.PlatformRoutes;
import nl.doorbraak.web.routes.PrivacyRoutes;
import nl.doorbraak.web.routes.RapportageRoutes;
import nl.doorbraak.web.sso.SsoRoutes;

/**
 * The schemas of what the mapper writes, one line per answer type: the name in the document, the type it is derived
 * from, and what the type cannot say (required, nullable, descriptions, formats, limits). Everything else (which
 * properties, their names and types, enums as codes, nested records) comes from the type as the mapper writes it.
 */
final class Antwoordschemas {

    private static final String EURO = "Euro's, hoogstens 2 decimalen";

    private Antwoordschemas() {
    }

    static Schemas tabel(ObjectMapper mapper) {
        Schemas t = new Schemas(mapper);
        Consumer<ObjectNode> euro = s -> s.put("description", EURO);

        t.afgeleid("InvalidParam", VeldFout.class).verplicht("name", "code", "reason");
        t.afgeleid("Gemeente", Gemeente.class).verplicht("id", "naam").nullable("thema");
        t.afgeleid("Deelnemer", Deelnemer.class).verplicht("naam", "organisatie")
                .nullable("mandaat", "mandaatBedrag", "contactId")
                .beschrijving("contactId", "Het contact in de korte lijnen (GET …/contacten/{id}); null als de "
                        + "deelnemer daar niet in staat");
        t.afgeleid("Tafel", Tafel.class).verplicht("id", "gemeente", "naam", "variant", "deelnemers", "versie");
        t.afgeleid("Inwoner", Inwoner.class).nullable("pseudoniem", "initialen")
                .veld("pseudoniem", s -> s.put("readOnly", true).put("description", "Kent het platform toe bij de "
                        + "aanmelding; meesturen bij de aanmelding geeft 400, in een PUT of PATCH mag alleen het eigen "
                        + "pseudoniem van de casus terugkomen"));
        t.afgeleid("StatusWijziging", StatusWijziging.class).verplicht("naar", "door", "op").nullable("van", "reden");
        t.afgeleid("Casus", Casus.class)
                .verplicht("id", "gemeente", "tafelId", "variant", "titel", "status", "versie")
                .nullable("hulpvraag", "thema", "resultaat")
                .vervang("variantData", obj().put("description", "Extra velden van de variant, met schemaVersie"));
        t.afgeleid("Gebruiker", Gebruiker.class).verplicht("gebruikersnaam", "rollen").nullable("gemeente");
        t.afgeleid("VariantInfo", VariantAntwoord.class).verplicht("id", "status").nullable("bundle", "versie")
                .veld("rechten", Antwoordschemas::rechten)
                .veld("velden", s -> s.put("nullable", true).put("description", "De velden die de variant aan een "
                        + "casus toevoegt (variantData), voor een formulier; leeg voor een afwezige variant"));
        t.afgeleid("VariantVeld", VariantAntwoord.Veld.class)
                .verplicht("naam", "label", "type", "verplicht", "maxLengte", "waarden")
                .veld("type", s -> s.set("enum", mapper.createArrayNode().add("tekst").add("getal").add("jaNee")
                        .add("keuze").add("datum")))
                .beschrijving("maxLengte", "Voor tekst; 0: geen grens")
                .beschrijving("waarden", "De keuzes van een keuzeveld");
        t.afgeleid("Bundle", BundleAntwoord.class).verplicht("id", "symbolischeNaam", "versie", "status")
                .veld("rechten", Antwoordschemas::rechten);
        t.afgeleid("PluginRechten", PluginRechten.class).verplicht("gevraagd", "verleend", "geweigerd", "onbekend")
                .beschrijving("gevraagd", "Uit de manifest-header " + Recht.MANIFEST_HEADER + ".")
                .beschrijving("verleend", "Wat hij heeft: gevraagd en niet gevoelig, of gevoelig en toegekend in "
                        + "config/nl.doorbraak.rechten-<naam>.cfg.")
                .beschrijving("onbekend", "Gevraagde rechten die het platform niet kent.");
        t.afgeleid("Gezondheid", PlatformRoutes.Health.class).verplicht("status", "componenten", "waarschuwingen")
                .veld("status", s -> s.set("enum", mapper.createArrayNode().add("UP").add("STARTEND").add("DOWN")))
                // a map, not the record it is today: more components may report
                .vervang("componenten", componenten(mapper));
        t.afgeleid("Escalatieniveau", Escalatieniveau.class).verplicht("id", "naam", "reactietermijnDagen")
                .veld("reactietermijnDagen", s -> s.put("minimum", 1).put("maximum", 365)).nullable("plugin")
                .beschrijving("plugin", "Bundle die het niveau levert; null: uit de configuratie");
        t.afgeleid("Escalatieroute", EscalatieRoutes.Escalatieroute.class).verplicht("gemeente", "niveaus", "ingangen")
                .vervang("ingangen", tekstPerSleutel(mapper, "Per niveau-id waarnaar u hier niet zelf escaleert: de "
                        + "zin die zegt hoe een casus daar wel komt (het Rijk: met de rode knop)"));
        t.afgeleid("EscalatieWijziging", EscalatieWijziging.class).verplicht("naar", "door", "op")
                .nullable("van", "toelichting");
        t.afgeleid("Escalatie", Escalatie.class).verplicht("id", "gemeente", "casusId", "niveau", "reden", "status",
                "deadline", "verlopen", "versie").nullable("antwoord", "vorige", "volgende");
        t.afgeleid("Scherm", SchermRoutes.SchermAntwoord.class)
                .verplicht("id", "plugin", "versie", "variant", "titel", "module").nullable("beschrijving", "variant")
                .beschrijving("variant", "Variant van de plug-in; null voor een scherm van een plug-in voor het Rijk "
                        + "(RijkEndpoint), dat alleen accounts zonder gemeente zien")
                .beschrijving("plugin", "Symbolische naam van de bundle die het scherm levert")
                .beschrijving("module", "Absoluut pad van de ES-module (/plugins/<bundle>/<versie>/ui/...); de "
                        + "default-export toon(element, context) tekent het scherm");
        heel(t, "Schermen", "Scherm");
        t.afgeleid("Instellingoptie", nl.doorbraak.api.beheer.Instellingveld.Optie.class).verplicht("waarde", "label");
        t.afgeleid("Instellingveld", nl.doorbraak.api.beheer.Instellingveld.class)
                .verplicht("id", "naam", "type", "lijst", "maxAantal", "verplicht", "alleenLezen", "standaard", "opties")
                .nullable("beschrijving", "min", "max")
                .veld("type", s -> s.set("enum", mapper.createArrayNode().add("tekst").add("geheel getal").add("getal")
                        .add("ja/nee").add("wachtwoord")))
                .beschrijving("maxAantal", "Hoeveel waarden een lijst hoogstens heeft; 0: geen grens of geen lijst")
                .beschrijving("alleenLezen", "Ligt vast na het aanmaken (het id)");
        t.afgeleid("Instellingen", nl.doorbraak.web.routes.InstellingenRoutes.InstellingenAntwoord.class)
                .verplicht("gemeente", "velden", "waarden")
                .vervang("waarden", obj().put("additionalProperties", true).put("description", "Per veld-id de waarde "
                        + "uit het configuratiebestand: tekst, geheel getal of een lijst van teksten; een veld zonder "
                        + "waarde ontbreekt (dan geldt zijn standaard)"));
        for (String naam : List.of("Casus", "Tafel", "Gemeente", "VariantInfo", "Escalatie", "Bundle")) {
            lijst(t, naam);
        }

        // doorbraakmethode
        t.afgeleid("Bijeenkomst", Bijeenkomst.class)
                .verplicht("id", "gemeente", "tafelId", "datum", "agenda", "aanwezigen", "versie").nullable("notitie");
        t.afgeleid("Waardendriehoek", Waardendriehoek.class)
                .nullable("legitimiteit", "rendement", "rendementBedrag", "betrokkenheid").veld("rendementBedrag", euro);
        t.afgeleid("Toezegging", Toezegging.class).verplicht("organisatie", "bedrag").veld("bedrag", euro)
                .nullable("omschrijving");
        t.afgeleid("Besluit", Besluit.class)
                .verplicht("id", "casusId", "soort", "omschrijving", "waardendriehoek", "deelnemers", "genomen")
                .nullable("bijeenkomstId", "corrigeert", "gecorrigeerdDoor");
        heel(t, "BesluitLijst", "Besluit").geheel(s -> {
            // as it always was: without required and without additionalProperties
            s.remove("required");
            s.remove("additionalProperties");
        });
        t.afgeleid("Actie", Actie.class)
                .verplicht("id", "casusId", "besluitId", "omschrijving", "organisatie", "deadline", "verlopen")
                .nullable("contactId", "eigenaar", "gereed", "gereedDoor");
        t.afgeleid("Potje", Potje.class).verplicht("id", "naam", "saldo").nullable("tafelId")
                .velden(euro, "saldo", "gestort", "uitgegeven");
        t.afgeleid("PotjeMutatie", PotjeMutatie.class).verplicht("potjeId", "volgnummer", "soort", "bedrag", "saldoNa")
                .veld("soort", s -> s.set("enum", mapper.createArrayNode().add("storting").add("uitgave")))
                .velden(euro, "bedrag", "saldoNa").nullable("besluitId", "omschrijving");
        for (String naam : List.of("Bijeenkomst", "Actie", "Potje", "PotjeMutatie")) {
            lijst(t, naam);
        }

        // perspectiefplan
        Consumer<ObjectNode> verschil = s -> s.put("description",
                "Doormodderen min doorbreken, in euro's per jaar; negatief als doorbreken meer kost");
        Consumer<ObjectNode> perJaar = s -> s.put("minimum", 0).put("description", "Euro's per jaar, hoogstens 2 "
                + "decimalen");
        t.afgeleid("Kostenregel", Kostenregel.class).verplicht("organisatie", "doormodderen", "doorbreken")
                .veld("organisatie", s -> s.put("maxLength", 200))
                .nullable("post").veld("post", s -> s.put("maxLength", 200))
                .veld("doormodderen", s -> s.put("minimum", 0)
                        .put("description", "Kosten per jaar van de huidige route, in euro's"))
                .veld("doorbreken", s -> s.put("minimum", 0)
                        .put("description", "Kosten per jaar van de voorgestelde route, in euro's"))
                .veld("besparing", verschil).veld("besparing", s -> s.put("readOnly", true));
        t.afgeleid("OrganisatieBesparing", OrganisatieBesparing.class)
                .verplicht("organisatie", "doormodderen", "doorbreken", "besparing")
                .velden(perJaar, "doormodderen", "doorbreken").veld("besparing", verschil);
        t.afgeleid("Besparing", Besparing.class).verplicht("doormodderen", "doorbreken", "totaal", "perOrganisatie")
                .velden(perJaar, "doormodderen", "doorbreken").veld("totaal", verschil);
        t.afgeleid("Rendementsvoorstel", Rendementsvoorstel.class).verplicht("tekst")
                .veld("rendementBedrag", perJaar).nullable("rendementBedrag")
                .beschrijving("rendementBedrag", "Voorstel voor waardendriehoek.rendementBedrag van een "
                        + "doorbraakbesluit; null zolang de rekentool leeg is. Het platform vult het niet zelf in.");
        t.afgeleid("Perspectiefplan", Perspectiefplan.class).verplicht("casusId", "gemeente", "doel", "stappen",
                "kosten", "besparing", "voorRendement", "versie").nullable("doel")
                .beschrijving("doel", "Het doel van de inwoner voor ongeveer een jaar, in eigen woorden; null na de "
                        + "bewaartermijn");

        // privacy
        ObjectNode waarde = mapper.createObjectNode().put("nullable", true)
                .put("description", "JSON-waarde: tekst, getal, lijst, object of null");
        t.afgeleid("Veldwijziging", AuditRegel.Veldwijziging.class).verplicht("veld").vervang("oud", waarde)
                .vervang("nieuw", waarde);
        t.afgeleid("AuditRegel", AuditRegel.class)
                .verplicht("volgnummer", "object", "objectId", "actie", "door", "op", "wijzigingen");
        heel(t, "Audittrail", "AuditRegel");
        t.afgeleid("Verwerking", Verwerking.class)
                .verplicht("volgnummer", "handeling", "object", "door", "rol", "op", "doel", "grondslag")
                .nullable("casusId", "via")
                .veld("handeling", s -> s.set("enum", mapper.createArrayNode().add("lezen").add("wijzigen")
                        .add("wissen")));
        t.afgeleid("Verwerkingenrapport", PrivacyRoutes.Rapport.class).verplicht("inwoner", "count", "results");
        t.afgeleid("Wisresultaat", nl.doorbraak.api.domein.Wisresultaat.class)
                .verplicht("gemeente", "bewaartermijnMaanden", "grens", "casussen", "notities", "proef")
                .beschrijving("grens", "Casussen die vóór dit moment zijn afgesloten, vallen buiten de bewaartermijn")
                .beschrijving("casussen", "Casussen waarvan de persoonsgegevens zijn gewist (bij een proef: gewist "
                        + "zouden worden)");
        heel(t, "Wisresultaten", "Wisresultaat");

        // accounts
        String[] accountVerplicht = {"gebruikersnaam", "naam", "rollen", "bron", "actief", "versie"};
        String[] accountNullable = {"gemeente", "contactId", "geblokkeerdTot", "codeGeldigTot", "laatstIngelogd",
                "gewijzigd"};
        t.afgeleid("Account", Account.class).verplicht(accountVerplicht).nullable(accountNullable);
        t.afgeleid("Eenmaligecode", Eenmaligecode.class).verplicht("gebruikersnaam", "code", "geldigTot")
                .beschrijving("code", "Eenmalig te zien; geef hem buiten Doorbraak door");
        t.afgeleid("NieuwAccountMetCode", NieuwAccountMetCode.class).verplicht(accountVerplicht)
                .nullable(accountNullable);
        t.afgeleid("Adresblokkade", Adresblokkade.class).verplicht("adres", "mislukt").nullable("geblokkeerdTot");
        heel(t, "Adresblokkades", "Adresblokkade");
        lijst(t, "Account");

        // sso
        t.afgeleid("SsoGemeente", SsoRoutes.SsoGemeente.class).verplicht("gemeente", "naam", "start")
                .veld("start", s -> s.put("format", "uri"));
        heel(t, "SsoGemeenten", "SsoGemeente");

        // korte lijnen en signalen
        t.afgeleid("Contact", Contact.class).verplicht("id", "gemeente", "organisatie", "naam", "trekker", "aanjager",
                "actief", "versie").nullable("rol", "mandaat", "mandaatBedrag", "wijk", "telefoon", "email",
                "onderwerp").veld("mandaatBedrag", s -> s.put("minimum", 0)).veld("email", s -> s.put("format", "email"));
        t.afgeleid("ContactGroep", ContactGroep.class).verplicht("organisatie", "trekkers", "aanjagers")
                .nullable("wijk");
        heel(t, "ContactGroepen", "ContactGroep");
        t.afgeleid("TafelVerwijzing", ContactRoutes.TafelVanContact.class).verplicht("id", "naam");
        heel(t, "ContactTafels", "TafelVerwijzing");
        t.afgeleid("GekoppeldeCasus", GekoppeldeCasus.class).verplicht("id", "gekoppeldDoor", "gekoppeldOp")
                .nullable("titel").beschrijving("titel", "Alleen voor wie de casus mag zien");
        t.afgeleid("SignaalStatusWijziging", SignaalStatusWijziging.class).verplicht("naar", "door", "op")
                .nullable("van", "reden", "antwoord");
        t.afgeleid("Signaal", Signaal.class).verplicht("id", "gemeente", "regel", "organisatie", "omschrijving",
                "status", "gewicht", "casussen", "historie", "versie").nullable("antwoord")
                .veld("gewicht", s -> s.put("minimum", 0));
        for (String naam : List.of("Contact", "Signaal")) {
            lijst(t, naam);
        }

        rapportage(t);
        return t;
    }

    private static void rapportage(Schemas t) {
        Consumer<ObjectNode> euro = s -> s.put("description", "Euro's");
        t.afgeleid("RapportageCasusGroep", Rapportage.CasusGroep.class)
                .verplicht("naam", "aangemeld", "afgesloten", "openOpJaareinde").nullable("naam")
                .beschrijving("naam", "Thema of organisatie; null: zonder thema");
        t.afgeleid("RapportageBesluitGroep", Rapportage.BesluitGroep.class)
                .verplicht("naam", "doorbraken", "regulier", "toegezegd").nullable("naam").veld("toegezegd", euro);
        t.afgeleid("RapportagePotje", Rapportage.PotjeCijfers.class)
                .verplicht("id", "naam", "gestort", "uitgegeven", "uitgaven", "saldoOpJaareinde").nullable("tafelId")
                .velden(euro, "gestort", "uitgegeven", "saldoOpJaareinde");
        t.afgeleid("RapportageSignaalGroep", Rapportage.SignaalGroep.class).verplicht("aantal", "gewicht")
                .geheel(s -> s.put("description", "gewicht: het totaal aantal gekoppelde casussen"));
        // the status is the code of a SignaalStatus, kept as text in the record
        t.afgeleid("RapportageSignaal", Rapportage.SignaalCijfers.class)
                .verplicht("id", "regel", "organisatie", "status", "gewicht")
                .vervang("status", keuze(Arrays.stream(SignaalStatus.values()).map(SignaalStatus::code).toList()));
        String perResultaat = "Per resultaat (doorbraak, opgelost_zonder_doorbraak, terugverwezen) en totaal";
        t.afgeleid("Rapportage", Rapportage.class).verplicht("gemeente", "jaar", "casussen", "besluiten",
                "doorlooptijd", "potjes", "besparing", "acties", "escalaties", "signalen").nullable("tafelId")
                .beschrijving("casussen.afgesloten", perResultaat).nullable("doorlooptijd.mediaanDagen")
                .velden(euro, "potjes.gestort", "potjes.uitgegeven", "potjes.saldoOpJaareinde", "besparing.bedrag")
                .beschrijving("escalaties.perNiveau", "Escalaties begonnen in het jaar, per niveau-id");
        t.afgeleid("RapportageTotalen", Rapportage.Totalen.class).verplicht("gemeente", "casussen", "besluiten")
                .beschrijving("casussen.afgesloten", perResultaat).nullable("doorlooptijd.mediaanDagen")
                .velden(euro, "potjes.gestort", "potjes.uitgegeven", "potjes.saldoOpJaareinde", "besparing.bedrag");
        t.afgeleid("PlatformRapportage", RapportageRoutes.Platform.class).verplicht("jaar", "gemeenten");
    }

    /** {@code {count, next, previous, results}}: one page of a list. */
    private static void lijst(Schemas t, String naam) {
        t.naamloos(naam + "Lijst", Paginering.Lijst.class).verplicht("count", "next", "previous", "results")
                .nullable("next", "previous").velden(s -> s.put("format", "uri"), "next", "previous")
                .vervang("results", reeks(ref(naam)))
                // as it always was: a page says nothing about more properties
                .geheel(s -> s.remove("additionalProperties"));
    }

    /** {@code {count, results}}: a list that always fits whole. */
    private static Schemas.Regels heel(Schemas t, String naam, String element) {
        return t.naamloos(naam, Paginering.Heel.class).verplicht("count", "results")
                .vervang("results", reeks(ref(element)));
    }

    private static ObjectNode reeks(ObjectNode items) {
        ObjectNode a = JsonNodeFactory.instance.objectNode().put("type", "array");
        a.set("items", items);
        return a;
    }

    /** An object of texts under free keys. */
    private static ObjectNode tekstPerSleutel(ObjectMapper mapper, String beschrijving) {
        ObjectNode o = mapper.createObjectNode().put("type", "object").put("description", beschrijving);
        o.putObject("additionalProperties").put("type", "string");
        return o;
    }

    private static ObjectNode componenten(ObjectMapper mapper) {
        ObjectNode c = mapper.createObjectNode().put("type", "object");
        c.putObject("additionalProperties").put("type", "string").putArray("enum").add("UP").add("STARTEND")
                .add("DOWN");
        return c;
    }

    /** A plug-in: its rights; a bundle of the platform itself: null. */
    private static void rechten(ObjectNode s) {
        s.put("nullable", true).put("description", "Wat de plug-in vroeg en kreeg; null voor een bundle van het "
                + "platform zelf.");
    }
}
