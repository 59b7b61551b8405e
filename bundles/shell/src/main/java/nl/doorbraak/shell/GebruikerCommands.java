package nl.doorbraak.shell;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.domein.Pagina;
import nl.doorbraak.api.service.DoorbraakException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.AccountFilter;
import nl.doorbraak.api.toegang.AccountService;
import nl.doorbraak.api.toegang.AccountWijziging;
import nl.doorbraak.api.toegang.Adresblokkade;
import nl.doorbraak.api.toegang.Eenmaligecode;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.NieuwAccount;
import nl.doorbraak.api.toegang.NieuwAccountMetCode;
import nl.doorbraak.api.toegang.Rol;

/**
 * Gebruikersbeheer in de Gogo-shell, voor wie het platform op de server beheert. De shell handelt als
 * platformbeheerder ({@code gogo-shell} in de audittrail): platformaccounts, de gemeentebeheerders van een gemeente,
 * codes en blokkades; de rollen binnen een gemeente geeft haar gemeentebeheerder (REST). De core controleert dat,
 * zoals voor elke andere deur.
 */
@Component(service = GebruikerCommands.class, property = {
        "osgi.command.scope=doorbraak",
        "osgi.command.function=gebruikers",
        "osgi.command.function=nieuweGebruiker",
        "osgi.command.function=deactiveer",
        "osgi.command.function=activeer",
        "osgi.command.function=code",
        "osgi.command.function=deblokkeer",
        "osgi.command.function=blokkades",
        "osgi.command.function=deblokkeerAdres" })
public class GebruikerCommands {

    /** Wie in de shell handelt; de core geeft de rechten van een platformbeheerder. */
    static final Gebruiker SHELL = new Gebruiker("gogo-shell", "Beheerder via de Gogo-shell", null,
            Set.of(Rol.PLATFORMBEHEERDER), Set.of());
    static final String PLATFORM = "platform";

    private final AccountService accounts;

    @Activate
    public GebruikerCommands(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @Descriptor("toont de accounts van een gemeente, of met 'platform' de platformaccounts")
    public String gebruikers(@Descriptor("id van de gemeente, of platform") String gemeente) {
        return probeer(() -> {
            Tabel t = new Tabel("GEBRUIKERSNAAM", "NAAM", "ROLLEN", "BRON", "ACTIEF", "WACHTWOORD", "MISLUKT",
                    "GEBLOKKEERD TOT");
            int page = 1;
            Pagina<Account> p;
            do {
                p = accounts.lijst(SHELL, gemeente(gemeente), AccountFilter.alle(), page++, 100);
                for (Account a : p.results()) {
                    t.rij(a.gebruikersnaam(), a.naam(), rollen(a.rollen()), a.bron().code(), a.actief() ? "ja" : "nee",
                            a.wachtwoordWijzigen() ? "eenmalig" : a.wachtwoordGezet() ? "gezet"
                                    : a.codeGeldigTot() != null ? "code tot " + a.codeGeldigTot() : "-",
                            Integer.toString(a.mislukt()),
                            a.geblokkeerdTot() == null ? "-" : a.geblokkeerdTot().toString());
                }
            } while (p.heeftVolgende());
            return p.count() == 0 ? "Geen accounts." : t.toString();
        });
    }

    @Descriptor("maakt een account en toont eenmalig de code waarmee de gebruiker zijn wachtwoord kiest")
    public String nieuweGebruiker(@Descriptor("id van de gemeente, of platform") String gemeente,
            @Descriptor("gebruikersnaam: kleine letters, cijfers, . _ @ -") String gebruikersnaam,
            @Descriptor("naam, tussen aanhalingstekens") String naam,
            @Descriptor("rollen, met komma's: gemeentebeheerder (gemeente) of platformbeheerder, rijk (platform)")
            String rollen) {
        return probeer(() -> {
            NieuwAccountMetCode n = accounts.maak(SHELL, new NieuwAccount(gebruikersnaam, naam, gemeente(gemeente),
                    rollen(rollen), Set.of(), null, null));
            return "Account " + n.account().gebruikersnaam() + " aangemaakt.\n" + code(n.code());
        });
    }

    @Descriptor("deactiveert een account: inloggen kan niet meer, lopende sessies vervallen")
    public String deactiveer(@Descriptor("id van de gemeente, of platform") String gemeente,
            @Descriptor("gebruikersnaam") String gebruikersnaam) {
        return probeer(() -> "Account " + accounts.deactiveer(SHELL, gemeente(gemeente), gebruikersnaam)
                .gebruikersnaam() + " is gedeactiveerd.");
    }

    @Descriptor("activeert een gedeactiveerd account weer")
    public String activeer(@Descriptor("id van de gemeente, of platform") String gemeente,
            @Descriptor("gebruikersnaam") String gebruikersnaam) {
        return probeer(() -> {
            Account a = accounts.lees(SHELL, gemeente(gemeente), gebruikersnaam);
            accounts.wijzig(SHELL, gemeente(gemeente), a.gebruikersnaam(), a.versie(), new AccountWijziging(a.naam(),
                    a.rollen(), a.tafels(), a.contactId(), true));
            return "Account " + a.gebruikersnaam() + " is weer actief.";
        });
    }

    @Descriptor("geeft een nieuwe eenmalige code (wachtwoord vergeten); een eerdere vervalt")
    public String code(@Descriptor("id van de gemeente, of platform") String gemeente,
            @Descriptor("gebruikersnaam") String gebruikersnaam) {
        return probeer(() -> code(accounts.nieuweCode(SHELL, gemeente(gemeente), gebruikersnaam)));
    }

    @Descriptor("heft de blokkade van een account na mislukte inlogpogingen op")
    public String deblokkeer(@Descriptor("id van de gemeente, of platform") String gemeente,
            @Descriptor("gebruikersnaam") String gebruikersnaam) {
        return probeer(() -> "Account " + accounts.deblokkeer(SHELL, gemeente(gemeente), gebruikersnaam)
                .gebruikersnaam() + " is niet (meer) geblokkeerd.");
    }

    @Descriptor("toont de clientadressen met mislukte inlogpogingen")
    public String blokkades() {
        return probeer(() -> {
            List<Adresblokkade> l = accounts.adresblokkades(SHELL);
            if (l.isEmpty()) {
                return "Geen clientadressen met mislukte inlogpogingen.";
            }
            Tabel t = new Tabel("ADRES", "MISLUKT", "GEBLOKKEERD TOT");
            for (Adresblokkade b : l) {
                t.rij(b.adres(), Integer.toString(b.mislukt()),
                        b.geblokkeerdTot() == null ? "-" : b.geblokkeerdTot().toString());
            }
            return t.toString();
        });
    }

    @Descriptor("heft de blokkade van een clientadres op")
    public String deblokkeerAdres(@Descriptor("het clientadres") String adres) {
        return probeer(() -> {
            accounts.deblokkeerAdres(SHELL, adres);
            return "Clientadres " + adres + " is niet (meer) geblokkeerd.";
        });
    }

    private static String gemeente(String gemeente) {
        return PLATFORM.equals(gemeente) ? null : gemeente;
    }

    private static Set<Rol> rollen(String codes) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String c : codes.split(",")) {
            String code = c.strip();
            rollen.add(Rol.vanCode(code).orElseThrow(() -> new IllegalArgumentException("Onbekende rol '" + code
                    + "'; kies uit: " + String.join(", ", Arrays.stream(Rol.values()).map(Rol::code).toList()) + ".")));
        }
        return rollen;
    }

    private static String rollen(Set<Rol> rollen) {
        Set<String> l = new LinkedHashSet<>();
        for (Rol r : Rol.values()) {
            if (rollen.contains(r)) {
                l.add(r.code());
            }
        }
        return String.join(",", l);
    }

    private static String code(Eenmaligecode c) {
        if (c == null) {
            return "Dit account logt in via de identity provider van de gemeente; het heeft geen code nodig.";
        }
        return "Eenmalige code voor " + c.gebruikersnaam() + ": " + c.code() + " (geldig tot " + c.geldigTot()
                + ").\nDe gebruiker kiest er een wachtwoord mee met POST /api/account/herstel; geef de code buiten "
                + "Doorbraak door.";
    }

    /** Een fout van de core als één Nederlandse zin, zoals een beheerder hem wil lezen; geen stacktrace. */
    private static String probeer(java.util.function.Supplier<String> werk) {
        try {
            return werk.get();
        } catch (OngeldigeInvoerException e) {
            StringBuilder sb = new StringBuilder("Niet gelukt: ").append(e.getMessage());
            e.fouten().forEach(f -> sb.append("\n  ").append(f.naam()).append(": ").append(f.reden()));
            return sb.toString();
        } catch (DoorbraakException | IllegalArgumentException e) {
            return "Niet gelukt: " + e.getMessage();
        }
    }
}
