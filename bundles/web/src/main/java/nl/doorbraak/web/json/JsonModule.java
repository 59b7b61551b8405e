package nl.doorbraak.web.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;

import nl.doorbraak.api.domein.AuditRegel;
import nl.doorbraak.api.domein.BesluitSoort;
import nl.doorbraak.api.domein.Casus;
import nl.doorbraak.api.domein.CasusStatus;
import nl.doorbraak.api.domein.EscalatieStatus;
import nl.doorbraak.api.domein.GekoppeldeCasus;
import nl.doorbraak.api.domein.Kostenregel;
import nl.doorbraak.api.domein.Rapportage;
import nl.doorbraak.api.domein.Resultaat;
import nl.doorbraak.api.domein.Signaal;
import nl.doorbraak.api.domein.SignaalStatus;
import nl.doorbraak.api.domein.Verwerking;
import nl.doorbraak.api.opslag.Document;
import nl.doorbraak.api.rechten.PluginRechten;
import nl.doorbraak.api.rechten.Recht;
import nl.doorbraak.api.service.VeldFout;
import nl.doorbraak.api.toegang.Account;
import nl.doorbraak.api.toegang.Bron;
import nl.doorbraak.api.toegang.Eenmaligecode;
import nl.doorbraak.api.toegang.Gebruiker;
import nl.doorbraak.api.toegang.NieuwAccountMetCode;
import nl.doorbraak.api.toegang.Rol;

/**
 * Hoe de mapper de api-records schrijft, zonder dat de api Jackson kent: mix-ins waar de JSON van het record
 * afwijkt (een andere naam, een veld minder of meer, een vaste volgorde van een set), enums als hun
 * {@code code()}, tijden als ISO-8601 ({@code toString()}). Een record zonder mix-in wordt geschreven zoals het is:
 * zijn componenten in hun volgorde. Velden die waarden van een plug-in kunnen bevatten ({@code variantData}, de
 * inhoud van een document) gaan langs {@link JsonWaarde}, nooit langs de typecache van de mapper.
 */
final class JsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    JsonModule() {
        super("doorbraak-web");
        addSerializer(Instant.class, ToStringSerializer.instance);
        addSerializer(LocalDate.class, ToStringSerializer.instance);
        addSerializer(JsonWaarde.class, new JsonWaarde.Wortel());
        for (Class<?> e : List.of(CasusStatus.class, Resultaat.class, SignaalStatus.class, EscalatieStatus.class,
                BesluitSoort.class, Rol.class, Recht.class, Bron.class)) {
            setMixInAnnotation(e, Code.class);
        }
        setMixInAnnotation(Casus.class, CasusMixIn.class);
        setMixInAnnotation(Document.class, DocumentMixIn.class);
        setMixInAnnotation(Signaal.class, SignaalMixIn.class);
        setMixInAnnotation(GekoppeldeCasus.class, GekoppeldeCasusMixIn.class);
        setMixInAnnotation(Gebruiker.class, GebruikerMixIn.class);
        setMixInAnnotation(PluginRechten.class, PluginRechtenMixIn.class);
        setMixInAnnotation(VeldFout.class, VeldFoutMixIn.class);
        setMixInAnnotation(Account.class, GebruikerMixIn.class);
        setMixInAnnotation(NieuwAccountMetCode.class, NieuwAccountMetCodeMixIn.class);
        setMixInAnnotation(Kostenregel.class, KostenregelMixIn.class);
        setMixInAnnotation(AuditRegel.class, AuditRegelMixIn.class);
        setMixInAnnotation(AuditRegel.Veldwijziging.class, VeldwijzigingMixIn.class);
        setMixInAnnotation(Verwerking.class, VerwerkingMixIn.class);
        setMixInAnnotation(Rapportage.Casussen.class, RapportageCasussenMixIn.class);
        setMixInAnnotation(Rapportage.Besluiten.class, RapportageBesluitenMixIn.class);
        setMixInAnnotation(Rapportage.Escalaties.class, RapportageEscalatiesMixIn.class);
        setMixInAnnotation(Rapportage.Totalen.class, RapportageTotalenMixIn.class);
    }

    /** Een enum als zijn code in de API, bijvoorbeeld {@code in_voorbereiding}. */
    interface Code {
        @JsonValue
        String code();
    }

    abstract static class CasusMixIn {
        @JsonSerialize(using = JsonWaarde.Veld.class)
        abstract Map<String, Object> variantData();
    }

    abstract static class DocumentMixIn {
        @JsonSerialize(using = JsonWaarde.Inhoud.class)
        abstract Map<String, Object> inhoud();
    }

    @JsonPropertyOrder({"id", "gemeente", "regel", "organisatie", "omschrijving", "status", "antwoord", "gewicht",
            "casussen", "historie", "versie", "aangemaakt", "gewijzigd"})
    abstract static class SignaalMixIn {
        @JsonProperty
        abstract int gewicht();
    }

    /** Alleen het id van de casus heet anders; welke tafel hij heeft blijft binnen. */
    @JsonIgnoreProperties("tafelId")
    @JsonPropertyOrder({"id", "titel", "gekoppeldDoor", "gekoppeldOp"})
    abstract static class GekoppeldeCasusMixIn {
        @JsonProperty("id")
        abstract String casusId();
    }

    abstract static class GebruikerMixIn {
        @JsonSerialize(converter = Gesorteerd.class)
        abstract Set<Rol> rollen();

        @JsonSerialize(converter = Gesorteerd.class)
        abstract Set<String> tafels();
    }

    /** Een nieuw account: de velden van het account, met {@code code} alleen als die er is (eenmalig te zien). */
    abstract static class NieuwAccountMetCodeMixIn {
        @JsonUnwrapped
        abstract Account account();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Eenmaligecode code();
    }

    /** De besparing van een kostenregel is berekend, geen component, maar staat wel in de JSON. */
    @JsonPropertyOrder({"organisatie", "post", "doormodderen", "doorbreken", "besparing"})
    abstract static class KostenregelMixIn {
        @JsonProperty
        abstract BigDecimal besparing();
    }

    /** De gemeente en de casus staan al in het pad. */
    @JsonIgnoreProperties({"gemeente", "casusId"})
    abstract static class AuditRegelMixIn {
    }

    /** Oude en nieuwe waarden zijn JSON-achtig (zoals variantData): langs de walker. */
    abstract static class VeldwijzigingMixIn {
        @JsonSerialize(using = JsonWaarde.Veld.class)
        abstract Object oud();

        @JsonSerialize(using = JsonWaarde.Veld.class)
        abstract Object nieuw();
    }

    /** De gemeente en de inwoner staan al in het pad en in het rapport. */
    @JsonIgnoreProperties({"gemeente", "inwonerPseudoniem"})
    abstract static class VerwerkingMixIn {
    }

    @JsonSerialize(converter = RapportageVorm.NaarCasussen.class)
    abstract static class RapportageCasussenMixIn {
    }

    /** Het totaal van de besluiten is berekend, en staat voor de gecorrigeerde. */
    @JsonPropertyOrder({"doorbraken", "regulier", "totaal", "gecorrigeerd", "perThema", "perOrganisatie"})
    abstract static class RapportageBesluitenMixIn {
        @JsonProperty
        abstract int totaal();
    }

    /** De escalaties die in het jaar begonnen: {@code inJaar()}. */
    @JsonPropertyOrder({"open", "verlopen", "begonnen", "perNiveau"})
    abstract static class RapportageEscalatiesMixIn {
        @JsonProperty("begonnen")
        abstract int inJaar();
    }

    @JsonSerialize(converter = RapportageVorm.NaarTotalen.class)
    abstract static class RapportageTotalenMixIn {
    }

    /** Wat een plug-in vroeg, kreeg en niet kreeg, als codes in de volgorde van de enum. */
    @JsonIgnoreProperties({"bundle", "versie"})
    @JsonPropertyOrder({"gevraagd", "verleend", "geweigerd", "onbekend"})
    abstract static class PluginRechtenMixIn {
        @JsonSerialize(converter = Gesorteerd.class)
        abstract Set<Recht> gevraagd();

        @JsonSerialize(converter = Gesorteerd.class)
        abstract Set<Recht> verleend();

        @JsonProperty
        @JsonSerialize(converter = Gesorteerd.class)
        abstract Set<Recht> geweigerd();
    }

    /** Een veldfout in problem+json: de namen van RFC 9457 en de ZGW-API's. */
    @JsonPropertyOrder({"name", "code", "reason"})
    abstract static class VeldFoutMixIn {
        @JsonProperty("name")
        abstract String naam();

        @JsonProperty("reason")
        abstract String reden();
    }

    /** Een set in een vaste volgorde: de natuurlijke (die van de enum, of alfabetisch). */
    static final class Gesorteerd extends StdConverter<Collection<?>, List<?>> {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public List<?> convert(Collection<?> c) {
            List l = new ArrayList<>(c);
            Collections.sort(l);
            return l;
        }
    }
}
