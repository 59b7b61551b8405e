// Eén bijeenkomst van een tafel: datum, agenda (casussen), aanwezigen en notitie; bijwerken met If-Match en een casus
// op de agenda zetten. Ook de bouwstenen die tafels.js gebruikt. Zie docs/webapp.md en docs/doorbraakmethode.md.
import { api, ApiFout, metVersie, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, bedrag, casusLink, gegevens, kop, kop2, laad, link, melding, opDatum, tabel, vandaag } from './onderdelen.js';

/** Alle pagina's van een lijst van de API (pageSize 100). */
export async function alles(adres, query = {}) {
  const uit = [];
  let pagina = 1;
  let antwoord;
  do {
    const q = new URLSearchParams({ ...query, pageSize: '100', page: String(pagina++) });
    antwoord = await api('GET', `${adres}?${q}`);
    uit.push(...antwoord.results);
  } while (antwoord.next);
  return uit;
}

function mandaat(d) {
  return [d.mandaat, d.mandaatBedrag !== null && d.mandaatBedrag !== undefined ? `tot ${bedrag(d.mandaatBedrag)}` : null]
    .filter(Boolean).join(', ');
}

/** De deelnemers van een tafel of de aanwezigen van een bijeenkomst: naam, organisatie, mandaat, korte lijnen. */
export function deelnemerTabel(id, bijschrift, lijst) {
  return tabel({
    id,
    bijschrift,
    koppen: ['Naam', 'Organisatie', 'Mandaat', 'Korte lijnen'],
    rijen: lijst.map((d) => [d.naam, d.organisatie, mandaat(d) || '—',
      d.contactId ? link(pad`/contacten/${d.contactId}`, 'Contact', { 'aria-label': `Contact ${d.naam}` }) : '—']),
  });
}

/** Een vinkje per mogelijke aanwezige (de deelnemers van de tafel), aangevinkt wie bij de namen staat. */
export function aanwezigVelden(kandidaten, namen) {
  // verplicht: only so the label lacks "(niet verplicht)" on every box; formulier() asks nothing of a checkbox
  return kandidaten.map((d, i) => ({ naam: `aanwezig-${i}`, label: `Aanwezig: ${d.naam} (${d.organisatie})`, type: 'janee',
    verplicht: true, waarde: namen.includes(d.naam) }));
}

/** De namen van de aangevinkte aanwezigen, in de volgorde van de tafel. */
export function aanwezigenUit(waarden, kandidaten) {
  return kandidaten.filter((d, i) => waarden[`aanwezig-${i}`]).map((d) => d.naam);
}

/** Een fout van de API bij aanwezigen.<i> hoort bij het vinkje van die aanwezige (formulier zet hem daar). */
export function bijeenkomstFout(f, kandidaten, namen) {
  if (f instanceof ApiFout && f.invalidParams.length) {
    f.invalidParams = f.invalidParams.map((p) => {
      const m = /^aanwezigen\.(\d+)$/.exec(p.name || '');
      if (!m || !kandidaten || !namen) {
        return p;
      }
      const i = kandidaten.findIndex((d) => d.naam === namen[Number(m[1])]);
      return i < 0 ? p : { ...p, name: `aanwezig-${i}` };
    });
  }
  return f;
}

/** Eenmalig na een opslag: de melding bij het opnieuw tekenen. */
let bericht = null;

export async function bijeenkomst(ctx, { id }) {
  ctx.titel('Bijeenkomst');
  const g = ctx.sessie.gebruiker.gemeente;
  if (!g) {
    const h1 = kop('Bijeenkomst');
    vervang(ctx.inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente; bijeenkomsten staan per gemeente.'));
    return h1;
  }
  vervang(ctx.inhoud, alinea('De bijeenkomst wordt geladen…', { role: 'status' }));
  const terugNaarTafels = alinea(link('/tafels', 'Naar de tafels'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' });
  const geladen = await laad(ctx, () => api('GET', pad`/api/gemeenten/${g}/bijeenkomsten/${id}`), {
    nietGevonden: 'Bijeenkomst niet gevonden', melding404: 'Deze bijeenkomst is niet gevonden, of u heeft er geen toegang toe.',
    fout: 'De bijeenkomst kon niet worden geladen', terug: terugNaarTafels,
  });
  if (!geladen.waarde) {
    return geladen.h1;
  }
  const b = geladen.waarde;
  let t = null;
  try {
    t = await api('GET', pad`/api/gemeenten/${g}/tafels/${b.tafelId}`);
  } catch (f) {
    // without the tafel: its id, and the aanwezigen as the only candidates
  }
  const titels = await Promise.all(b.agenda.map(async (c) => {
    try {
      return (await api('GET', pad`/api/gemeenten/${g}/casussen/${c}`)).titel;
    } catch (f) {
      return null;
    }
  }));
  if (!ctx.actueel()) {
    return null;
  }
  const dag = vandaag();
  const komend = b.datum >= dag;
  const namen = b.aanwezigen.map((a) => a.naam);
  // the candidates: the tafel's deelnemers, plus aanwezigen who have left the tafel since
  const deelnemers = t ? t.deelnemers : [];
  const kandidaten = [...deelnemers, ...b.aanwezigen.filter((a) => !deelnemers.some((d) => d.naam === a.naam))];

  const h1 = kop(`Bijeenkomst van ${opDatum(b.datum)}`);
  const terug = alinea(t ? link(pad`/tafels/${t.id}`, `Terug naar ${t.naam}`) : link('/tafels', 'Naar de tafels'),
    { class: 'utrecht-paragraph utrecht-paragraph--distanced' });
  const melden = bericht && bericht.id === b.id ? melding('ok', bericht.tekst, 'bijeenkomst-opgeslagen') : null;
  bericht = null;

  const agenda = b.agenda.length
    ? el('ol', { class: 'utrecht-ordered-list', id: 'agenda' }, b.agenda.map((c, i) => el('li',
      { class: 'utrecht-ordered-list__item', 'data-casus': c },
      titels[i] === null ? 'Een casus die u niet kunt inzien' : casusLink(c, titels[i]))))
    : alinea('Er staat nog geen casus op de agenda.', { id: 'agenda-leeg' });

  const wijzig = formulier({
    id: 'bijeenkomst-wijzigen',
    knop: 'Bijeenkomst opslaan',
    bezigTekst: 'De bijeenkomst wordt opgeslagen…',
    velden: [
      { naam: 'datum', label: 'Datum', type: 'datum', verplicht: true, waarde: b.datum },
      ...aanwezigVelden(kandidaten, namen),
      { naam: 'notitie', label: 'Notitie', type: 'tekstvak', rijen: 4, maxLengte: 4000, waarde: b.notitie,
        beschrijving: 'Leg alleen vast wat nodig is: besluiten en acties staan bij de casus. Een notitie geldt als persoonsgegeven.' },
    ],
    verstuur: async (w) => {
      const aanwezigen = aanwezigenUit(w, kandidaten);
      try {
        return await metVersie('PUT', pad`/api/gemeenten/${g}/bijeenkomsten/${b.id}`,
          { tafelId: b.tafelId, datum: w.datum, aanwezigen, notitie: w.notitie }, b.versie);
      } catch (f) {
        throw bijeenkomstFout(f, kandidaten, aanwezigen);
      }
    },
    klaar: () => {
      bericht = { id: b.id, tekst: 'De bijeenkomst is opgeslagen.' };
      ctx.toon();
    },
    herlaad: () => ctx.toon(),
  });

  vervang(ctx.inhoud, terug, h1, melden,
    gegevens('bijeenkomstgegevens', [
      ['Tafel', el('span', { id: 'bijeenkomst-tafel' }, t ? t.naam : b.tafelId)],
      ['Datum', el('span', { id: 'bijeenkomst-datum' }, opDatum(b.datum)), komend ? '' : ' (geweest)'],
      ['Notitie', el('span', { id: 'bijeenkomst-notitie', class: 'doorbraak-hulpvraag' }, b.notitie || '—')],
    ]),
    kop2('Agenda', 'agenda-kop'), agenda,
    komend ? el('div', { id: 'agenderen' }) : null,
    kop2('Aanwezigen', 'aanwezigen-kop'),
    b.aanwezigen.length ? deelnemerTabel('aanwezigen', 'Aanwezigen', b.aanwezigen)
      : alinea('Er staat nog niemand bij de aanwezigen.', { id: 'aanwezigen-leeg' }),
    kop2('Bijeenkomst bijwerken', 'wijzigen-kop'),
    alinea('Vink aan wie er is. Wie een besluit neemt, moet bij de aanwezigen staan; de datum van een bijeenkomst waarop al besloten is, kan niet later.'),
    wijzig.element);
  if (komend && t) {
    await agenderen(ctx, g, b, t, ctx.inhoud.querySelector('#agenderen'));
  }
  return h1;
}

/** Een casus van de tafel (in voorbereiding, of al geagendeerd voor een eerdere bijeenkomst) op de agenda zetten. */
async function agenderen(ctx, g, b, t, houder) {
  let kandidaten;
  try {
    const [voorbereiding, geagendeerd] = await Promise.all(['in_voorbereiding', 'geagendeerd'].map((status) =>
      alles(pad`/api/gemeenten/${g}/casussen`, { tafel: t.id, status })));
    kandidaten = [...voorbereiding, ...geagendeerd].filter((c) => !b.agenda.includes(c.id));
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    return;
  }
  if (!ctx.actueel() || !houder) {
    return;
  }
  if (!kandidaten.length) {
    vervang(houder, alinea('Er is geen casus in voorbereiding aan deze tafel om te agenderen.', { id: 'agenderen-geen' }));
    return;
  }
  const f = formulier({
    id: 'agendapunt',
    knop: 'Op de agenda zetten',
    bezigTekst: 'De casus wordt geagendeerd…',
    velden: [{ naam: 'casusId', label: 'Casus', type: 'keuze', verplicht: true,
      opties: kandidaten.map((c) => [c.id, c.titel]) }],
    verstuur: (w) => api('POST', pad`/api/gemeenten/${g}/bijeenkomsten/${b.id}/agenda`, { casusId: w.casusId }),
    klaar: () => {
      bericht = { id: b.id, tekst: 'De casus staat op de agenda.' };
      ctx.toon();
    },
  });
  vervang(houder, el('h3', { class: 'utrecht-heading-3 utrecht-heading-3--distanced' }, 'Een casus agenderen'), f.element);
}
