/**
 * Scherm "Rode knop: inbox" voor het Rijk: de zaken die gemeenten aan de partij van de gebruiker voorleggen, alleen met
 * wat de gemeente deelt, en het werk eraan: overleg plannen, uitkomst vastleggen, follow-up. Contract:
 * nl.doorbraak.api.http.RijkEndpoint#schermen (context.gemeente is null).
 */
import { vervang, alinea, api, datum, el, formulier, gegevens, kop2, knop, melding, tabel } from './dom.js';
import { partijNamen, regelTekst, SOORT, stand, STATUS, VELDEN, verloop } from './zaak.js';

const BASIS = '/api/rijk/rodeknop';

export default function toon(element, context) {
  let weg = false;
  let partijen = null;

  async function inbox(bericht) {
    vervang(element, alinea('De inbox wordt geladen…'));
    try {
      partijen = partijen || await api(context, 'GET', `${BASIS}/partijen`);
      const zaken = await api(context, 'GET', `${BASIS}/inbox`);
      if (weg) {
        return;
      }
      const kop = kop2(`Zaken voor ${partijen.eigen.naam}`, 'rk-inbox-kop');
      const rijen = zaken.results.map((z) => [
        z.gemeenteNaam,
        regelTekst(z.regel),
        STATUS[z.status] || z.status,
        z.status === 'ingediend' || z.status === 'overleg-gepland'
          ? `${datum(z.deadline)}${z.verlopen ? ' (verstreken)' : ''}` : '—',
        z.followUp && z.status === 'uitkomst' ? datum(z.followUp.vervalt) : '—',
        openKnop(z),
      ]);
      vervang(element, kop, bericht ? melding('ok', bericht) : null,
        alinea(`Gemeenten leggen hier casussen voor die zij niet binnen hun eigen bevoegdheden kunnen oplossen. U ziet `
          + 'alleen wat de gemeente deelt: nooit een naam, BSN of de notities van de casus. Elke keer dat u een zaak '
          + 'bekijkt, staat in het verwerkingenlog van die gemeente.'),
        zaken.results.length
          ? tabel(`${zaken.count} ${zaken.count === 1 ? 'zaak' : 'zaken'}, eerstvolgende termijn eerst`,
            ['Gemeente', 'Regel', 'Status', 'Uitkomst uiterlijk', 'Follow-up', 'Zaak'], rijen)
          : melding('info', 'Er liggen geen zaken voor uw partij.'));
      kop.focus();
    } catch (fout) {
      if (!weg) {
        vervang(element, melding('error', `De inbox kon niet worden geladen. ${fout.message}`));
      }
    }
  }

  async function open(id, bericht) {
    let z;
    try {
      z = await api(context, 'GET', `${BASIS}/zaken/${encodeURIComponent(id)}`);
    } catch (fout) {
      vervang(element, melding('error', `De zaak kon niet worden geladen. ${fout.message}`),
        knop('Terug naar de inbox', () => inbox()));
      return;
    }
    if (weg) {
      return;
    }
    const nietGedeeld = Object.keys(VELDEN).filter((v) => !z.gedeeld.includes(v)).map((v) => VELDEN[v]);
    const kop = kop2(`Rode knop van ${z.gemeenteNaam}`, 'rk-zaak-kop');
    vervang(element, 
      el('div', { class: 'utrecht-button-group' }, knop('Terug naar de inbox', () => inbox())),
      kop, bericht ? melding('ok', bericht) : null, stand(z),
      gegevens([
        ['Gemeente', z.gemeenteNaam],
        [VELDEN.regel, regelTekst(z.regel)],
        [VELDEN.vraag, z.vraag],
        [VELDEN.thema, z.thema],
        [VELDEN.geprobeerd, z.geprobeerd],
        [VELDEN.situatie, z.situatie],
        [VELDEN.organisaties, z.organisaties ? z.organisaties.join(', ') : null],
        ['Voorgelegd aan', partijNamen(z.partijen, partijen.results)],
        ['Ingediend', datum(z.ingediend)],
      ]),
      nietGedeeld.length ? alinea(`Niet gedeeld door de gemeente: ${nietGedeeld.join(', ').toLowerCase()}.`) : null,
      verloop(z, partijen.results),
      werk(z));
    kop.focus();
  }

  function werk(z) {
    const pad = `${BASIS}/zaken/${encodeURIComponent(z.id)}`;
    const klaar = (tekst) => () => open(z.id, tekst);
    if (z.status === 'ingediend' || z.status === 'overleg-gepland') {
      const voorgesteld = new Set([...z.partijen, ...partijen.results
        .filter((p) => z.thema && p.themas.includes(z.thema)).map((p) => p.id)]);
      const overleg = formulier({
        id: 'rodeknop-overleg',
        titel: z.overleg ? 'Het overleg opnieuw plannen' : 'Het rode-knopoverleg plannen',
        knopTekst: 'Overleg plannen',
        velden: [
          { naam: 'datum', label: 'Datum', soort: 'datum', verplicht: true, waarde: z.overleg?.datum },
          { naam: 'partijen', label: 'Met', soort: 'vinkjes', waarde: z.overleg?.partijen || [...voorgesteld],
            opties: partijen.results.map((p) => [p.id, `${p.naam} (${p.themas.join(', ')})`]),
            beschrijving: 'Voorgesteld: de partijen die de gemeente koos en die het thema dekken.' },
          { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak', waarde: z.overleg?.toelichting },
        ],
        verstuur: async (w) => {
          await api(context, 'POST', `${pad}/overleg`, { ...w, versie: z.versie });
          klaar('Het rode-knopoverleg is gepland.')();
        },
      });
      if (z.status === 'ingediend') {
        return overleg.form;
      }
      const uitkomst = formulier({
        id: 'rodeknop-uitkomst',
        titel: 'De uitkomst van het overleg vastleggen',
        knopTekst: 'Uitkomst vastleggen',
        velden: [
          { naam: 'soort', label: 'Uitkomst', soort: 'keuzerondjes', verplicht: true,
            opties: Object.entries(SOORT) },
          { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak', verplicht: true },
          { naam: 'reden', label: 'Reden (bij geen oplossing)', soort: 'tekstvak' },
          { naam: 'afspraken', label: 'Afspraken, één per regel', soort: 'tekstvak', rijen: 4 },
          { naam: 'besparing', label: 'Besparing per jaar in euro\'s', soort: 'getal',
            beschrijving: 'Wat de oplossing bespaart; voor het register van precedenten.' },
        ],
        verstuur: async (w) => {
          const body = { ...w, afspraken: w.afspraken ? w.afspraken.split('\n').map((a) => a.trim()).filter(Boolean) : [],
            versie: z.versie };
          await api(context, 'POST', `${pad}/uitkomst`, body);
          klaar('De uitkomst is vastgelegd. De gemeente ziet haar bij de casus; de follow-up volgt.')();
        },
      });
      return el('div', {}, uitkomst.form, el('details', {}, el('summary', {}, 'Het overleg verzetten'), overleg.form));
    }
    if (z.status === 'uitkomst') {
      return formulier({
        id: 'rodeknop-followup',
        titel: 'Follow-up vastleggen',
        knopTekst: 'Follow-up vastleggen',
        velden: [
          { naam: 'opgelost', label: 'Loste de afspraak het probleem op?', soort: 'keuzerondjes', verplicht: true,
            opties: [['ja', 'Ja'], ['nee', 'Nee']] },
          { naam: 'bevinding', label: 'Wat de follow-up liet zien', soort: 'tekstvak', verplicht: true },
        ],
        verstuur: async (w) => {
          await api(context, 'POST', `${pad}/followup`, {
            opgelost: w.opgelost === null ? null : w.opgelost === 'ja', bevinding: w.bevinding, versie: z.versie });
          klaar('De follow-up is vastgelegd: de zaak is afgerond.')();
        },
      }).form;
    }
    return null;
  }

  function openKnop(z) {
    const k = knop('Openen', () => open(z.id));
    k.setAttribute('aria-label', `Zaak van ${z.gemeenteNaam} openen: ${z.regel.omschrijving}`);
    k.dataset.zaak = z.id;
    return k;
  }

  inbox();
  return () => {
    weg = true;
  };
}
