package nl.doorbraak.web.route;

import static nl.doorbraak.web.route.Operatie.geheel;
import static nl.doorbraak.web.route.Operatie.keuze;
import static nl.doorbraak.web.route.Operatie.lijst;
import static nl.doorbraak.web.route.Operatie.obj;
import static nl.doorbraak.web.route.Operatie.ref;
import static nl.doorbraak.web.route.Operatie.tekst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.sessie.AccountRoutes;
import nl.doorbraak.web.routes.BesluitRoutes;
import nl.doorbraak.web.routes.BewaartermijnRoutes;
import nl.doorbraak.web.routes.BundleBeheer;
import nl.doorbraak.web.routes.BijeenkomstRoutes;
import nl.doorbraak.web.routes.CasusRoutes;
import nl.doorbraak.web.routes.ContactRoutes;
import nl.doorbraak.web.routes.EscalatieRoutes;
import nl.doorbraak.web.sessie.GebruikerRoutes;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.routes.PerspectiefplanRoutes;
import nl.doorbraak.web.routes.PlatformRoutes;
import nl.doorbraak.web.routes.PotjeRoutes;
import nl.doorbraak.web.routes.PrivacyRoutes;
import nl.doorbraak.web.routes.RapportageCsv;
import nl.doorbraak.web.routes.RapportageRoutes;
import nl.doorbraak.web.sessie.SessieRoutes;
import nl.doorbraak.web.routes.SchermRoutes;
import nl.doorbraak.web.routes.SignaalRoutes;
import nl.doorbraak.web.sso.SsoRoutes;
import nl.doorbraak.web.routes.TafelRoutes;

/**
 * Elke route van de core, eenmaal beschreven: pad, handler, wie mag en wat het OpenAPI-document erover zegt. De
 * volgorde is die van het document; de router matcht in deze volgorde (een vast deel vóór een parameter op dezelfde
 * plek: {@code contacten/trekkers} vóór {@code contacten/{id}}).
 */
public final class Kernroutes {

    private static final Rol GB = Rol.GEMEENTEBEHEERDER;
    private static final Rol CR = Rol.CASUSREGISSEUR;
    private static final Rol TL = Rol.TAFELLID;
    private static final Rol TM = Rol.TRANSFORMAATJE;
    private static final Rol PB = Rol.PLATFORMBEHEERDER;

    private static final String G = "/gemeenten/{gemeente}";
    private static final String CASUSINHOUD = "de inhoud van casussen";
    /** The core's words (AccountService), so the router's early 403 is the answer it always was. */
    private static final String PLATFORMACCOUNTS = "Alleen een platformbeheerder beheert de platformaccounts.";
    private static final String GEBRUIKERSBEHEER = "Uw rol geeft geen toegang tot het gebruikersbeheer van deze "
            + "gemeente; dat doet een gemeentebeheerder.";

    private Kernroutes() {
    }

    static List<Operatie> alle(Omgeving omgeving) {
        PlatformRoutes platform = new PlatformRoutes(omgeving);
        SessieRoutes sessies = new SessieRoutes(omgeving);
        TafelRoutes tafels = new TafelRoutes(omgeving);
        CasusRoutes casussen = new CasusRoutes(omgeving);
        BijeenkomstRoutes bijeenkomsten = new BijeenkomstRoutes(omgeving, casussen);
        BesluitRoutes besluiten = new BesluitRoutes(omgeving, casussen);
        PotjeRoutes potjes = new PotjeRoutes(omgeving, casussen);
        PrivacyRoutes privacy = new PrivacyRoutes(omgeving);
        EscalatieRoutes escalaties = new EscalatieRoutes(omgeving);
        ContactRoutes contacten = new ContactRoutes(omgeving);
        SignaalRoutes signalen = new SignaalRoutes(omgeving);
        PerspectiefplanRoutes perspectiefplannen = new PerspectiefplanRoutes(omgeving);
        RapportageRoutes rapportage = new RapportageRoutes(omgeving);
        AccountRoutes account = new AccountRoutes(omgeving);
        GebruikerRoutes gebruikers = new GebruikerRoutes(omgeving);
        SsoRoutes sso = new SsoRoutes(omgeving);
        SchermRoutes schermen = new SchermRoutes(omgeving);
        BundleBeheer bundleBeheer = new BundleBeheer(omgeving);
        BewaartermijnRoutes bewaartermijn = new BewaartermijnRoutes(omgeving);

        List<Operatie> o = new ArrayList<>();

        // ---- platform en sessies ----
        o.add(Operatie.get("/health", "gezondheid", "Gezondheid van het platform", "platform", platform::health)
                .publiek().antwoord("200", "Alles draait", ref("Gezondheid"))
                .antwoord("503", "De core ontbreekt (DOWN) of start nog (STARTEND: demogegevens, eerste beheerder); "
                        + "Retry-After", ref("Gezondheid")));
        o.add(Operatie.get("/openapi.json", "openapi", "Dit document", "platform", platform::openApi).publiek()
                .antwoord("200", "OpenAPI-document", obj()));
        o.add(Operatie.post("/sessies", "inloggen", "Inloggen; zet de sessiecookie", "sessies", sessies::login)
                .publiek().body(ref("Inlog"), Aanvraag.JSON, Aanvraag.FORM)
                .antwoord("201", "Ingelogd; Set-Cookie DOORBRAAK_SESSIE", ref("Sessie"))
                .fouten("400", "401", "415", "429", "503"));
        o.add(Operatie.get("/sessies/huidig", "huidigeSessie", "De ingelogde gebruiker en het CSRF-token", "sessies",
                sessies::huidig).antwoord("200", "De sessie", ref("Sessie")).fouten("401"));
        // ook zonder (geldige) sessie 204: uitloggen lukt altijd
        o.add(Operatie.delete("/sessies/huidig", "uitloggen", "Uitloggen", "sessies", sessies::logout).publiek()
                .leeg("204", "Uitgelogd").fouten("403"));
        o.add(Operatie.get("/varianten", "varianten", "Geïnstalleerde tafelvarianten met bundle, versie en status",
                "platform", platform::varianten).pagineerbaar().antwoord("200", "Varianten", lijst("VariantInfo"))
                .fouten("400", "401", "503"));
        o.add(Operatie.get("/schermen", "schermen", "Schermen van plug-ins voor het menu van de webapplicatie: van "
                + "actieve plug-ins, voor varianten van uw gemeente (platformbeheerder: alle) en uw rollen, en zonder "
                + "gemeente ook die van plug-ins voor het Rijk (variant null) voor uw rollen; module is "
                + "het pad van de ES-module onder /plugins/, met de versie van de plug-in erin", "platform",
                schermen::lijst).antwoord("200", "Schermen", ref("Schermen")).fouten("401", "503"));
        o.add(Operatie.get("/schermen/casusdelen", "casusdelen", "Delen van het casusscherm van plug-ins: van actieve "
                + "plug-ins, voor varianten van uw gemeente en uw rollen (zonder gemeente: geen); module is het pad van "
                + "de ES-module onder /plugins/, titel de kop van het deel", "platform", schermen::casusdelen)
                .antwoord("200", "Delen van het casusscherm", ref("Schermen")).fouten("401", "503"));
        o.add(Operatie.get("/platform/bundles", "bundles",
                "De bundles van het platform met id, versie en toestand (platformbeheerder)", "platform",
                platform::bundles).rollen("de bundles van het platform", PB).pagineerbaar()
                .antwoord("200", "Bundles", lijst("Bundle")).fouten("400", "401", "403"));
        o.add(Operatie.post("/platform/bundles", "pluginInstalleren", "Een plug-in installeren of bijwerken "
                + "(platformbeheerder): de body is de jar; een nieuwe versie van een geïnstalleerde plug-in vervangt die "
                + "ter plekke. Het antwoord komt als de bundle in die versie actief is (409 als hij niet start)",
                "platform", bundleBeheer::installeer).rollen("het beheer van plug-ins", PB)
                .body(tekst().put("format", "binary"), BundleBeheer.JAR, BundleBeheer.OCTET, BundleBeheer.X_JAR)
                .antwoord("200", "Bijgewerkt en actief", ref("Bundle"))
                .antwoord("201", "Nieuw geïnstalleerd en actief", ref("Bundle"))
                .fouten("400", "401", "403", "409", "413", "415", "503"));
        o.add(Operatie.delete("/platform/bundles/{symbolischeNaam}", "pluginVerwijderen", "Een plug-in verwijderen "
                + "(platformbeheerder): zijn bestand gaat uit deploy/, het antwoord komt als de bundle weg is; zijn "
                + "gegevens blijven", "platform", bundleBeheer::verwijder).rollen("het beheer van plug-ins", PB)
                .leeg("204", "Verwijderd").fouten("401", "403", "404", "409", "503"));
        o.add(Operatie.get("/gemeenten", "gemeenten", "De gemeenten die u mag zien", "gemeenten", platform::gemeenten)
                .pagineerbaar().antwoord("200", "Gemeenten", lijst("Gemeente")).fouten("400", "401"));
        // de platformbeheerder ziet elke gemeente
        o.add(Operatie.get(G, "gemeente", "Eén gemeente", "gemeenten", platform::gemeente).elkeGemeente(PB)
                .gemeenteInKern()
                .antwoord("200", "De gemeente", ref("Gemeente")).fouten("401", "404"));
        Beheerroutes.gemeenten(o, new nl.doorbraak.web.routes.InstellingenRoutes(omgeving));

        // ---- tafels en casussen ----
        o.add(Operatie.get(G + "/tafels", "tafels", "Tafels van de gemeente", "tafels", tafels::lijst)
                .rollen("de tafels", GB, CR, TL, TM).pagineerbaar().antwoord("200", "Tafels", lijst("Tafel"))
                .fouten("400", "401", "403", "404"));
        o.add(Operatie.post(G + "/tafels", "tafelMaken", "Een tafel aanmaken (gemeentebeheerder)", "tafels",
                tafels::maak).rollen("het beheer van tafels", GB).body(ref("NieuweTafel"))
                .antwoord("201", "Aangemaakt; Location en ETag", ref("Tafel"))
                .fouten("400", "401", "403", "404", "413", "415"));
        o.add(Operatie.get(G + "/tafels/{id}", "tafel", "Eén tafel, met ETag", "tafels", tafels::lees)
                .rollen("de tafels", GB, CR, TL, TM).antwoord("200", "De tafel", ref("Tafel"))
                .fouten("401", "403", "404"));
        o.add(Operatie.put(G + "/tafels/{id}", "tafelVervangen", "Een tafel wijzigen (gemeentebeheerder, If-Match)",
                "tafels", tafels::vervang).rollen("het beheer van tafels", GB).ifMatch(true).body(ref("NieuweTafel"))
                .antwoord("200", "Gewijzigd", ref("Tafel"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428"));

        o.add(casus(Operatie.get(G + "/casussen", "casussen",
                "Casussen van de gemeente (casusregisseur: alle; tafellid: van de eigen tafels)", "casussen",
                casussen::lijst)).pagineerbaar()
                .query("status", "Alleen casussen met deze status", casusStatus())
                .query("tafel", "Alleen casussen van deze tafel", tekst())
                .query("variant", "Alleen casussen van deze tafelvariant", tekst())
                .antwoord("200", "Casussen", lijst("Casus")).fouten("400", "401", "403", "404"));
        o.add(casus(Operatie.post(G + "/casussen", "intake", "Een casus aanmelden (intake)", "casussen",
                casussen::maak)).body(ref("NieuweCasus"))
                .antwoord("201", "Aangemeld; Location en ETag", ref("Casus"))
                .fouten("400", "401", "403", "404", "413", "415", "503"));
        o.add(casus(Operatie.get(G + "/casussen/{id}", "casus", "Eén casus, met ETag", "casussen", casussen::lees))
                .antwoord("200", "De casus", ref("Casus")).fouten("401", "403", "404"));
        o.add(casus(Operatie.put(G + "/casussen/{id}", "casusVervangen",
                "Titel en hulpvraag (verplicht) en de meegestuurde velden vervangen; If-Match verplicht", "casussen",
                casussen::vervang)).doel(CasusRoutes.DOEL_BEHANDELEN).ifMatch(true).body(ref("CasusVervanging"))
                .antwoord("200", "Gewijzigd", ref("Casus"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428", "503"));
        o.add(casus(Operatie.patch(G + "/casussen/{id}", "casusWijzigen",
                "Gedeeltelijk wijzigen (JSON merge patch); If-Match verplicht", "casussen", casussen::patch))
                .doel(CasusRoutes.DOEL_BEHANDELEN).ifMatch(true)
                .body(ref("CasusWijziging"), Aanvraag.JSON, "application/merge-patch+json")
                .antwoord("200", "Gewijzigd", ref("Casus"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428", "503"));
        o.add(casus(Operatie.post(G + "/casussen/{id}/status", "statusWijzigen",
                "De status van een casus wijzigen (If-Match optioneel)", "casussen", casussen::status))
                .doel(CasusRoutes.DOEL_BEHANDELEN).ifMatch(false).body(ref("StatusVerzoek"))
                .antwoord("200", "Gewijzigd", ref("Casus"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "503"));

        // ---- bijeenkomsten, besluiten, acties en potjes ----
        o.add(casus(Operatie.get(G + "/bijeenkomsten", "bijeenkomsten",
                "Bijeenkomsten, nieuwste eerst (tafellid: geef ?tafel= van een eigen tafel)", "bijeenkomsten",
                bijeenkomsten::lijst)).antwoord("200", lijst("Bijeenkomst")).fouten("400", "401", "403", "404")
                .pagineerbaar().query("tafel", "Alleen bijeenkomsten van deze tafel", tekst()));
        o.add(casus(Operatie.post(G + "/bijeenkomsten", "bijeenkomstPlannen", "Een bijeenkomst plannen",
                "bijeenkomsten", bijeenkomsten::plan)).body(ref("NieuweBijeenkomst"))
                .antwoord("201", ref("Bijeenkomst")).fouten("400", "401", "403", "404", "413", "415"));
        o.add(casus(Operatie.get(G + "/bijeenkomsten/{id}", "bijeenkomst", "Eén bijeenkomst, met ETag",
                "bijeenkomsten", bijeenkomsten::lees)).antwoord("200", ref("Bijeenkomst")).fouten("401", "403", "404"));
        o.add(casus(Operatie.put(G + "/bijeenkomsten/{id}", "bijeenkomstWijzigen",
                "Datum, aanwezigen en notitie wijzigen (If-Match verplicht)", "bijeenkomsten", bijeenkomsten::vervang))
                .body(ref("NieuweBijeenkomst")).antwoord("200", ref("Bijeenkomst"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428").ifMatch(true));
        o.add(casus(Operatie.post(G + "/bijeenkomsten/{id}/agenda", "agenderen",
                "Een casus van dezelfde tafel op de agenda zetten; een casus in voorbereiding wordt geagendeerd",
                "bijeenkomsten", bijeenkomsten::agendeer)).body(ref("Agendapunt")).antwoord("200", ref("Bijeenkomst"))
                .fouten("400", "401", "403", "404", "409", "413", "415"));
        o.add(casus(Operatie.get(G + "/casussen/{id}/besluiten", "besluitenBijCasus",
                "Alle besluiten over een casus, oudste eerst", "besluiten", besluiten::lijstBijCasus))
                .antwoord("200", ref("BesluitLijst")).fouten("401", "403", "404"));
        o.add(casus(Operatie.post(G + "/casussen/{id}/besluiten", "besluitNemen",
                "Een besluit nemen, met toezeggingen, uitgave uit een potje en acties, in één keer. Een doorbraak "
                        + "vraagt de hele waardendriehoek; een toezegging boven het mandaat van de deelnemers wordt "
                        + "geweigerd (400, code mandaat)", "besluiten", besluiten::neem))
                .doel(BesluitRoutes.DOEL_BESLUIT_VASTLEGGEN).body(ref("NieuwBesluit")).antwoord("201", ref("Besluit"))
                .fouten("400", "401", "403", "404", "409", "413", "415"));
        o.add(casus(Operatie.get(G + "/besluiten/{id}", "besluit", "Eén besluit (nooit gewijzigd; zie gecorrigeerdDoor)",
                "besluiten", besluiten::lees)).antwoord("200", ref("Besluit")).fouten("401", "403", "404"));
        o.add(casus(Operatie.post(G + "/besluiten/{id}/acties", "actieToevoegen", "Een actie bij een besluit", "acties",
                besluiten::nieuweActie)).doel(BesluitRoutes.DOEL_ACTIE_VASTLEGGEN).body(ref("NieuweActie"))
                .antwoord("201", ref("Actie")).fouten("400", "401", "403", "404", "409", "413", "415"));
        o.add(casus(Operatie.get(G + "/casussen/{id}/acties", "actiesBijCasus", "Acties van een casus, open eerst",
                "acties", besluiten::actiesBijCasus)).antwoord("200", lijst("Actie"))
                .fouten("400", "401", "403", "404").pagineerbaar());
        ObjectNode jaNee = keuze(List.of("true", "false"));
        o.add(casus(Operatie.get(G + "/acties", "acties",
                "Acties van de gemeente (tafellid: van de eigen tafels), open eerst en op deadline", "acties",
                besluiten::acties)).antwoord("200", lijst("Actie")).fouten("400", "401", "403", "404").pagineerbaar()
                .query("verlopen", "Alleen open acties waarvan de deadline voorbij is", jaNee)
                .query("open", "Alleen acties die nog niet gereed zijn", jaNee.deepCopy())
                .query("organisatie", "Alleen acties van deze organisatie (eigenaar)", tekst())
                .query("contact", "Alleen acties van deze contactpersoon", tekst()));
        o.add(casus(Operatie.get(G + "/acties/{id}", "actie", "Eén actie", "acties", besluiten::leesActie))
                .antwoord("200", ref("Actie")).fouten("401", "403", "404"));
        o.add(casus(Operatie.post(G + "/acties/{id}/gereed", "actieGereed", "Een actie gereed melden (zonder body)",
                "acties", besluiten::gereed)).antwoord("200", ref("Actie")).fouten("401", "403", "404"));
        o.add(Operatie.get(G + "/potjes", "potjes", "Voorkom Erger Potjes van de gemeente, met saldo", "potjes",
                potjes::lijst).rollen("de potjes", GB, CR, TL).antwoord("200", lijst("Potje"))
                .fouten("400", "401", "403", "404").pagineerbaar());
        o.add(Operatie.post(G + "/potjes", "potjeMaken", "Een potje maken (gemeentebeheerder)", "potjes", potjes::maak)
                .rollen("het beheer van potjes", GB).body(ref("NieuwPotje")).antwoord("201", ref("Potje"))
                .fouten("400", "401", "403", "404", "413", "415"));
        o.add(Operatie.get(G + "/potjes/{id}", "potje", "Eén potje", "potjes", potjes::lees)
                .rollen("de potjes", GB, CR, TL).antwoord("200", ref("Potje")).fouten("401", "403", "404"));
        o.add(Operatie.get(G + "/potjes/{id}/mutaties", "potjeHistorie",
                "Alle stortingen en uitgaven, nieuwste eerst; de omschrijving van een uitgave alleen voor wie de casus "
                        + "van het besluit mag zien (anders null), en dat is een verwerking", "potjes",
                potjes::mutaties).rollen("de potjes", GB, CR, TL).antwoord("200", lijst("PotjeMutatie"))
                .fouten("400", "401", "403", "404").pagineerbaar());
        o.add(Operatie.post(G + "/potjes/{id}/stortingen", "storten", "Geld in een potje storten (gemeentebeheerder)",
                "potjes", potjes::stort).rollen("stortingen in potjes", GB).body(ref("Storting"))
                .antwoord("201", ref("PotjeMutatie")).fouten("400", "401", "403", "404", "413", "415"));
        o.add(Operatie.post(G + "/potjes/{id}/uitgaven", "uitgeven",
                "Een uitgave bij een besluit; geweigerd (409) als het saldo te laag is, ook bij gelijktijdige uitgaven",
                "potjes", potjes::neemUit).rollen(CASUSINHOUD, CR, TL).body(ref("UitgaveVerzoek")).antwoord("201", ref("PotjeMutatie"))
                .fouten("400", "401", "403", "404", "409", "413", "415"));

        // ---- privacy ----
        o.add(casus(Operatie.get(G + "/casussen/{id}/audittrail", "audittrail",
                "Elke wijziging van de casus en zijn onderdelen: wie, wanneer, welk veld, oude en nieuwe waarde",
                "privacy", privacy::audittrail)).antwoord("200", ref("Audittrail")).fouten("401", "403", "404"));
        o.add(Operatie.get(G + "/casussen/{id}/bsn", "bsnLezen",
                "Het BSN van de inwoner (casusregisseur); elke keer vastgelegd als verwerking", "privacy",
                privacy::leesBsn).rollen("het BSN", CR).antwoord("200", ref("Bsn")).fouten("401", "403", "404"));
        o.add(Operatie.put(G + "/casussen/{id}/bsn", "bsnVastleggen",
                "Het BSN vastleggen (versleuteld; nooit in een URL, log of export)", "privacy", privacy::legBsnVast)
                .rollen("het BSN", CR).body(ref("Bsn"))
                .leeg("204", "Het BSN vastleggen (versleuteld; nooit in een URL, log of export)")
                .fouten("400", "401", "403", "404", "413", "415"));
        o.add(Operatie.delete(G + "/casussen/{id}/bsn", "bsnWissen", "Het BSN wissen", "privacy", privacy::wisBsn)
                .rollen("het BSN", CR).leeg("204", "Het BSN wissen").fouten("401", "403", "404"));
        o.add(Operatie.get(G + "/verwerkingen", "verwerkingenrapport",
                "Alle verwerkingen van de persoonsgegevens van één inwoner (gemeentebeheerder)", "privacy",
                privacy::rapport).rollen("het verwerkingenrapport", GB).antwoord("200", ref("Verwerkingenrapport"))
                .fouten("400", "401", "403", "404")
                .query("inwoner", "Pseudoniem van de inwoner (nooit een BSN)", tekst(), true));
        ObjectNode proef = keuze(List.of("true", "false"));
        o.add(Operatie.post(G + "/bewaartermijn", "bewaartermijnGemeente", "De bewaartermijn nu toepassen op deze "
                + "gemeente: persoonsgegevens van casussen die langer dan bewaartermijnMaanden gesloten zijn, wissen; met "
                + "?proef=true alleen tellen (gemeentebeheerder, platformbeheerder)", "privacy", bewaartermijn::gemeente)
                .rollen("de bewaartermijn", GB, PB).elkeGemeente(PB)
                .query("proef", "true: alleen tellen wat gewist zou worden, niets wissen", proef)
                .antwoord("200", "Per gemeente wat gewist is (of bij een proef: zou worden)", ref("Wisresultaten"))
                .fouten("400", "401", "403", "404", "503"));
        o.add(Operatie.post("/platform/bewaartermijn", "bewaartermijnPlatform", "De bewaartermijn nu toepassen op "
                + "alle gemeenten; met ?proef=true alleen tellen (platformbeheerder)", "privacy", bewaartermijn::platform)
                .rollen("de bewaartermijn van alle gemeenten", PB)
                .query("proef", "true: alleen tellen wat gewist zou worden, niets wissen", proef.deepCopy())
                .antwoord("200", "Per gemeente wat gewist is (of bij een proef: zou worden)", ref("Wisresultaten"))
                .fouten("400", "401", "403", "503"));

        // ---- accounts ----
        o.add(Operatie.put("/account/wachtwoord", "wachtwoordWijzigen",
                "Het eigen wachtwoord wijzigen (ook na inloggen met een eenmalig wachtwoord); daarna vervallen alle "
                        + "sessies van het account, wie dit met een sessie deed krijgt een nieuwe",
                "account", account::wijzigWachtwoord).body(ref("WachtwoordWijziging")).antwoord("200", ref("Sessie"))
                .fouten("400", "401", "403", "413", "415", "429"));
        o.add(Operatie.post("/account/herstel", "wachtwoordKiezen",
                "Een (nieuw) wachtwoord kiezen met de eenmalige code van een beheerder; zonder login", "account",
                account::herstel).body(ref("Herstel"))
                .leeg("204", "Een (nieuw) wachtwoord kiezen met de eenmalige code van een beheerder; zonder login")
                .fouten("400", "413", "415", "429", "503").publiek());
        for (String basis : List.of(G + "/gebruikers", "/platform/gebruikers")) {
            gebruikers(o, basis, gebruikers);
        }
        o.add(Operatie.get("/platform/blokkades", "adresblokkades",
                "Clientadressen met mislukte inlogpogingen en hun blokkade (platformbeheerder)", "gebruikers",
                gebruikers::adressen).weigering(PLATFORMACCOUNTS, PB).antwoord("200", ref("Adresblokkades")).fouten("401", "403"));
        o.add(Operatie.delete("/platform/blokkades/{adres}", "adresDeblokkeren",
                "De blokkade van een clientadres opheffen (platformbeheerder)", "gebruikers", gebruikers::deblokkeerAdres)
                .weigering(PLATFORMACCOUNTS, PB).leeg("204", "De blokkade van een clientadres opheffen (platformbeheerder)")
                .fouten("401", "403", "404"));

        // ---- inloggen via de identity provider van een gemeente ----
        o.add(Operatie.get("/sso", "ssoGemeenten", "De gemeenten waar inloggen via de identity provider kan, met het "
                + "adres om te beginnen (voor een inlogpagina)", "sso", sso::lijst).publiek()
                .antwoord("200", ref("SsoGemeenten")).fouten("503"));
        o.add(Operatie.get("/sso/{gemeente}/start", "ssoStart",
                "Inloggen via de identity provider van de gemeente beginnen: 302 naar haar autorisatie-endpoint "
                        + "(authorization code flow met PKCE S256, state en nonce), met een cookie DOORBRAAK_SSO die "
                        + "de aanmelding aan deze browser bindt (10 minuten geldig)", "sso", sso::start).publiek()
                .query("terug", "Waarheen na het inloggen: een pad op dit platform (standaard /)",
                        tekst().put("maxLength", SsoRoutes.MAX_TERUG))
                .antwoordZoals("302", doorverwijzing("Naar de identity provider; Location is het autorisatieverzoek"))
                .fouten("400", "404", "503"));
        Operatie terug = Operatie.get("/sso/{gemeente}/terug", "ssoTerug",
                "Hierheen stuurt de identity provider de browser terug (redirect_uri): de code wordt ingewisseld, het "
                        + "ID-token gecontroleerd, de core beslist over toegang en de sessie begint", "sso", sso::terug)
                .publiek();
        for (String[] q : new String[][] { { "code", "De autorisatiecode" }, { "state", "Van het begin" },
                { "iss", "De issuer (RFC 9207)" }, { "error", "Een fout van de identity provider" },
                { "error_description", "Uitleg van de identity provider (komt niet in het antwoord)" } }) {
            terug.query(q[0], q[1], tekst());
        }
        ObjectNode gelukt = JsonNodeFactory.instance.objectNode();
        gelukt.put("description", "Ingelogd; Set-Cookie DOORBRAAK_SESSIE. Als Accept text/html boven JSON verkiest "
                + "(een browser) een pagina die binnen deze site doorstuurt naar terug (meta-refresh en link), zodat de "
                + "SameSite=Strict-cookie meegaat; anders (ook zonder Accept) JSON zoals na POST /api/sessies, met terug");
        ObjectNode inhoud = gelukt.putObject("content");
        inhoud.putObject(Aanvraag.JSON).set("schema", ref("SsoSessie"));
        inhoud.putObject("text/html").set("schema", tekst());
        o.add(terug.antwoordZoals("200", gelukt).fouten("400", "401", "403", "404", "406", "503"));
        o.add(Operatie.get("/sso/uitloggen", "ssoUitloggen",
                "Uitloggen, ook bij de identity provider: beëindigt de sessie (als er een is) en stuurt door naar het "
                        + "end_session_endpoint van de identity provider (id_token_hint, client_id, "
                        + "post_logout_redirect_uri = de startpagina), of zonder SSO-sessie naar de startpagina", "sso",
                sso::uitloggen).publiek()
                .antwoordZoals("302", doorverwijzing("Uitgelogd; Set-Cookie wist de sessiecookie")));

        // ---- perspectiefplan ----
        String plan = G + "/casussen/{id}/perspectiefplan";
        o.add(casus(Operatie.get(plan, "perspectiefplan", "Het perspectiefplan van de casus met de berekende "
                + "besparing, met ETag (casusregisseur; tafellid voor zijn tafels); elke keer vastgelegd als "
                + "verwerking", "perspectiefplannen", perspectiefplannen::lees)).antwoord("200", ref("Perspectiefplan"))
                .fouten("401", "403", "404"));
        o.add(casus(Operatie.put(plan, "perspectiefplanVastleggen", "Het perspectiefplan maken (zonder If-Match; 201) "
                + "of helemaal vervangen (If-Match verplicht als er al een is; 200). Na afsluiten van de casus 409.",
                "perspectiefplannen", perspectiefplannen::bewaar)).doel(PerspectiefplanRoutes.DOEL_VASTLEGGEN)
                .body(ref("NieuwPerspectiefplan")).antwoord("200", ref("Perspectiefplan"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428").ifMatch(false)
                .antwoord("201", "Gemaakt; Location en ETag", ref("Perspectiefplan")));

        korteLijnenEnSignalen(o, contacten, signalen);

        // ---- rapportage ----
        ObjectNode jaar = geheel().put("minimum", 2000).put("maximum", 2100);
        String csv = "CSV: UTF-8 met BOM, puntkomma's, Nederlandse getallen (1250,00), één cijfer per regel: "
                + RapportageCsv.KOP;
        for (String pad : List.of("/rapportage", "/rapportage.csv")) {
            boolean alleenCsv = pad.endsWith(".csv");
            Operatie g = Operatie.get(G + pad, alleenCsv ? "rapportageCsv" : "rapportage",
                    (alleenCsv ? "De rapportage als CSV" : "De rapportage van een gemeente over een jaar (JSON; CSV "
                            + "als Accept die boven JSON verkiest, bijvoorbeeld Accept: text/csv)")
                            + " (gemeentebeheerder, casusregisseur); geen persoonsgegevens", "rapportage",
                    alleenCsv ? rapportage::gemeenteCsv : rapportage::gemeente)
                    .rollen("de rapportage", GB, CR).rolVoorGemeente()
                    .query("jaar", "Kalenderjaar; standaard het lopende jaar", jaar.deepCopy())
                    .query("tafel", "Alleen deze tafel (id)", tekst());
            o.add(csv(g, ref("Rapportage"), csv, alleenCsv, "400", "401", "403", "404", "503"));
            Operatie p = Operatie.get(pad, alleenCsv ? "platformRapportageCsv" : "platformRapportage",
                    "Kerncijfers van elke gemeente, geanonimiseerd: alleen aantallen en bedragen (platformbeheerder)",
                    "rapportage", alleenCsv ? rapportage::platformCsv : rapportage::platform)
                    .rollen("de rapportage over alle gemeenten", PB)
                    .query("jaar", "Kalenderjaar; standaard het lopende jaar", jaar.deepCopy());
            o.add(csv(p, ref("PlatformRapportage"), csv, alleenCsv, "400", "401", "403", "503"));
        }

        // ---- escalaties ----
        o.add(Operatie.get(G + "/escalatieroute", "escalatieroute",
                "De escalatieroute die nu geldt, van laag naar hoog: geconfigureerde niveaus en die van plug-ins "
                        + "(casusregisseur, gemeentebeheerder, tafellid)", "escalaties", escalaties::route)
                .rollen("escalaties", CR, GB, TL)
                .antwoord("200", "De niveaus met hun reactietermijn", ref("Escalatieroute"))
                .fouten("401", "403", "404", "503"));
        o.add(Operatie.get(G + "/casussen/{id}/escalaties", "escalatiesVanCasus",
                "Alle escalaties van een casus, oudste eerst", "escalaties", escalaties::vanCasus)
                .rollen("escalaties", CR, GB, TL).tafel().pagineerbaar()
                .antwoord("200", "Escalaties", lijst("Escalatie")).fouten("400", "401", "403", "404", "503"));
        o.add(Operatie.post(G + "/casussen/{id}/escalaties", "escaleren", "Een casus escaleren (casusregisseur; "
                + "tafellid voor een casus van zijn tafel). Zonder niveau: het niveau boven de laatste, beantwoorde "
                + "escalatie, anders het eerste niveau. Deadline: nu plus de reactietermijn van het niveau.",
                "escalaties", escalaties::escaleer)
                .weigering(EscalatieRoutes.ESCALEREN_GEWEIGERD, CR, TL).tafel().body(ref("EscalatieVerzoek"))
                .antwoord("201", "Geëscaleerd; Location en ETag", ref("Escalatie"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "503"));
        o.add(Operatie.get(G + "/escalaties", "escalaties",
                "Escalaties van de gemeente, nieuwste eerst (tafellid: van casussen van zijn tafels)", "escalaties",
                escalaties::lijst).rollen("escalaties", CR, GB, TL).tafel().pagineerbaar()
                .query("status", "Alleen escalaties met deze status", escalatieStatus())
                .query("niveau", "Alleen escalaties op dit niveau", tekst())
                .query("verlopen", "true: alleen open escalaties waarvan de deadline voorbij is",
                        JsonNodeFactory.instance.objectNode().put("type", "boolean"))
                .antwoord("200", "Escalaties", lijst("Escalatie")).fouten("400", "401", "403", "404", "503"));
        o.add(Operatie.get(G + "/escalaties/{id}", "escalatie", "Eén escalatie, met ETag", "escalaties",
                escalaties::lees).rollen("escalaties", CR, GB, TL).tafel()
                .antwoord("200", "De escalatie", ref("Escalatie")).fouten("401", "403", "404", "503"));
        o.add(afhandeling(Operatie.post(G + "/escalaties/{id}/antwoord", "escalatieBeantwoorden",
                "Het niveau heeft geantwoord (casusregisseur; If-Match optioneel)", "escalaties", escalaties::antwoord))
                .body(ref("AntwoordVerzoek")).antwoord("200", "De gewijzigde escalatie", ref("Escalatie"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "503"));
        o.add(afhandeling(Operatie.post(G + "/escalaties/{id}/opgelost", "escalatieOpgelost",
                "Het probleem is opgelost (casusregisseur; body optioneel; If-Match optioneel)", "escalaties",
                escalaties::opgelost)).body(ref("OpgelostVerzoek")).bodyOptioneel()
                .antwoord("200", "De gewijzigde escalatie", ref("Escalatie"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "503"));
        o.add(afhandeling(Operatie.post(G + "/escalaties/{id}/doorescaleren", "doorescaleren",
                "Naar het volgende niveau: deze escalatie wordt doorgeescaleerd, een nieuwe open escalatie verwijst "
                        + "ernaar (casusregisseur; If-Match optioneel). Op het hoogste niveau 409.", "escalaties",
                escalaties::doorescaleren)).body(ref("DoorescalatieVerzoek"))
                .antwoord("201", "De nieuwe escalatie; Location en ETag", ref("Escalatie"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "503"));
        return List.copyOf(o);
    }

    /** De inhoud van casussen: casusregisseur (alle), tafellid (van zijn tafels). */
    private static Operatie casus(Operatie o) {
        return o.rollen(CASUSINHOUD, CR, TL).tafel();
    }

    /** Beantwoorden, oplossen, doorescaleren: alleen een casusregisseur; If-Match optioneel. */
    private static Operatie afhandeling(Operatie o) {
        return o.weigering(EscalatieRoutes.AFHANDELEN_GEWEIGERD, CR).tafel().ifMatch(false)
                .doel(EscalatieRoutes.DOEL_BEHANDELEN);
    }

    private static void gebruikers(List<Operatie> o, String basis, GebruikerRoutes gebruikers) {
        boolean platform = basis.startsWith("/platform");
        String wie = platform ? "platformbeheerder" : "gemeentebeheerder van de gemeente; de platformbeheerder "
                + "ziet ze en beheert de gemeentebeheerders";
        String voor = platform ? "platform" : "gemeente";
        // as the core (AccountService) decides again: the platformbeheerder manages a gemeente's gemeentebeheerders too
        UnaryOperator<Operatie> toegang = platform ? op -> op.weigering(PLATFORMACCOUNTS, PB)
                : op -> op.weigering(GEBRUIKERSBEHEER, GB, PB).elkeGemeente(PB).rolVoorGemeente();
        o.add(toegang.apply(Operatie.get(basis, voor + "Gebruikers", "De accounts (" + wie + ")", "gebruikers",
                gebruikers::lijst)).antwoord("200", lijst("Account")).fouten("400", "401", "403", "404")
                .pagineerbaar().query("rol", "Alleen accounts met deze rol", rolSchema())
                .query("actief", "true, false of alle (standaard)", keuze(List.of("true", "false", "alle")))
                .query("geblokkeerd", "true: alleen accounts die nu geblokkeerd zijn", keuze(List.of("true", "false"))));
        o.add(toegang.apply(Operatie.post(basis, voor + "GebruikerMaken", "Een account aanmaken; het antwoord bevat "
                + "eenmalig de code waarmee de gebruiker zijn wachtwoord kiest (POST /api/account/herstel)",
                "gebruikers", gebruikers::maak)).body(ref("NieuwAccount"))
                .antwoord("201", "Aangemaakt; Location en ETag", ref("NieuwAccountMetCode"))
                .fouten("400", "401", "403", "404", "409", "413", "415"));
        String een = basis + "/{naam}";
        o.add(toegang.apply(Operatie.get(een, voor + "Gebruiker", "Eén account, met ETag", "gebruikers",
                gebruikers::lees)).antwoord("200", ref("Account")).fouten("401", "403", "404"));
        o.add(toegang.apply(Operatie.put(een, voor + "GebruikerWijzigen", "Naam, rollen, tafels, contact en actief "
                + "vervangen (If-Match verplicht). Niemand geeft of neemt een rol die hij niet beheert of wijzigt zijn "
                + "eigen rollen; de laatste actieve beheerder blijft (409)", "gebruikers", gebruikers::vervang))
                .body(ref("AccountWijziging")).antwoord("200", ref("Account"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428").ifMatch(true));
        o.add(toegang.apply(Operatie.delete(een, voor + "GebruikerDeactiveren",
                "Deactiveren: inloggen kan niet meer, sessies en onthouden logins vervallen meteen", "gebruikers",
                gebruikers::deactiveer)).antwoord("200", ref("Account")).fouten("401", "403", "404", "409"));
        o.add(toegang.apply(Operatie.post(een + "/code", voor + "GebruikerCode",
                "Een nieuwe eenmalige code (wachtwoord vergeten); een eerdere vervalt", "gebruikers",
                gebruikers::code)).antwoord("201", ref("Eenmaligecode")).fouten("401", "403", "404", "409"));
        o.add(toegang.apply(Operatie.delete(een + "/blokkade", voor + "GebruikerDeblokkeren",
                "De blokkade na mislukte inlogpogingen opheffen", "gebruikers", gebruikers::deblokkeer))
                .antwoord("200", ref("Account")).fouten("401", "403", "404"));
        o.add(toegang.apply(Operatie.get(een + "/audittrail", voor + "GebruikerAudittrail",
                "Elke wijziging van het account: wie, wanneer, welk veld", "gebruikers", gebruikers::audittrail))
                .antwoord("200", ref("Audittrail")).fouten("401", "403", "404"));
    }

    /** Contacten (korte lijnen) en signalen. */
    private static void korteLijnenEnSignalen(List<Operatie> o, ContactRoutes contacten, SignaalRoutes signalen) {
        Rol[] lezers = { GB, CR, TL, TM };
        Rol[] beheerders = { GB, CR };
        o.add(Operatie.get(G + "/contacten", "contacten", "Contacten van de gemeente, op organisatie en naam (iedere "
                + "rol van de gemeente)", "contacten", contacten::lijst).rollen("de contacten", lezers).rolVoorGemeente().pagineerbaar()
                .query("organisatie", "Precies deze organisatie (hoofdletters maken niet uit)", tekst())
                .query("wijk", "Precies deze wijk (hoofdletters maken niet uit)", tekst())
                .query("q", "Komt voor in naam, rol, organisatie of wijk", tekst())
                .query("functie", "Alleen trekkers of alleen aanjagers", keuze(List.of("trekker", "aanjager")))
                .query("actief", "true (standaard): actieve contacten; false: gedeactiveerde; alle",
                        keuze(List.of("true", "false", "alle")))
                .antwoord("200", "Contacten", lijst("Contact")).fouten("400", "401", "403", "404"));
        o.add(Operatie.post(G + "/contacten", "contactMaken", "Een contact vastleggen (gemeentebeheerder, "
                + "casusregisseur)", "contacten", contacten::maak).rollen("het beheer van contacten", beheerders).rolVoorGemeente()
                .body(ref("NieuwContact")).antwoord("201", "Vastgelegd; Location en ETag", ref("Contact"))
                .fouten("400", "401", "403", "404", "413", "415"));
        // before {id}: a contact id is a UUID, never "trekkers"
        o.add(Operatie.get(G + "/contacten/trekkers", "trekkersEnAanjagers",
                "Actieve trekkers en aanjagers per organisatie en wijk", "contacten", contacten::trekkers)
                .rollen("de contacten", lezers).rolVoorGemeente()
                .antwoord("200", "Per organisatie en wijk (wijk null: de hele gemeente)", ref("ContactGroepen"))
                .fouten("401", "403", "404"));
        o.add(Operatie.get(G + "/contacten/{id}", "contact", "Eén contact (ook gedeactiveerd), met ETag", "contacten",
                contacten::lees).rollen("de contacten", lezers).rolVoorGemeente().antwoord("200", "Het contact", ref("Contact"))
                .fouten("401", "403", "404"));
        o.add(Operatie.put(G + "/contacten/{id}", "contactVervangen",
                "Een contact wijzigen (gemeentebeheerder, casusregisseur; If-Match verplicht)", "contacten",
                contacten::vervang).rollen("het beheer van contacten", beheerders).rolVoorGemeente().ifMatch(true)
                .body(ref("NieuwContact")).antwoord("200", "Gewijzigd", ref("Contact"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428"));
        o.add(Operatie.delete(G + "/contacten/{id}", "contactDeactiveren", "Een contact deactiveren: het blijft op te "
                + "zoeken voor tafels en acties die ernaar verwijzen (If-Match optioneel)", "contacten",
                contacten::deactiveer).rollen("het beheer van contacten", beheerders).rolVoorGemeente().ifMatch(false)
                .antwoord("200", "Gedeactiveerd (actief: false)", ref("Contact")).fouten("401", "403", "404", "409"));
        o.add(Operatie.get(G + "/contacten/{id}/tafels", "tafelsVanContact",
                "De tafels waar dit contact deelnemer is (iedere rol van de gemeente)", "contacten", contacten::tafels)
                .rollen("de contacten", lezers).rolVoorGemeente().antwoord("200", "Tafels, op naam", ref("ContactTafels"))
                .fouten("401", "403", "404"));

        Rol[] melders = { GB, CR, TL, TM };
        Rol[] behandelaars = { GB, CR };
        o.add(Operatie.get(G + "/signalen", "signalen", "Signalen (regels die knellen) van de gemeente", "signalen",
                signalen::lijst).rollen("de signalen", melders).rolVoorGemeente().pagineerbaar()
                .query("status", "Alleen signalen met deze status", signaalStatus())
                .query("organisatie", "Alleen signalen voor deze verantwoordelijke organisatie", tekst())
                .query("sorteer", "aangemaakt (nieuwste eerst, standaard) of gewicht (meeste casussen eerst)",
                        keuze(List.of("aangemaakt", "gewicht")))
                .antwoord("200", "Signalen", lijst("Signaal")).fouten("400", "401", "403", "404"));
        o.add(Operatie.post(G + "/signalen", "signaalMelden", "Een signaal melden, eventueel met casussen", "signalen",
                signalen::maak).rollen("het melden van signalen", melders).rolVoorGemeente().body(ref("NieuwSignaal"))
                .antwoord("201", "Gemeld; Location en ETag", ref("Signaal"))
                .fouten("400", "401", "403", "404", "413", "415"));
        o.add(Operatie.get(G + "/signalen/{id}", "signaal", "Eén signaal met zijn casussen en historie, met ETag",
                "signalen", signalen::lees).rollen("de signalen", melders).rolVoorGemeente()
                .antwoord("200", "Het signaal", ref("Signaal")).fouten("401", "403", "404"));
        o.add(Operatie.put(G + "/signalen/{id}", "signaalVervangen",
                "Regel, organisatie en omschrijving wijzigen (If-Match verplicht)", "signalen", signalen::vervang)
                .rollen("het wijzigen van signalen", melders).rolVoorGemeente().ifMatch(true).body(ref("SignaalWijziging"))
                .antwoord("200", "Gewijzigd", ref("Signaal"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428"));
        o.add(Operatie.post(G + "/signalen/{id}/status", "signaalStatusWijzigen",
                "Status en antwoord (casusregisseur, gemeentebeheerder; If-Match optioneel)", "signalen",
                signalen::status).rollen("het behandelen van signalen", behandelaars).rolVoorGemeente().ifMatch(false)
                .body(ref("SignaalStatusVerzoek")).antwoord("200", "Gewijzigd", ref("Signaal"))
                .fouten("400", "401", "403", "404", "409", "413", "415"));
        o.add(Operatie.post(G + "/signalen/{id}/casussen", "signaalCasusKoppelen",
                "Een casus koppelen; nog eens koppelen verandert niets", "signalen", signalen::koppel)
                .rollen("het koppelen van casussen aan signalen", melders).rolVoorGemeente().body(ref("Koppeling"))
                .antwoord("200", "Gekoppeld", ref("Signaal")).fouten("400", "401", "403", "404", "413", "415"));
        o.add(Operatie.delete(G + "/signalen/{id}/casussen/{casusId}", "signaalCasusOntkoppelen",
                "Een casus ontkoppelen", "signalen", signalen::ontkoppel)
                .rollen("het koppelen van casussen aan signalen", melders).rolVoorGemeente()
                .antwoord("200", "Ontkoppeld", ref("Signaal")).fouten("401", "403", "404"));
        o.add(casus(Operatie.get(G + "/casussen/{id}/signalen", "signalenVanCasus",
                "De signalen waaraan deze casus gekoppeld is, zwaarste eerst", "signalen", signalen::vanCasus))
                .rolVoorGemeente().pagineerbaar().antwoord("200", "Signalen", lijst("Signaal")).fouten("400", "401", "403", "404"));
    }

    /** JSON of CSV naar Accept, of alleen CSV (de {@code .csv}-route). */
    private static Operatie csv(Operatie o, ObjectNode schema, String omschrijving, boolean alleenCsv,
            String... fouten) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("description", o.samenvatting);
        ObjectNode content = r.putObject("content");
        if (!alleenCsv) {
            content.putObject(Aanvraag.JSON).set("schema", schema);
        }
        // a file of bytes (with BOM): a generated client saves it instead of reading it as JSON text
        content.putObject(RapportageCsv.MEDIATYPE).set("schema", tekst().put("format", "binary")
                .put("description", omschrijving));
        o.antwoordZoals("200", r).fouten(fouten);
        return alleenCsv ? o : o.fouten("406");
    }

    private static ObjectNode doorverwijzing(String omschrijving) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("description", omschrijving);
        r.putObject("headers").putObject("Location").put("description", "Absolute URL").set("schema",
                tekst().put("format", "uri"));
        return r;
    }

    private static ObjectNode casusStatus() {
        return keuze(Arrays.stream(CasusStatus.values()).map(CasusStatus::code).toList());
    }

    private static ObjectNode escalatieStatus() {
        return keuze(Arrays.stream(EscalatieStatus.values()).map(EscalatieStatus::code).toList());
    }

    private static ObjectNode signaalStatus() {
        return keuze(Arrays.stream(SignaalStatus.values()).map(SignaalStatus::code).toList());
    }

    private static ObjectNode rolSchema() {
        return keuze(Arrays.stream(Rol.values()).map(Rol::code).toList());
    }
}
