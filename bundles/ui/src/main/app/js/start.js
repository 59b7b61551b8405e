// Het startscherm: per rol wat de gebruiker mag lezen (een 403 verbergt dat deel). Zie docs/webapp.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { casusLink, heeftRol, kop, link, vandaag } from './onderdelen.js';

const MAX = 5;
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

/** Lang geschreven (7 december 2026): de startpagina leest als een overzicht. */
function opDatum(iso) {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(d.getTime()) ? iso : datum.format(d);
}

function lijst(id, items) {
  return el('ul', { class: 'utrecht-unordered-list', id }, items.map((i) => el('li', { class: 'utrecht-unordered-list__item' }, i)));
}

function alinea(id, ...tekst) {
  return el('p', { class: 'utrecht-paragraph', id }, ...tekst);
}

function sectie(id, titel, ...inhoud) {
  return el('section', { class: 'doorbraak-startdeel', id, 'aria-labelledby': `${id}-kop` },
    el('h2', { class: 'utrecht-heading-2 utrecht-heading-2--distanced', id: `${id}-kop` }, titel), ...inhoud);
}

/** Een deel dat de rol niet mag lezen (403) valt weg: null; een andere fout een korte melding in het deel. */
async function deel(id, titel, maak) {
  try {
    return sectie(id, titel, ...(await maak()));
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    if (f instanceof ApiFout && f.status === 403) {
      return null;
    }
    return sectie(id, titel, alinea(null, 'Dit deel kon niet worden geladen.'));
  }
}

async function casussen(g) {
  const basis = pad`/api/gemeenten/${g}/casussen`;
  const afgesloten = (await api('GET', `${basis}?status=afgesloten&pageSize=1`)).count;
  const open = [];
  let antwoord;
  let pagina = 1;
  do {
    antwoord = await api('GET', `${basis}?pageSize=100&page=${pagina++}`);
    open.push(...antwoord.results.filter((c) => c.status !== 'afgesloten'));
  } while (open.length < MAX && antwoord.next);
  const aantal = antwoord.count - afgesloten;
  return [
    alinea('start-casussen-aantal', aantal === 1 ? '1 open casus.' : `${aantal} open casussen.`),
    open.length ? lijst('start-casussen-lijst', open.slice(0, MAX).map((c) => casusLink(c.id, c.titel))) : null,
    alinea(null, link('/casussen', 'Alle casussen')),
  ];
}

/** De bijeenkomsten vanaf vandaag; de API geeft de nieuwste eerst, dus bladeren tot een datum vóór vandaag. */
async function komende(g, tafel) {
  const dag = vandaag();
  const uit = [];
  let pagina = 1;
  let antwoord;
  do {
    const q = new URLSearchParams({ pageSize: '100', page: String(pagina++) });
    if (tafel) {
      q.set('tafel', tafel);
    }
    antwoord = await api('GET', `${pad`/api/gemeenten/${g}/bijeenkomsten`}?${q}`);
    uit.push(...antwoord.results.filter((b) => b.datum >= dag));
  } while (antwoord.next && antwoord.results.every((b) => b.datum >= dag));
  return uit;
}

async function bijeenkomst(g, gebruiker) {
  // a tafellid lists per tafel (?tafel=), a regisseur all of the gemeente
  const regisseur = (gebruiker.rollen || []).includes('casusregisseur');
  const tafels = regisseur || !(gebruiker.tafels || []).length ? [null] : gebruiker.tafels;
  const alle = (await Promise.all(tafels.map((t) => komende(g, t)))).flat();
  alle.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.id < b.id ? -1 : 1));
  const b = alle[0];
  if (!b) {
    return [alinea('start-bijeenkomst-geen', 'Er is geen bijeenkomst gepland.')];
  }
  let tafel = null;
  try {
    tafel = (await api('GET', pad`/api/gemeenten/${g}/tafels/${b.tafelId}`)).naam;
  } catch (f) {
    // the name of the tafel is extra
  }
  const titels = await Promise.all(b.agenda.map(async (id) => {
    try {
      return casusLink(id, (await api('GET', pad`/api/gemeenten/${g}/casussen/${id}`)).titel);
    } catch (f) {
      return casusLink(id, 'Casus');
    }
  }));
  const n = b.agenda.length;
  return [
    alinea('start-bijeenkomst', el('span', { id: 'start-bijeenkomst-datum' }, opDatum(b.datum)),
      tafel ? [', ', el('span', { id: 'start-bijeenkomst-tafel' }, tafel)] : null, '. ',
      el('span', { id: 'start-agenda-aantal' }, n === 1 ? '1 casus' : `${n} casussen`), ' op de agenda.'),
    n ? lijst('start-agenda', titels) : null,
  ];
}

async function verlopen(g, soort, enkelvoud, meervoud, tekst) {
  const a = await api('GET', `${pad`/api/gemeenten/${g}/${soort}`}?verlopen=true&pageSize=${MAX}`);
  return [
    alinea(`start-${soort}-aantal`, a.count === 1 ? `1 ${enkelvoud}.` : `${a.count} ${meervoud}.`),
    a.results.length ? lijst(`start-${soort}`, a.results.map((x) => casusLink(x.casusId, tekst(x)))) : null,
  ];
}

async function potjes(g) {
  const a = await api('GET', `${pad`/api/gemeenten/${g}/potjes`}?pageSize=100`);
  if (!a.results.length) {
    return [alinea('start-potjes-geen', 'Er zijn geen potjes.')];
  }
  return [el('div', { class: 'doorbraak-tabel-houder' }, el('table', { class: 'utrecht-table utrecht-table--html-table', id: 'start-potjes' },
    el('caption', { class: 'utrecht-table__caption doorbraak-onzichtbaar' }, 'Potjes en saldo'),
    el('thead', { class: 'utrecht-table__header' }, el('tr', { class: 'utrecht-table__row' },
      el('th', { class: 'utrecht-table__header-cell', scope: 'col' }, 'Potje'),
      el('th', { class: 'utrecht-table__header-cell utrecht-table__header-cell--numeric', scope: 'col' }, 'Saldo'))),
    el('tbody', { class: 'utrecht-table__body' }, a.results.map((p) => el('tr', { class: 'utrecht-table__row', 'data-potje': p.id },
      el('td', { class: 'utrecht-table__cell' }, link(pad`/potjes/${p.id}`, p.naam)),
      el('td', { class: 'utrecht-table__cell utrecht-table__cell--numeric' }, euro.format(Number(p.saldo))))))))];
}

export async function start(ctx) {
  ctx.titel('Start');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Start');
  const laden = el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Het overzicht wordt geladen…');
  vervang(ctx.inhoud, h1, laden);
  // the roles that may read each part (as the API's x-doorbraak-toegang says): no request that can only be refused
  const tafelwerk = ['casusregisseur', 'tafellid'];
  const ook = [...tafelwerk, 'gemeentebeheerder'];
  const mag = (rollen) => heeftRol(ctx.sessie, ...rollen);
  const delen = await Promise.all([
    mag(tafelwerk) && deel('start-casussen', 'Mijn casussen', () => casussen(g)),
    mag(tafelwerk) && deel('start-bijeenkomst-deel', 'Volgende bijeenkomst', () => bijeenkomst(g, ctx.sessie.gebruiker)),
    mag(tafelwerk) && deel('start-acties-deel', 'Verlopen acties', () => verlopen(g, 'acties', 'verlopen actie', 'verlopen acties',
      (x) => `${x.omschrijving} (deadline ${opDatum(x.deadline)})`)),
    mag(ook) && deel('start-escalaties-deel', 'Verlopen escalaties', () => verlopen(g, 'escalaties', 'verlopen escalatie',
      'verlopen escalaties', (x) => `${x.niveauNaam || x.niveau} (deadline ${opDatum(x.deadline)})`)),
    mag(ook) && deel('start-potjes-deel', 'Potjes', () => potjes(g)),
  ]);
  if (delen.every((d) => !d)) {
    delen.push(alinea('start-niets', 'Voor uw rol staat hier nog niets. Kies een scherm in het menu.'));
  }
  if (!ctx.actueel()) {
    return null;
  }
  vervang(ctx.inhoud, h1, delen);
  return h1;
}
