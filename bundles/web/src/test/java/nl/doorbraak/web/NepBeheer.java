package nl.doorbraak.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.api.beheer.GemeenteBeheer;
import nl.doorbraak.api.beheer.Huisstijl;
import nl.doorbraak.api.beheer.Instellingen;
import nl.doorbraak.api.beheer.Instellingveld;
import nl.doorbraak.api.beheer.Logo;
import nl.doorbraak.api.domein.Escalatieniveau;
import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.service.ConflictException;
import nl.doorbraak.api.service.GeenToegangException;
import nl.doorbraak.api.service.NietGevondenException;
import nl.doorbraak.api.service.OngeldigeInvoerException;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.Namens;
import nl.doorbraak.api.toegang.Rol;

/**
 * The core's GemeenteBeheer in small: the same access rules (404 before 403), a version per gemeente, two rules of the
 * configuration (naam verplicht, bewaartermijn 0–1200) and a gemeente made here shows up in {@link Nep.Gemeenten}.
 */
final class NepBeheer implements GemeenteBeheer {

    static final List<Instellingveld> VELDEN = List.of(
            new Instellingveld("id", "Id", "Korte sleutel", "tekst", false, 0, null, null, true, true, List.of(),
                    List.of()),
            new Instellingveld("naam", "Naam", "Weergavenaam", "tekst", false, 0, null, null, true, false, List.of(),
                    List.of()),
            new Instellingveld("varianten", "Varianten", null, "tekst", true, 50, null, null, false, false,
                    List.of("standaard"), List.of()),
            new Instellingveld("bewaartermijnMaanden", "Bewaartermijn (maanden)", null, "geheel getal", false, 0, 0L,
                    1200L, false, false, List.of("24"), List.of()),
            new Instellingveld("thema", "Thema", null, "tekst", false, 0, null, null, false, false,
                    List.of("standaard"), List.of()),
            new Instellingveld("kleur", "Hoofdkleur", null, "tekst", false, 0, null, null, false, false, List.of(),
                    List.of()));

    private final Nep.Gemeenten gemeenten;
    final Map<String, Map<String, Object>> waarden = new LinkedHashMap<>();
    final Map<String, Long> versies = new LinkedHashMap<>();

    NepBeheer(Nep.Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
        for (Gemeente g : gemeenten.alle()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("id", g.id());
            w.put("naam", g.naam());
            w.put("varianten", g.varianten());
            w.put("bewaartermijnMaanden", (long) g.bewaartermijnMaanden());
            w.put("thema", g.thema());
            waarden.put(g.id(), w);
            versies.put(g.id(), 1L);
        }
        waarden.get("eindhoven").put("thema", Huisstijl.THEMA);
        waarden.get("eindhoven").put("kleur", "#ffcc00");
    }

    @Override
    public synchronized Instellingen instellingen(Namens namens, String gemeente) {
        beheerder(namens.gebruiker(), gemeente);
        return new Instellingen(gemeente, versies.get(gemeente), VELDEN, waarden.get(gemeente));
    }

    @Override
    public synchronized Instellingen wijzig(Namens namens, String gemeente, long versie, Map<String, Object> w) {
        beheerder(namens.gebruiker(), gemeente);
        Map<String, Object> nieuw = controleer(w, gemeente);
        if (versies.get(gemeente) != versie) {
            throw new ConflictException("De instellingen van gemeente '" + gemeente + "' zijn intussen gewijzigd.");
        }
        waarden.put(gemeente, nieuw);
        versies.put(gemeente, versie + 1);
        return instellingen(namens, gemeente);
    }

    @Override
    public synchronized Instellingen maak(Namens namens, Map<String, Object> w) {
        Gebruiker g = namens.gebruiker();
        if (!g.heeft(Rol.PLATFORMBEHEERDER)) {
            throw new GeenToegangException("Alleen een platformbeheerder maakt een gemeente aan.");
        }
        Object id = w.get("id");
        Map<String, Object> nieuw = controleer(w, id == null ? null : id.toString());
        if (gemeenten.zoek(id.toString()).isPresent()) {
            throw new ConflictException("Gemeente '" + id + "' bestaat al.");
        }
        waarden.put(id.toString(), nieuw);
        versies.put(id.toString(), 1L);
        gemeenten.zet(new Gemeente(id.toString(), nieuw.get("naam").toString(), List.of("standaard"),
                List.of(Escalatieniveau.geconfigureerd("tafel", 5)), 24, "standaard"));
        return instellingen(namens, id.toString());
    }

    @Override
    public Optional<Huisstijl> huisstijl(Namens namens, String gemeente) {
        zichtbaar(namens.gebruiker(), gemeente);
        Object kleur = waarden.get(gemeente).get("kleur");
        return kleur == null ? Optional.empty() : Optional.of(new Huisstijl(kleur.toString(), null, true));
    }

    @Override
    public Optional<Logo> logo(Namens namens, String gemeente) {
        return huisstijl(namens, gemeente).map(h -> new Logo("image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, Object> controleer(Map<String, Object> w, String id) {
        List<VeldFout> fouten = new ArrayList<>();
        Map<String, Object> nieuw = new LinkedHashMap<>();
        for (String k : w.keySet()) {
            if (VELDEN.stream().noneMatch(v -> v.id().equals(k))) {
                fouten.add(new VeldFout(k, "onbekend", "Onbekende instelling '" + k + "'."));
            }
        }
        if (id == null) {
            fouten.add(new VeldFout("id", "verplicht", "Id is verplicht."));
        } else if (w.containsKey("id") && !id.equals(w.get("id"))) {
            fouten.add(new VeldFout("id", "alleenLezen", "Het id van een gemeente verandert niet."));
        }
        Object naam = w.get("naam");
        if (naam == null || naam.toString().isBlank()) {
            fouten.add(new VeldFout("naam", "verplicht", "Naam is verplicht."));
        }
        Object b = w.get("bewaartermijnMaanden");
        if (b != null && (!(b instanceof Number n) || n.longValue() < 0 || n.longValue() > 1200)) {
            fouten.add(new VeldFout("bewaartermijnMaanden", "waarde",
                    "BewaartermijnMaanden " + b + " moet tussen 0 en 1200 liggen."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException("De invoer klopt niet op " + fouten.size() + " punten.", fouten);
        }
        nieuw.putAll(w);
        nieuw.put("id", id);
        if (b instanceof Number n) {
            nieuw.put("bewaartermijnMaanden", n.longValue());
        }
        return nieuw;
    }

    private void zichtbaar(Gebruiker g, String gemeente) {
        if (!(g.heeft(Rol.PLATFORMBEHEERDER) || g.hoortBij(gemeente)) || !waarden.containsKey(gemeente)) {
            throw new NietGevondenException("Gemeente '" + gemeente + "' niet gevonden.");
        }
    }

    private void beheerder(Gebruiker g, String gemeente) {
        zichtbaar(g, gemeente);
        if (!g.heeft(Rol.PLATFORMBEHEERDER) && !g.heeft(Rol.GEMEENTEBEHEERDER)) {
            throw new GeenToegangException("Uw rol geeft geen toegang tot de instellingen van de gemeente.");
        }
    }
}
