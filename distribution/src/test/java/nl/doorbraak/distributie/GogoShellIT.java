package nl.doorbraak.distributie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A beheerder starts {@code bin/doorbraak} on a terminal and uses the Gogo shell. The terminal is a real pseudo
 * terminal from util-linux {@code script}, so the launcher sees a console, exactly as in an SSH session.
 */
class GogoShellIT {

    @Test
    void onATerminalTheShellAnswersDoorbraakCommandsAndExitStopsThePlatform() throws Exception {
        try (Platform platform = Platform.nieuw().metDemo()) {
            Process terminal = platform.startOpTerminal();
            try {
                Path uitvoer = platform.home.resolve("uitvoer.txt");
                OutputStream toetsenbord = terminal.getOutputStream();
                typ(toetsenbord, "doorbraak:gemeenten");
                typ(toetsenbord, "doorbraak:casussen leeuwarden");
                typ(toetsenbord, "doorbraak:casussen utrecht");
                typ(toetsenbord, "doorbraak:escalaties utrecht --verlopen");
                typ(toetsenbord, "doorbraak:potjes utrecht");
                typ(toetsenbord, "doorbraak:acties --verlopen utrecht");
                typ(toetsenbord, "doorbraak:bewaartermijn --proef");
                typ(toetsenbord, "doorbraak:rapportage utrecht");
                DuurzaamheidIT.wachtTot(() -> lees(uitvoer).contains("30 casussen")
                        && lees(uitvoer).contains("1 escalatie(s)") && lees(uitvoer).contains("Proef: er is niets")
                        && lees(uitvoer).contains("escalaties begonnen"));
                String scherm = lees(uitvoer);
                assertThat(scherm).contains("g! ");
                assertThat(scherm).contains("Gemeente Utrecht")
                        .contains("tafel (5 d) > afdelingshoofd (10 d) > directie (15 d) > bestuur (25 d)");
                // the overdue demo escalatie (energieschuld, tafel level, 12 days ago with 5 days to answer)
                assertThat(scherm).contains("verlopen (7 d)");
                // the beheerder's common questions: potje saldo, overdue acties, retention (as a dry run)
                assertThat(scherm).containsAnyOf("potje(s), samen", "Geen potjes in utrecht");
                assertThat(scherm).containsAnyOf("over de deadline", "Geen verlopen acties in utrecht");
                assertThat(scherm).contains("ZOU WISSEN", "leeuwarden", "24 mnd");
                assertThat(scherm).contains("Rapportage utrecht " + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).getYear(),
                        "casussen aangemeld", "doorbraken");
                // the casus list shows no casus contents (the shell acts as platformbeheerder) ...
                assertThat(scherm).contains("GEWIJZIGD").doesNotContain("TITEL")
                        .doesNotContain("Ontruiming dreigt na huurachterstand").doesNotContain("CJIB-boetes en DUO-schuld");
                // ... and every casus it listed is a verwerking in its inwoner's report, by the platform itself (the core)
                JsonNode casus = platform.api().als("utrecht-regisseur").get("/api/gemeenten/utrecht/casussen?pageSize=1")
                        .json().path("results").get(0);
                Api beheerder = platform.api().als("utrecht-beheerder");
                String rapport = "/api/gemeenten/utrecht/verwerkingen?inwoner="
                        + casus.path("inwoner").path("pseudoniem").asText();
                DuurzaamheidIT.wachtTot(() -> beheerder.get(rapport).body().contains("systeem:gogo-shell"));
                assertThat(beheerder.get(rapport).json().path("results")).anySatisfy(v -> {
                    assertThat(v.path("door").asText()).isEqualTo("systeem:gogo-shell");
                    assertThat(v.path("rol").asText()).isEqualTo("systeem");
                    assertThat(v.path("handeling").asText()).isEqualTo("lezen");
                    assertThat(v.path("casusId").asText()).isEqualTo(casus.path("id").asText());
                    assertThat(v.path("doel").asText()).contains("Gogo-shell");
                });

                // user management in the shell, as the platformbeheerder: a beheerder for a gemeente, a code, the
                // accounts of a gemeente; a casus role is refused by the core, not by the shell
                typ(toetsenbord, "doorbraak:nieuweGebruiker eindhoven erik.eindhoven \"Erik de Beheerder\" gemeentebeheerder");
                typ(toetsenbord, "doorbraak:nieuweGebruiker eindhoven cas.eindhoven \"Cas\" casusregisseur");
                typ(toetsenbord, "doorbraak:gebruikers eindhoven");
                typ(toetsenbord, "doorbraak:blokkades");
                DuurzaamheidIT.wachtTot(() -> lees(uitvoer).contains("Eenmalige code voor erik.eindhoven")
                        && lees(uitvoer).contains("Niet gelukt: U kunt de rol casusregisseur niet geven")
                        && lees(uitvoer).contains("Geen clientadressen met mislukte inlogpogingen"));
                String beheer = lees(uitvoer);
                java.util.regex.Matcher code = java.util.regex.Pattern
                        .compile("Eenmalige code voor erik\\.eindhoven: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")
                        .matcher(beheer);
                assertThat(code.find()).isTrue();
                assertThat(beheer).contains("eindhoven-regisseur").contains("erik.eindhoven");
                // the code works: Erik chooses his password and manages his gemeente over REST
                assertThat(platform.api().post("/api/account/herstel", java.util.Map.of("gebruikersnaam",
                        "erik.eindhoven", "code", code.group(1), "nieuwWachtwoord", "erik beheert eindhoven"))
                        .status()).isEqualTo(204);
                assertThat(platform.api().als("erik.eindhoven", "erik beheert eindhoven")
                        .get("/api/gemeenten/eindhoven/gebruikers").json().path("count").asInt()).isGreaterThan(1);
                assertThat(platform.api().als("erik.eindhoven", "erik beheert eindhoven")
                        .get("/api/gemeenten/eindhoven/gebruikers/erik.eindhoven/audittrail").json().path("results")
                        .get(0).path("door").asText()).isEqualTo("gogo-shell");

                typ(toetsenbord, "exit");
                toetsenbord.close(); // the terminal goes away after exit, as when an SSH session ends
                assertThat(terminal.waitFor(40, TimeUnit.SECONDS)).as("exit in de shell stopt het platform").isTrue();
                assertThat(terminal.exitValue()).isZero();
            } finally {
                terminal.destroyForcibly();
            }
        }
    }

    private static void typ(OutputStream toetsenbord, String regel) throws IOException {
        toetsenbord.write((regel + "\n").getBytes(StandardCharsets.UTF_8));
        toetsenbord.flush();
    }

    private static String lees(Path f) {
        try {
            return Files.readString(f, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
