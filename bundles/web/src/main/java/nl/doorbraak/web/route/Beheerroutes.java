package nl.doorbraak.web.route;

import static nl.doorbraak.web.route.Operatie.ref;
import static nl.doorbraak.web.route.Operatie.tekst;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.routes.InstellingenRoutes;

/**
 * De routes van het beheer van gemeenten (issue 12): hun instellingen uit config/, een nieuwe gemeente en de eigen
 * huisstijl. In {@link Kernroutes} na {@code GET /gemeenten/{gemeente}}, in deze volgorde.
 */
final class Beheerroutes {

    private static final String G = "/gemeenten/{gemeente}";

    private Beheerroutes() {
    }

    static void gemeenten(List<Operatie> o, InstellingenRoutes r) {
        o.add(Operatie.post("/gemeenten", "gemeenteMaken", "Een nieuwe gemeente (platformbeheerder): schrijft "
                + "config/nl.doorbraak.gemeente-<id>.cfg en antwoordt als ze in gebruik is; velden als in GET "
                + "…/instellingen", "gemeenten", r::maak).rollen("het aanmaken van gemeenten", Rol.PLATFORMBEHEERDER)
                .body(ref("Instellingwaarden"))
                .antwoord("201", "Aangemaakt en in gebruik; Location en ETag", ref("Instellingen"))
                .fouten("400", "401", "403", "409", "413", "415", "503"));
        o.add(Operatie.get(G + "/instellingen", "instellingen", "De instellingen van de gemeente: de velden uit de "
                + "Metatype-beschrijving en de waarden uit haar configuratiebestand, met ETag (gemeentebeheerder, "
                + "platformbeheerder)", "gemeenten", r::lees)
                .rollen("de instellingen van de gemeente", Rol.GEMEENTEBEHEERDER, Rol.PLATFORMBEHEERDER)
                .elkeGemeente(Rol.PLATFORMBEHEERDER)
                .antwoord("200", "De instellingen", ref("Instellingen")).fouten("401", "403", "404", "503"));
        o.add(Operatie.put(G + "/instellingen", "instellingenWijzigen", "De instellingen van de gemeente vervangen "
                + "(If-Match): alle waarden, wat ontbreekt krijgt zijn standaard, het id verandert niet. Het bestand "
                + "in config/ wordt herschreven (commentaar blijft); het antwoord komt als de gemeente met de nieuwe "
                + "waarden in gebruik is", "gemeenten", r::wijzig)
                .rollen("de instellingen van de gemeente", Rol.GEMEENTEBEHEERDER, Rol.PLATFORMBEHEERDER)
                .elkeGemeente(Rol.PLATFORMBEHEERDER).ifMatch(true).body(ref("Instellingwaarden"))
                .antwoord("200", "Gewijzigd en in gebruik", ref("Instellingen"))
                .fouten("400", "401", "403", "404", "409", "413", "415", "428", "503"));
        o.add(Operatie.get(G + "/huisstijl.css", "huisstijl", "Stylesheet met de eigen kleuren van de gemeente "
                + "(thema eigen) als design tokens op html.doorbraak-huisstijl; leeg zonder eigen kleuren", "gemeenten",
                r::css).elkeGemeente(Rol.PLATFORMBEHEERDER).gemeenteInKern()
                .antwoordZoals("200", bestand(InstellingenRoutes.CSS.split(";")[0], "De stylesheet"))
                .fouten("401", "404"));
        o.add(Operatie.get(G + "/logo", "logo", "Het logo van de eigen huisstijl (SVG of PNG)", "gemeenten", r::logo)
                .elkeGemeente(Rol.PLATFORMBEHEERDER).gemeenteInKern()
                .antwoordZoals("200", bestand("image/svg+xml", "Het logo", "image/png"))
                .fouten("401", "404"));
    }

    private static ObjectNode bestand(String type, String omschrijving, String... meer) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("description", omschrijving);
        ObjectNode content = r.putObject("content");
        content.putObject(type).set("schema", tekst().put("format", "binary"));
        for (String t : meer) {
            content.putObject(t).set("schema", tekst().put("format", "binary"));
        }
        return r;
    }
}
