// De schermen "Signalen" (/signalen: de lijst en een nieuw signaal) en "Signaal" (/signalen/{id}: status, antwoord,
// gekoppelde casussen, historie). Zie docs/korte-lijnen-en-signalen.md en docs/webapp.md.
import { api, ApiFout, metVersie, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, casusLink, gegevens, heeftRol, knop, kop, kop2, laad, link, melding, opDatum, regio, tabel, veld } from './onderdelen.js';

const STATUSSEN = [
  ['nieuw', 'Nieuw'],
  ['in_behandeling', 'In behandeling'],
  ['geagendeerd', 'Geagendeerd'],
  ['opgelost', 'Opgelost'],
];
const STATUS = new Map(STATUSSEN);
/** Welke status na welke mag (docs/korte-lijnen-en-signalen.md, "Status en antwoord"). */
const VOLGENDE = {
  nieuw: ['in_behandeling', 'geagendeerd'],
  in_behandeling: ['geagendeerd', 'opgelost'],
  geagendeerd: ['in_behandeling', 'opgelost'],
  opgelost: ['in_behandeling'],
};
const PAGINA_GROOTTE = 20;

export function signaalStatus(code) {
  return STATUS.get(code) || code || '';
}

// the list's filter and page, per user: a new login starts fresh
const staat = { gebruiker: null, status: '', sorteer: 'aangemaakt', pagina: 1 };
// what was typed in the status form when a 409 asked for the newest version: it comes back in the new form
let getyptBijSignaal = null;

function geenGemeente(ctx, h1) {
  vervang(ctx.inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente. Signalen staan per gemeente.'));
  return h1;
}

// ---- de lijst ----

export async function signalen(ctx) {
  ctx.titel('Signalen');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Signalen');
  if (!g) {
    return geenGemeente(ctx, h1);
  }
  if (staat.gebruiker !== ctx.sessie.gebruiker.gebruikersnaam) {
    Object.assign(staat, { gebruiker: ctx.sessie.gebruiker.gebruikersnaam, status: '', sorteer: 'aangemaakt', pagina: 1 });
  }
  const status = el('select', { class: 'utrecht-select utrecht-select--html-select', id: 'signaal-status-filter', name: 'status' },
    el('option', { value: '' }, 'Alle statussen'),
    STATUSSEN.map(([code, tekst]) => el('option', { value: code, selected: staat.status === code }, tekst)));
  const sorteer = el('select', { class: 'utrecht-select utrecht-select--html-select', id: 'signaal-sorteer', name: 'sorteer' },
    el('option', { value: 'aangemaakt', selected: staat.sorteer === 'aangemaakt' }, 'Nieuwste eerst'),
    el('option', { value: 'gewicht', selected: staat.sorteer === 'gewicht' }, 'Meeste casussen eerst'));
  const filter = el('form', { class: 'doorbraak-filter', role: 'search', 'aria-label': 'Signalen filteren' },
    veld('signaal-status-filter', 'Status', status), veld('signaal-sorteer', 'Volgorde', sorteer),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'submit' }, 'Toon'));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    Object.assign(staat, { status: status.value, sorteer: sorteer.value, pagina: 1 });
    ctx.toon();
  });
  const aantal = el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced', id: 'signalen-aantal', role: 'status' },
    'Signalen worden geladen…');
  const lijst = el('div', { id: 'signalen-lijst' });
  const nieuw = el('div', { id: 'signaal-nieuw' });
  vervang(ctx.inhoud, h1,
    alinea('Een signaal meldt een regel of werkwijze die telkens weer knelt, bij de organisatie die erover gaat. '
      + 'Hoe meer casussen eraan gekoppeld zijn, hoe zwaarder het weegt.'),
    el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' },
      knop('Signaal melden', () => melden(ctx, nieuw), 'primary', { id: 'signaal-melden' })),
    nieuw, kop2('Gemelde signalen', 'signalen-kop'), filter, aantal, lijst);

  const query = new URLSearchParams({ page: String(staat.pagina), pageSize: String(PAGINA_GROOTTE), sorteer: staat.sorteer });
  if (staat.status) {
    query.set('status', staat.status);
  }
  let antwoord;
  try {
    antwoord = await api('GET', `${pad`/api/gemeenten/${g}/signalen`}?${query}`);
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    vervang(aantal);
    vervang(lijst, melding('error', f.status === 403 ? 'Uw rol mag de signalen niet zien.'
      : (f.detail || 'De signalen konden niet worden geladen.')));
    return h1;
  }
  if (!ctx.actueel()) {
    return h1;
  }
  vervang(aantal, antwoord.count === 1 ? '1 signaal' : `${antwoord.count} signalen`,
    staat.status ? ` met status ${signaalStatus(staat.status).toLowerCase()}` : '', '.');
  if (!antwoord.count) {
    return h1;
  }
  const naar = (p) => () => {
    staat.pagina = p;
    ctx.toon();
  };
  const paginas = Math.max(1, Math.ceil(antwoord.count / PAGINA_GROOTTE));
  vervang(lijst, regio(tabel({
    id: 'signalen',
    bijschrift: 'Signalen',
    koppen: ['Regel', 'Organisatie', 'Status', 'Casussen', 'Gemeld'],
    rijen: antwoord.results.map((s) => [link(pad`/signalen/${s.id}`, s.regel), s.organisatie, signaalStatus(s.status),
      String(s.gewicht), opDatum(s.aangemaakt)]),
    rijAttributen: (i) => ({ 'data-signaal': antwoord.results[i].id }),
  })), paginas > 1 ? el('nav', { class: 'doorbraak-bladeren', 'aria-label': 'Paginering' },
    knop('Vorige', naar(staat.pagina - 1), 'secondary', { disabled: !antwoord.previous }),
    el('span', { id: 'signalen-pagina' }, `Pagina ${staat.pagina} van ${paginas}`),
    knop('Volgende', naar(staat.pagina + 1), 'secondary', { disabled: !antwoord.next })) : null);
  return h1;
}

function melden(ctx, houder) {
  const g = ctx.sessie.gebruiker.gemeente;
  const f = formulier({
    id: 'signaal-formulier',
    velden: [
      { naam: 'regel', label: 'Regel of werkwijze die knelt', verplicht: true,
        beschrijving: 'Bijvoorbeeld: Kostendelersnorm (Participatiewet art. 22a).' },
      { naam: 'organisatie', label: 'Organisatie die erover gaat', verplicht: true,
        beschrijving: 'Wie moet antwoorden, bijvoorbeeld Werk & Inkomen.' },
      { naam: 'omschrijving', label: 'Wat er in de praktijk gebeurt', type: 'tekstvak', verplicht: true },
    ],
    knop: 'Signaal melden',
    verstuur: (w) => api('POST', pad`/api/gemeenten/${g}/signalen`, w),
    klaar: (s) => ctx.navigeer(pad`/signalen/${s.id}`),
    annuleer: () => vervang(houder),
  });
  vervang(houder, el('section', { class: 'doorbraak-vak', 'aria-labelledby': 'signaal-formulier-kop' },
    kop2('Een signaal melden', 'signaal-formulier-kop'), f.element));
  f.veld('regel').focus();
}

// ---- één signaal ----

export async function signaal(ctx, { id }) {
  ctx.titel('Signaal');
  const g = ctx.sessie.gebruiker.gemeente;
  const terug = alinea(link('/signalen', 'Terug naar de signalen'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' });
  if (!g) {
    return geenGemeente(ctx, kop('Signaal'));
  }
  vervang(ctx.inhoud, alinea('Het signaal wordt geladen…', { role: 'status' }));
  const geladen = await laad(ctx, () => api('GET', pad`/api/gemeenten/${g}/signalen/${id}`), {
    nietGevonden: 'Signaal niet gevonden', melding404: 'Dit signaal is niet gevonden, of het hoort bij een andere gemeente.',
    fout: 'Het signaal kon niet worden geladen', melding403: 'Uw rol mag de signalen niet zien.', terug,
  });
  if (!geladen.waarde) {
    return geladen.h1;
  }
  const s = geladen.waarde;
  const h1 = kop(s.regel);
  const statusVak = el('div', { id: 'signaal-statuswijziging' });
  vervang(ctx.inhoud, terug, h1,
    gegevens('signaalgegevens', [
      ['Organisatie', s.organisatie],
      ['Status', el('span', { id: 'signaal-status' }, signaalStatus(s.status))],
      ['Omschrijving', el('span', { class: 'doorbraak-hulpvraag', id: 'signaal-omschrijving' }, s.omschrijving)],
      s.antwoord ? ['Antwoord', el('span', { class: 'doorbraak-hulpvraag', id: 'signaal-antwoord' }, s.antwoord)] : null,
      ['Casussen', el('span', { id: 'signaal-gewicht' }, String(s.gewicht))],
      ['Gemeld', opDatum(s.aangemaakt, true)],
    ]),
    heeftRol(ctx.sessie, 'casusregisseur', 'gemeentebeheerder') ? statusVak : null,
    kop2('Gekoppelde casussen', 'signaal-casussen-kop'),
    s.casussen.length ? el('ul', { class: 'utrecht-unordered-list', id: 'signaal-casussen' },
      s.casussen.map((c) => el('li', { class: 'utrecht-unordered-list__item', 'data-casus': c.id },
        // without the right to see the casus the API gives no title: then only its id, no link
        c.titel ? casusLink(c.id, c.titel) : `Casus ${c.id}`, ` (gekoppeld ${opDatum(c.gekoppeldOp)})`)))
      : alinea('Er zijn geen casussen aan dit signaal gekoppeld.', { id: 'signaal-casussen' }),
    alinea('Een casus koppelt u bij de casus zelf, onder "Signalen".'),
    kop2('Historie', 'signaal-historie-kop'),
    regio(tabel({
      id: 'signaal-historie',
      bijschrift: 'Historie van het signaal',
      koppen: ['Datum', 'Van', 'Naar', 'Door', 'Reden', 'Antwoord'],
      rijen: (s.historie || []).map((h) => [opDatum(h.op, true), h.van ? signaalStatus(h.van) : '—', signaalStatus(h.naar),
        h.door || '', h.reden || '', h.antwoord || '']),
    })));
  if (heeftRol(ctx.sessie, 'casusregisseur', 'gemeentebeheerder')) {
    statusFormulier(ctx, s, statusVak);
  }
  return h1;
}

function statusFormulier(ctx, s, houder) {
  const g = ctx.sessie.gebruiker.gemeente;
  const getypt = getyptBijSignaal && getyptBijSignaal.id === s.id ? getyptBijSignaal.waarden : {};
  getyptBijSignaal = null;
  const f = formulier({
    id: 'signaal-status-formulier',
    velden: [
      { naam: 'status', label: 'Nieuwe status', type: 'keuze', verplicht: true,
        opties: [['', 'Kies een status'], ...(VOLGENDE[s.status] || []).map((c) => [c, signaalStatus(c)])], waarde: getypt.status },
      { naam: 'antwoord', label: 'Antwoord', type: 'tekstvak', waarde: getypt.antwoord,
        beschrijving: 'Verplicht bij opgelost: wat er met de regel is gedaan, of waarom hij blijft zoals hij is.' },
      { naam: 'reden', label: 'Reden', type: 'tekstvak', waarde: getypt.reden,
        beschrijving: s.status === 'opgelost' ? 'Verplicht bij heropenen: waarom de regel toch nog knelt.' : 'Waarom de status verandert.' },
    ],
    knop: 'Status wijzigen',
    verstuur: (w) => metVersie('POST', pad`/api/gemeenten/${g}/signalen/${s.id}/status`,
      Object.fromEntries(Object.entries(w).filter(([, v]) => v !== null)), s.versie),
    klaar: () => ctx.toon(),
    herlaad: (waarden) => {
      getyptBijSignaal = { id: s.id, waarden };
      ctx.toon();
    },
  });
  vervang(houder, el('section', { class: 'doorbraak-vak', 'aria-labelledby': 'signaal-status-kop' },
    kop2('Status wijzigen', 'signaal-status-kop'), f.element));
}
