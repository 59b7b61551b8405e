package nl.doorbraak.web.sessie;

import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.AccountFilter;
import nl.doorbraak.api.toegang.AccountService;
import nl.doorbraak.api.toegang.AccountWijziging;
import nl.doorbraak.api.toegang.Adresblokkade;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Eenmaligecode;
import nl.doorbraak.api.toegang.NieuwAccount;
import nl.doorbraak.api.toegang.NieuwAccountMetCode;
import nl.doorbraak.api.toegang.Rol;
import nl.doorbraak.web.http.Aanvraag;
import nl.doorbraak.web.http.Invoer;
import nl.doorbraak.web.Omgeving;
import nl.doorbraak.web.http.Paginering;
import nl.doorbraak.web.http.Probleem;
import nl.doorbraak.web.http.Versies;

/**
 * Gebruikersbeheer: {@code /api/gemeenten/{gemeente}/gebruikers/...} (de accounts van een gemeente) en
 * {@code /api/platform/gebruikers/...} (platformbeheerders en Rijk), plus de geblokkeerde clientadressen. Wie wat mag,
 * beslist de core ({@link AccountService}); hier alleen HTTP en JSON.
 */
public final class GebruikerRoutes {

    private static final Set<String> NIEUW = Set.of("gebruikersnaam", "naam", "rollen", "tafels", "contactId", "bron");
    private static final Set<String> WIJZIG = Set.of("naam", "rollen", "tafels", "contactId", "actief");
    /** Wat een GET teruggeeft en in een PUT mag terugkomen; het platform zet het zelf. */
    private static final Set<String> ALLEEN_LEZEN = Set.of("gebruikersnaam", "gemeente", "bron", "demo",
            "wachtwoordGezet", "wachtwoordWijzigen", "mislukt", "geblokkeerdTot", "codeGeldigTot", "laatstIngelogd",
            "versie", "aangemaakt", "gewijzigd");

    private final Omgeving omgeving;

    public GebruikerRoutes(Omgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** De gemeente uit het pad, of {@code null} onder {@code /api/platform}. */
    private static String gemeente(Aanvraag a) {
        return "gemeenten".equals(a.deel(0)) ? a.deel(1) : null;
    }

    /** De gebruikersnaam uit het pad: het deel na {@code gebruikers}. */
    private static String naam(Aanvraag a) {
        return a.deel("gemeenten".equals(a.deel(0)) ? 3 : 2);
    }

    public void lijst(Aanvraag a) throws IOException {
        Paginering p = Paginering.uit(a);
        String rolCode = leeg(a.queryEen("rol"));
        Rol rol = rolCode == null ? null : Rol.vanCode(rolCode).orElseThrow(() -> Probleem.ongeldig("Onbekende rol.",
                new VeldFout("rol", "ongeldig", "Kies uit: " + rolcodes() + ".")));
        String actiefCode = leeg(a.queryEen("actief"));
        Boolean actief = switch (actiefCode == null ? "alle" : actiefCode) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "alle" -> null;
            default -> throw Probleem.ongeldig("Ongeldige waarde voor actief.",
                    new VeldFout("actief", "ongeldig", "Kies uit: true, false, alle (standaard)."));
        };
        String geblokkeerdCode = leeg(a.queryEen("geblokkeerd"));
        if (geblokkeerdCode != null && !geblokkeerdCode.equals("true") && !geblokkeerdCode.equals("false")) {
            throw Probleem.ongeldig("Ongeldige waarde voor geblokkeerd.",
                    new VeldFout("geblokkeerd", "ongeldig", "Kies uit: true, false."));
        }
        Pagina<Account> pagina = a.dienst(omgeving.accounts).lijst(a.gebruiker(), gemeente(a),
                new AccountFilter(rol, actief, "true".equals(geblokkeerdCode)), p.page(), p.pageSize());
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("rol", rolCode);
        filters.put("actief", actiefCode);
        filters.put("geblokkeerd", geblokkeerdCode);
        p.schrijf(a, pagina.count(), pagina.results(), filters);
    }

    public void lees(Aanvraag a) throws IOException {
        Account acc = a.dienst(omgeving.accounts).lees(a.gebruiker(), gemeente(a), naam(a));
        if (Versies.nietGewijzigd(a, acc.versie())) {
            a.header("ETag", Versies.etag(acc.versie()));
            a.leeg(304);
            return;
        }
        stuur(a, 200, acc);
    }

    /** 201 met het account en, eenmalig, de code waarmee de gebruiker zijn wachtwoord kiest. */
    public void maak(Aanvraag a) throws IOException {
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(NIEUW, Set.of());
        String naam = in.tekst("gebruikersnaam", true);
        String volledig = in.tekst("naam", true);
        Set<Rol> rollen = rollen(in);
        List<String> tafels = in.tekstLijst("tafels");
        String contactId = in.tekst("contactId", false);
        String bronCode = in.tekst("bron", false);
        Bron bron = bronCode == null ? Bron.LOKAAL : Bron.vanCode(bronCode).orElse(null);
        if (bron == null) {
            in.fout("bron", "ongeldig", "Kies uit: lokaal (standaard), sso.");
        }
        in.klaar();
        AccountService service = a.dienst(omgeving.accounts);
        // a retry with the same Idempotency-Key gets the account without the code: that is shown only once
        NieuwAccountMetCode n = a.eenmalig("gebruiker", () -> service.maak(a.gebruiker(), new NieuwAccount(naam,
                volledig, gemeente(a), rollen, tafels == null ? Set.of() : new LinkedHashSet<>(tafels), contactId,
                bron)), id -> java.util.Optional.of(new NieuwAccountMetCode(service.lees(a.gebruiker(), gemeente(a),
                        id), null)));
        Account acc = n.account();
        a.header("Location", a.hier(acc.gebruikersnaam()));
        a.header("ETag", Versies.etag(acc.versie()));
        a.json(201, n);
    }

    /** PUT met If-Match (verplicht): naam, rollen, tafels, contactId, actief. */
    public void vervang(Aanvraag a) throws IOException {
        if (a.req.getHeader("If-Match") == null) {
            throw Probleem.ifMatchVereist();
        }
        AccountService service = a.dienst(omgeving.accounts);
        Account huidig = service.lees(a.gebruiker(), gemeente(a), naam(a));
        Invoer in = new Invoer(a.jsonBody(true));
        in.alleen(WIJZIG, ALLEEN_LEZEN);
        String volledig = in.tekst("naam", true);
        Set<Rol> rollen = rollen(in);
        List<String> tafels = in.tekstLijst("tafels");
        String contactId = in.tekst("contactId", false);
        boolean actief = in.waarheid("actief", huidig.actief());
        in.klaar();
        long versie = Versies.verwacht(a, huidig.versie(), true, "Het account");
        stuur(a, 200, service.wijzig(a.gebruiker(), gemeente(a), huidig.gebruikersnaam(), versie,
                new AccountWijziging(volledig, rollen, tafels == null ? Set.of() : new LinkedHashSet<>(tafels),
                        contactId, actief)));
    }

    /** DELETE deactiveert: het account blijft bestaan (de audittrail verwijst ernaar), inloggen kan niet meer. */
    public void deactiveer(Aanvraag a) throws IOException {
        stuur(a, 200, a.dienst(omgeving.accounts).deactiveer(a.gebruiker(), gemeente(a), naam(a)));
    }

    /** {@code POST …/{naam}/code}: een nieuwe eenmalige code (wachtwoord vergeten); 201, eenmalig te zien. */
    public void code(Aanvraag a) throws IOException {
        Eenmaligecode c = a.dienst(omgeving.accounts).nieuweCode(a.gebruiker(), gemeente(a), naam(a));
        a.json(201, c);
    }

    /** {@code DELETE …/{naam}/blokkade}: de blokkade na mislukte inlogpogingen opheffen. */
    public void deblokkeer(Aanvraag a) throws IOException {
        stuur(a, 200, a.dienst(omgeving.accounts).deblokkeer(a.gebruiker(), gemeente(a), naam(a)));
    }

    public void audittrail(Aanvraag a) throws IOException {
        List<AuditRegel> regels = a.dienst(omgeving.accounts).audittrail(a.gebruiker(), gemeente(a), naam(a));
        Paginering.heel(a, regels);
    }

    /** {@code GET /api/platform/blokkades}: clientadressen met mislukte inlogpogingen (platformbeheerder). */
    public void adressen(Aanvraag a) throws IOException {
        List<Adresblokkade> l = a.dienst(omgeving.accounts).adresblokkades(a.gebruiker());
        Paginering.heel(a, l);
    }

    /** {@code DELETE /api/platform/blokkades/{adres}}. */
    public void deblokkeerAdres(Aanvraag a) {
        a.dienst(omgeving.accounts).deblokkeerAdres(a.gebruiker(), a.deel(2));
        a.leeg(204);
    }

    private static Set<Rol> rollen(Invoer in) {
        List<String> codes = in.tekstLijst("rollen");
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        if (codes == null) {
            in.fout("rollen", "verplicht", "Geef het account minstens één rol: " + rolcodes() + ".");
            return rollen;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Rol.vanCode(code).ifPresentOrElse(rollen::add,
                    () -> in.fout("rollen", "ongeldig", "Onbekende rol '" + code + "'; kies uit: " + rolcodes() + "."));
        }
        return rollen;
    }

    private static String rolcodes() {
        return String.join(", ", java.util.Arrays.stream(Rol.values()).map(Rol::code).toList());
    }

    private static String leeg(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static void stuur(Aanvraag a, int status, Account acc) throws IOException {
        a.header("ETag", Versies.etag(acc.versie()));
        a.json(status, acc);
    }
}
