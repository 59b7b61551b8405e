// De Voorkom Erger Potjes van de gemeente: saldo, mutaties, en voor de gemeentebeheerder een nieuw potje en een
// storting. Uitgaven komen uit een besluit (het casusscherm). Zie docs/webapp.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, bedrag, gegevens, heeftRol, kop, kop2, laad, link, opDatum, tabel } from './onderdelen.js';

const PAGINA = 20;
const SOORT = { storting: 'Storting', uitgave: 'Uitgave' };

/** De namen van de tafels die de gebruiker mag lezen, op id; leeg als de rol ze niet mag lezen. */
async function tafelnamen(g) {
  try {
    const t = await api('GET', `${pad`/api/gemeenten/${g}/tafels`}?pageSize=100`);
    return new Map(t.results.map((x) => [x.id, x.naam]));
  } catch (f) {
    if (f instanceof ApiFout && f.status === 403) {
      return new Map();
    }
    throw f;
  }
}

export async function potjes(ctx) {
  ctx.titel('Potjes');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Voorkom Erger Potjes');
  const [lijst, tafels] = await Promise.all([api('GET', `${pad`/api/gemeenten/${g}/potjes`}?pageSize=100`), tafelnamen(g)]);
  if (!ctx.actueel()) {
    return null;
  }
  const beheerder = heeftRol(ctx.sessie, 'gemeentebeheerder');
  const tabelOfNiets = lijst.count === 0 ? alinea('Er zijn nog geen potjes.', { id: 'potjes-leeg' })
    : tabel({
      id: 'potjes',
      bijschrift: 'Potjes met saldo',
      koppen: ['Potje', 'Tafel', 'Saldo', 'Gestort', 'Uitgegeven'],
      rijen: lijst.results.map((p) => [link(pad`/potjes/${p.id}`, p.naam), tafels.get(p.tafelId) || (p.tafelId ? '' : 'Hele gemeente'),
        bedrag(p.saldo), bedrag(p.gestort), bedrag(p.uitgegeven)]),
      rijAttributen: (i) => ({ 'data-potje': lijst.results[i].id }),
    });
  let nieuw = null;
  if (beheerder) {
    const f = formulier({
      id: 'nieuw-potje',
      knop: 'Potje aanmaken',
      velden: [
        { naam: 'naam', label: 'Naam', verplicht: true, maxLengte: 200 },
        { naam: 'tafelId', label: 'Tafel', type: 'keuze', opties: [...tafels].map(([id, naam]) => [id, naam]),
          beschrijving: 'Zonder tafel is het potje van de hele gemeente.' },
        { naam: 'beginsaldo', label: 'Beginsaldo (euro)', type: 'bedrag', min: 0 },
      ],
      verstuur: (w) => api('POST', pad`/api/gemeenten/${g}/potjes`, w),
      klaar: (p) => ctx.navigeer(pad`/potjes/${p.id}`),
    });
    nieuw = [kop2('Nieuw potje', 'nieuw-potje-kop'), f.element];
  }
  vervang(ctx.inhoud, h1,
    alinea(`${lijst.count === 1 ? '1 potje' : `${lijst.count} potjes`}. Uitgaven doet de tafel bij een besluit op een casus.`,
      { id: 'potjes-aantal' }),
    tabelOfNiets, nieuw);
  return h1;
}

export async function potje(ctx, { id }) {
  ctx.titel('Potje');
  const g = ctx.sessie.gebruiker.gemeente;
  const terug = alinea(link('/potjes', 'Terug naar de potjes'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' });
  const geladen = await laad(ctx, () => api('GET', pad`/api/gemeenten/${g}/potjes/${id}`), {
    nietGevonden: 'Potje niet gevonden', melding404: 'Dit potje is niet gevonden, of u heeft er geen toegang toe.', terug,
  });
  if (!geladen.waarde) {
    return geladen.h1;
  }
  const p = geladen.waarde;
  const tafels = await tafelnamen(g);
  if (!ctx.actueel()) {
    return null;
  }
  const h1 = kop(p.naam);
  const mutaties = el('div', { id: 'mutaties-houder' });
  let storting = null;
  if (heeftRol(ctx.sessie, 'gemeentebeheerder')) {
    const f = formulier({
      id: 'storting',
      knop: 'Storten',
      velden: [
        { naam: 'bedrag', label: 'Bedrag (euro)', type: 'bedrag', verplicht: true, min: 0.01 },
        { naam: 'omschrijving', label: 'Omschrijving', maxLengte: 500 },
      ],
      verstuur: (w) => api('POST', pad`/api/gemeenten/${g}/potjes/${id}/stortingen`, w),
      klaar: () => ctx.toon(),
    });
    storting = [kop2('Storten', 'storting-kop'), f.element];
  }
  vervang(ctx.inhoud, terug, h1,
    gegevens('potje-gegevens', [
      ['Saldo', el('span', { id: 'saldo' }, bedrag(p.saldo))],
      ['Gestort', bedrag(p.gestort)],
      ['Uitgegeven', bedrag(p.uitgegeven)],
      ['Tafel', tafels.get(p.tafelId) || (p.tafelId ? '' : 'Hele gemeente')],
      ['Aangemaakt', opDatum(p.aangemaakt, true)],
    ]),
    kop2('Mutaties', 'mutaties-kop'), mutaties, storting);
  await toonMutaties(ctx, g, id, mutaties, 1);
  return h1;
}

async function toonMutaties(ctx, g, id, houder, pagina) {
  const m = await api('GET', `${pad`/api/gemeenten/${g}/potjes/${id}/mutaties`}?pageSize=${PAGINA}&page=${pagina}`);
  if (!ctx.actueel()) {
    return;
  }
  if (m.count === 0) {
    vervang(houder, alinea('Nog geen mutaties.'));
    return;
  }
  const naar = (p) => () => toonMutaties(ctx, g, id, houder, p);
  vervang(houder,
    tabel({
      id: 'mutaties',
      bijschrift: 'Mutaties, nieuwste eerst',
      koppen: ['Nr.', 'Soort', 'Bedrag', 'Saldo na', 'Omschrijving', 'Op', 'Door'],
      rijen: m.results.map((x) => [String(x.volgnummer), SOORT[x.soort] || x.soort, bedrag(x.bedrag), bedrag(x.saldoNa),
        x.omschrijving || (x.besluitId ? 'Uitgave bij een besluit' : ''), opDatum(x.op, true), x.door || '']),
    }),
    m.count > PAGINA ? el('nav', { class: 'doorbraak-bladeren', 'aria-label': 'Paginering van de mutaties' },
      el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', disabled: !m.previous,
        onclick: naar(pagina - 1) }, 'Vorige'),
      el('span', { id: 'mutaties-pagina' }, `Pagina ${pagina} van ${Math.ceil(m.count / PAGINA)}`),
      el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', disabled: !m.next,
        onclick: naar(pagina + 1) }, 'Volgende')) : null);
}
