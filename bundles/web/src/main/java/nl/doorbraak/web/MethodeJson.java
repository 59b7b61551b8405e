package nl.doorbraak.web;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;

import nl.doorbraak.api.domein.Actie;
import nl.doorbraak.api.domein.Besluit;
import nl.doorbraak.api.domein.Bijeenkomst;
import nl.doorbraak.api.domein.Deelnemer;
import nl.doorbraak.api.domein.Potje;
import nl.doorbraak.api.domein.PotjeMutatie;
import nl.doorbraak.api.domein.Toezegging;
import nl.doorbraak.api.domein.Waardendriehoek;

/** JSON van de doorbraakmethode: bijeenkomsten, besluiten, potjes en acties. Bedragen als getal in euro's. */
final class MethodeJson {

    private MethodeJson() {
    }

    static void bijeenkomst(JsonGenerator g, Bijeenkomst b) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", b.id());
        g.writeStringField("gemeente", b.gemeente());
        g.writeStringField("tafelId", b.tafelId());
        DomeinJson.tijd(g, "datum", b.datum());
        DomeinJson.tekstLijst(g, "agenda", b.agenda());
        g.writeArrayFieldStart("aanwezigen");
        for (Deelnemer d : b.aanwezigen()) {
            DomeinJson.deelnemer(g, d);
        }
        g.writeEndArray();
        g.writeStringField("notitie", b.notitie());
        g.writeNumberField("versie", b.versie());
        DomeinJson.tijd(g, "aangemaakt", b.aangemaakt());
        DomeinJson.tijd(g, "gewijzigd", b.gewijzigd());
        g.writeEndObject();
    }

    static void besluit(JsonGenerator g, Besluit b) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", b.id());
        g.writeStringField("gemeente", b.gemeente());
        g.writeStringField("casusId", b.casusId());
        g.writeStringField("bijeenkomstId", b.bijeenkomstId());
        g.writeStringField("soort", b.soort().code());
        g.writeStringField("omschrijving", b.omschrijving());
        Waardendriehoek w = b.waardendriehoek();
        g.writeObjectFieldStart("waardendriehoek");
        g.writeStringField("legitimiteit", w.legitimiteit());
        g.writeStringField("rendement", w.rendement());
        bedrag(g, "rendementBedrag", w.rendementBedrag());
        g.writeStringField("betrokkenheid", w.betrokkenheid());
        g.writeEndObject();
        g.writeArrayFieldStart("deelnemers");
        for (Deelnemer d : b.deelnemers()) {
            DomeinJson.deelnemer(g, d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("toezeggingen");
        for (Toezegging t : b.toezeggingen()) {
            g.writeStartObject();
            g.writeStringField("organisatie", t.organisatie());
            bedrag(g, "bedrag", t.bedrag());
            g.writeStringField("omschrijving", t.omschrijving());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("uitgaven");
        for (PotjeMutatie m : b.uitgaven()) {
            mutatie(g, m);
        }
        g.writeEndArray();
        g.writeStringField("corrigeert", b.corrigeert());
        g.writeStringField("gecorrigeerdDoor", b.gecorrigeerdDoor());
        DomeinJson.tijd(g, "genomen", b.genomen());
        g.writeStringField("door", b.door());
        g.writeEndObject();
    }

    static void potje(JsonGenerator g, Potje p) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("gemeente", p.gemeente());
        g.writeStringField("tafelId", p.tafelId());
        g.writeStringField("naam", p.naam());
        bedrag(g, "saldo", p.saldo());
        bedrag(g, "gestort", p.gestort());
        bedrag(g, "uitgegeven", p.uitgegeven());
        g.writeNumberField("mutaties", p.mutaties());
        DomeinJson.tijd(g, "aangemaakt", p.aangemaakt());
        g.writeEndObject();
    }

    static void mutatie(JsonGenerator g, PotjeMutatie m) throws IOException {
        g.writeStartObject();
        g.writeStringField("potjeId", m.potjeId());
        g.writeNumberField("volgnummer", m.volgnummer());
        g.writeStringField("soort", m.soort());
        bedrag(g, "bedrag", m.bedrag());
        bedrag(g, "saldoNa", m.saldoNa());
        g.writeStringField("besluitId", m.besluitId());
        g.writeStringField("omschrijving", m.omschrijving());
        DomeinJson.tijd(g, "op", m.op());
        g.writeStringField("door", m.door());
        g.writeEndObject();
    }

    static void actie(JsonGenerator g, Actie a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("gemeente", a.gemeente());
        g.writeStringField("casusId", a.casusId());
        g.writeStringField("besluitId", a.besluitId());
        g.writeStringField("omschrijving", a.omschrijving());
        g.writeStringField("organisatie", a.organisatie());
        g.writeStringField("contactId", a.contactId());
        g.writeStringField("eigenaar", a.eigenaar());
        DomeinJson.tijd(g, "deadline", a.deadline());
        DomeinJson.tijd(g, "gereed", a.gereed());
        g.writeStringField("gereedDoor", a.gereedDoor());
        g.writeBooleanField("verlopen", a.verlopen());
        g.writeNumberField("versie", a.versie());
        DomeinJson.tijd(g, "aangemaakt", a.aangemaakt());
        g.writeStringField("door", a.door());
        g.writeEndObject();
    }

    private static void bedrag(JsonGenerator g, String veld, BigDecimal b) throws IOException {
        if (b == null) {
            g.writeNullField(veld);
        } else {
            g.writeNumberField(veld, b);
        }
    }
}
