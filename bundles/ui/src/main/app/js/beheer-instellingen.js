// Beheer: de instellingen van een gemeente (gemeentebeheerder, platformbeheerder) en een nieuwe gemeente
// (platformbeheerder). Het formulier komt uit de beschrijving die de API geeft (GET …/instellingen: de Metatype van
// nl.doorbraak.gemeente); het platform schrijft config/. Zie docs/webapp.md, "Beheer: instellingen van een gemeente".
import { ApiFout, pad, verzoek } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, gegevens, kop, link, melding } from './onderdelen.js';

/** Een veld uit de beschrijving als veld van formulier(); een lijst is één tekstveld met komma's. */
function formulierveld(v, waarde) {
  const uitleg = [v.beschrijving];
  if (v.lijst && !/komma/i.test(v.beschrijving || '')) {
    uitleg.push('Meer waarden met komma’s gescheiden.');
  }
  if (v.standaard && v.standaard.length) {
    uitleg.push(`Leeg: ${v.standaard.join(', ')}.`);
  }
  const veld = {
    naam: v.id,
    label: v.naam,
    verplicht: v.verplicht,
    beschrijving: uitleg.filter(Boolean).join(' '),
    waarde: Array.isArray(waarde) ? waarde.join(', ') : waarde,
  };
  if (v.opties && v.opties.length) {
    return { ...veld, type: 'keuze', opties: v.opties.map((o) => [o.waarde, o.label]) };
  }
  if (v.type === 'geheel getal' || v.type === 'getal') {
    return { ...veld, type: 'getal', min: v.min, max: v.max, stap: v.type === 'geheel getal' ? 1 : null };
  }
  if (v.type === 'ja/nee') {
    return { ...veld, type: 'janee', waarde: waarde === true || waarde === 'true' };
  }
  return { ...veld, type: 'tekst', maxLengte: v.lijst ? null : 2000 };
}

/** De waarden van het formulier zoals de API ze neemt: lijsten als lijst, lege velden weg (dan de standaard). */
function naarApi(velden, waarden) {
  const uit = {};
  for (const v of velden) {
    const w = waarden[v.id];
    if (w === null || w === undefined || w === '') {
      continue;
    }
    uit[v.id] = v.lijst ? String(w).split(',').map((s) => s.trim()).filter(Boolean) : w;
  }
  return uit;
}

/** De instellingen van een gemeente: de eigen gemeente, of (platformbeheerder) die uit het pad. */
export async function instellingen(ctx, parameters = {}) {
  const g = parameters.id || ctx.sessie.gebruiker.gemeente;
  ctx.titel('Instellingen');
  const h1 = kop('Instellingen van de gemeente');
  const vak = el('div', { id: 'instellingen' }, alinea('De instellingen worden geladen…', { role: 'status' }));
  vervang(ctx.inhoud, h1, vak);
  const adres = pad`/api/gemeenten/${g}/instellingen`;

  async function laad(behouden) {
    let gelezen;
    try {
      gelezen = await verzoek('GET', adres);
    } catch (f) {
      if (f instanceof ApiFout && f.status === 401) {
        throw f;
      }
      vervang(vak, melding(f.status === 403 ? 'warning' : 'error', f.detail || 'De instellingen konden niet worden geladen.'));
      return;
    }
    if (!ctx.actueel()) {
      return;
    }
    let etag = gelezen.etag;
    const { velden, waarden } = gelezen.json;
    const bewerkbaar = velden.filter((v) => !v.alleenLezen);
    const resultaat = el('div', { id: 'instellingen-resultaat' });
    const f = formulier({
      id: 'instellingen-formulier',
      velden: bewerkbaar.map((v) => formulierveld(v, behouden && v.id in behouden ? behouden[v.id] : waarden[v.id])),
      knop: 'Instellingen opslaan',
      bezigTekst: 'De instellingen worden opgeslagen en in gebruik genomen…',
      verstuur: async (w) => {
        vervang(resultaat);
        const body = { id: waarden.id, ...naarApi(bewerkbaar, w) };
        const antwoord = await verzoek('PUT', adres, body, { 'If-Match': etag });
        etag = antwoord.etag;
        return antwoord.json;
      },
      klaar: () => {
        vervang(resultaat, melding('ok', 'De instellingen zijn opgeslagen en in gebruik.', 'instellingen-opgeslagen'));
      },
      // 409: the file changed meanwhile; reload the newest version, keep what was typed
      herlaad: (getypt) => laad(getypt),
    });
    vervang(vak,
      gegevens('instellingen-id', velden.filter((v) => v.alleenLezen).map((v) => [v.naam, String(waarden[v.id] ?? '')])),
      alinea('Wijzigingen gelden binnen enkele seconden voor iedereen; het platform schrijft ze in het '
        + 'configuratiebestand van de gemeente.'),
      resultaat, f.element);
  }

  await laad(null);
  return h1;
}

/** Een nieuwe gemeente (platformbeheerder): de velden zoals bij een bestaande gemeente, het id erbij. */
export async function nieuweGemeente(ctx) {
  ctx.titel('Nieuwe gemeente');
  const h1 = kop('Nieuwe gemeente');
  const vak = el('div', { id: 'nieuwe-gemeente' }, alinea('Het formulier wordt geladen…', { role: 'status' }));
  vervang(ctx.inhoud, h1, vak);
  let velden;
  try {
    // the description of the fields is the same for every gemeente: take it from the first one
    const lijst = await verzoek('GET', '/api/gemeenten?pageSize=1');
    const eerste = lijst.json.results[0];
    if (!eerste) {
      vervang(vak, melding('info', 'Er is nog geen gemeente. Maak de eerste aan met een bestand in config/ '
        + '(zie docs/configuratie.md).'));
      return h1;
    }
    velden = (await verzoek('GET', pad`/api/gemeenten/${eerste.id}/instellingen`)).json.velden;
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    vervang(vak, melding(f.status === 403 ? 'warning' : 'error', f.detail || 'Het formulier kon niet worden geladen.'));
    return h1;
  }
  if (!ctx.actueel()) {
    return null;
  }
  const resultaat = el('div', { id: 'nieuwe-gemeente-resultaat' });
  const f = formulier({
    id: 'nieuwe-gemeente-formulier',
    velden: velden.map((v) => formulierveld(v, undefined)),
    knop: 'Gemeente aanmaken',
    bezigTekst: 'De gemeente wordt aangemaakt en in gebruik genomen…',
    verstuur: async (w) => (await verzoek('POST', '/api/gemeenten', naarApi(velden, w))).json,
    klaar: (antwoord) => {
      f.reset();
      vervang(resultaat, el('div', { class: 'utrecht-alert utrecht-alert--ok doorbraak-alert', role: 'status',
        id: 'gemeente-aangemaakt' }, el('div', { class: 'utrecht-alert__content' }, el('div', { class: 'utrecht-alert__message' },
        el('p', { class: 'utrecht-paragraph' }, `Gemeente ${antwoord.waarden.naam} (${antwoord.gemeente}) is aangemaakt en in gebruik. `,
          link(pad`/beheer/gemeenten/${antwoord.gemeente}`, 'Instellingen van deze gemeente'))))));
    },
  });
  vervang(vak, alinea('Het platform schrijft een configuratiebestand voor de gemeente; ze is meteen bruikbaar, '
    + 'bijvoorbeeld om er een gemeentebeheerder voor te maken.'), resultaat, f.element);
  return h1;
}
