// De rapportage: de jaarcijfers van de gemeente (of één tafel) als tabellen en grafieken, en als CSV voor Excel; voor
// de platformbeheerder de kerncijfers per gemeente. De grafieken tekent Chart.js (vendor/, pas geladen op dit scherm);
// de tabel bij elke grafiek is de toegankelijke vorm. Zie docs/webapp.md en docs/rapportage.md.
import { api, ApiFout, bewaar, haalMetVoortgang, pad } from './api.js';
import { el, vervang } from './dom.js';
import { voortgangsbalk } from './formulier.js';
import { alinea, bedrag, gegevens, kop, kop2, melding, opDatum, veld } from './onderdelen.js';

const getal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
/** Kleuren die ook naast elkaar en voor kleurenblinden te onderscheiden zijn (Okabe-Ito). */
const KLEUREN = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000'];
const RESULTATEN = [['doorbraak', 'Doorbraak'], ['opgelost_zonder_doorbraak', 'Opgelost zonder doorbraak'],
  ['terugverwezen', 'Terugverwezen']];
const SIGNAALSTATUS = [['nieuw', 'Nieuw'], ['in_behandeling', 'In behandeling'], ['geagendeerd', 'Geagendeerd'],
  ['opgelost', 'Opgelost']];

/** De keuze van jaar en tafel, zolang de pagina open is. */
const keuze = { jaar: new Date().getFullYear(), tafel: '' };
const platformKeuze = { jaar: new Date().getFullYear() };
/** De grafieken van het vorige scherm: opruimen voor er nieuwe komen. */
let grafieken = [];
let chartLaden = null;

/** Chart.js, één keer geladen (de UMD-build zet globalThis.Chart); alleen op dit scherm. */
function laadChart() {
  if (!chartLaden) {
    chartLaden = import('../vendor/chart.umd.min.js').then(() => {
      const Chart = globalThis.Chart;
      if (!Chart) {
        throw new Error('Chart.js ontbreekt');
      }
      Chart.defaults.locale = 'nl-NL';
      Chart.defaults.animation = false;
      Chart.defaults.maintainAspectRatio = false;
      return Chart;
    }).catch((f) => {
      chartLaden = null;
      throw f;
    });
  }
  return chartLaden;
}

function ruimOp() {
  for (const g of grafieken) {
    g.destroy();
  }
  grafieken = [];
}

/**
 * Een grafiek: een figure met een canvas (role=img, de naam zegt waar de cijfers staan) en een bijschrift. Tekent zodra
 * Chart.js er is; lukt dat niet, dan blijft de tabel (een melding in de figure, geen fout in de pagina).
 */
function grafiek(id, titel, tabelId, config) {
  const canvas = el('canvas', { role: 'img', 'aria-label': `Grafiek: ${titel}. De cijfers staan in de tabel eronder.` });
  const figuur = el('figure', { class: 'doorbraak-grafiek', id, 'data-tabel': tabelId },
    el('div', { class: 'doorbraak-grafiek__vlak' }, canvas),
    el('figcaption', { class: 'utrecht-paragraph doorbraak-grafiek__bijschrift' }, titel));
  laadChart().then((Chart) => {
    if (!canvas.isConnected) {
      return;
    }
    // letter and colour of the theme's text (the caption is a utrecht-paragraph), also after a change of gemeente
    const stijl = getComputedStyle(figuur.querySelector('figcaption'));
    Chart.defaults.color = stijl.color;
    Chart.defaults.font.family = stijl.fontFamily;
    grafieken.push(new Chart(canvas, config));
    figuur.dataset.getekend = 'true';
  }).catch(() => {
    vervang(figuur, alinea('De grafiek kon niet worden getekend; de cijfers staan in de tabel.'));
  });
  return figuur;
}

function staaf(labels, reeksen, { liggend = false, gestapeld = false, euro = false } = {}) {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: reeksen.map(([label, data], i) => ({ label, data, backgroundColor: KLEUREN[i % KLEUREN.length] })),
    },
    options: {
      indexAxis: liggend ? 'y' : 'x',
      responsive: true,
      plugins: { legend: { display: reeksen.length > 1, position: 'bottom' } },
      scales: {
        x: { stacked: gestapeld, beginAtZero: true, ticks: liggend && !euro ? { precision: 0 } : {} },
        y: { stacked: gestapeld, beginAtZero: true, ticks: !liggend && !euro ? { precision: 0 } : {} },
      },
    },
  };
}

/** Een tabel met cijfers: de eerste kolom tekst, de rest getallen (rechts uitgelijnd). */
function cijfertabel(id, bijschrift, koppen, rijen, voet) {
  const cel = (c, i, tag = 'td') => el(tag, {
    class: `utrecht-table__${tag === 'th' ? 'header-cell' : 'cell'}${i > 0 ? ` utrecht-table__${tag === 'th' ? 'header-cell' : 'cell'}--numeric` : ''}`,
    scope: tag === 'th' ? 'row' : null,
  }, c);
  // a wide table scrolls: the region can take the focus, so the keyboard scrolls it too
  return el('div', { class: 'doorbraak-tabel-houder', tabindex: '0', role: 'region', 'aria-label': bijschrift },
    el('table', { class: 'utrecht-table utrecht-table--html-table', id },
      el('caption', { class: 'utrecht-table__caption doorbraak-onzichtbaar' }, bijschrift),
      el('thead', { class: 'utrecht-table__header' }, el('tr', { class: 'utrecht-table__row' },
        koppen.map((k, i) => el('th', { class: `utrecht-table__header-cell${i > 0 ? ' utrecht-table__header-cell--numeric' : ''}`,
          scope: 'col' }, k)))),
      el('tbody', { class: 'utrecht-table__body' }, rijen.map((r) => el('tr', { class: 'utrecht-table__row' },
        r.map((c, i) => (i === 0 ? cel(c, i, 'th') : cel(c, i)))))),
      voet ? el('tfoot', { class: 'utrecht-table__footer' }, el('tr', { class: 'utrecht-table__row' },
        voet.map((c, i) => (i === 0 ? cel(c, i, 'th') : cel(c, i))))) : null));
}

function aantal(n) {
  return n === null || n === undefined ? '—' : getal.format(n);
}

function sectie(id, titel, ...inhoud) {
  return el('section', { class: 'doorbraak-rapportdeel', id, 'aria-labelledby': `${id}-kop` }, kop2(titel, `${id}-kop`), ...inhoud);
}

/** De download van een CSV met voortgang; een Nederlandse melding als het mislukt. */
function csvKnop(adres, bestandsnaam) {
  const status = el('div', { id: 'csv-status', 'aria-live': 'polite' });
  const knop = el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', id: 'csv-downloaden' },
    'Downloaden als CSV (Excel)');
  knop.addEventListener('click', async () => {
    knop.disabled = true;
    const v = voortgangsbalk('De CSV wordt opgehaald…', 'csv-voortgang');
    vervang(status, v.element);
    try {
      const blob = await haalMetVoortgang(adres, v.zet);
      bewaar(blob, bestandsnaam);
      v.klaar(alinea(`De CSV is gedownload: ${bestandsnaam}.`, { id: 'csv-klaar' }));
    } catch (f) {
      vervang(status, melding('error', `De CSV kon niet worden gedownload. ${f instanceof ApiFout && f.detail ? f.detail
        : 'Probeer het opnieuw.'}`, 'csv-fout'));
    } finally {
      knop.disabled = false;
    }
  });
  return [el('div', { class: 'utrecht-button-group' }, knop), status];
}

function jaarVeld(waarde) {
  return veld('rapportage-jaar', 'Jaar', el('input', { class: 'utrecht-textbox utrecht-textbox--html-input doorbraak-jaar',
    id: 'rapportage-jaar', name: 'jaar', type: 'number', min: '2000', max: '2100', step: '1', value: String(waarde),
    inputmode: 'numeric' }));
}

function foutMelding(f, wat) {
  if (f instanceof ApiFout && f.status === 403) {
    return melding('error', `U heeft geen toegang tot ${wat}.`);
  }
  const veldfout = f instanceof ApiFout && f.invalidParams.length ? f.invalidParams.map((p) => p.reason).join(' ') : null;
  return melding('error', veldfout || (f instanceof ApiFout && f.detail) || `${wat} kon niet worden geladen.`);
}

// ---- de rapportage van de gemeente ----

export async function rapportage(ctx) {
  ctx.titel('Rapportage');
  ruimOp();
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Rapportage');
  if (!g) {
    vervang(ctx.inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente; de rapportage staat per gemeente.'));
    return h1;
  }
  // Chart.js begins loading now, in parallel with the figures
  laadChart().catch(() => null);
  const tafelKeuze = el('select', { class: 'utrecht-select utrecht-select--html-select', id: 'rapportage-tafel', name: 'tafel' },
    el('option', { value: '' }, 'De hele gemeente'));
  // novalidate: the API decides about the year, with its own message
  const filter = el('form', { class: 'doorbraak-filter', role: 'search', 'aria-label': 'Jaar en tafel kiezen', id: 'rapportage-filter',
    novalidate: true },
    jaarVeld(keuze.jaar), veld('rapportage-tafel', 'Tafel', tafelKeuze),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'submit' }, 'Toon'));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    keuze.jaar = filter.querySelector('#rapportage-jaar').value.trim();
    keuze.tafel = tafelKeuze.value;
    ctx.toon();
  });
  const laden = voortgangsbalk('De rapportage wordt gemaakt…', 'rapportage-voortgang');
  const inhoud = el('div', { id: 'rapportage-inhoud' }, laden.element);
  vervang(ctx.inhoud, h1, alinea('Wat er in een kalenderjaar aan de tafels is gebeurd; zonder persoonsgegevens.'),
    filter, inhoud);

  const q = new URLSearchParams({ jaar: String(keuze.jaar) });
  if (keuze.tafel) {
    q.set('tafel', keuze.tafel);
  }
  let r;
  let tafels = [];
  try {
    [r, tafels] = await Promise.all([
      api('GET', `${pad`/api/gemeenten/${g}/rapportage`}?${q}`),
      api('GET', `${pad`/api/gemeenten/${g}/tafels`}?pageSize=100`).then((a) => a.results).catch((f) => {
        if (f instanceof ApiFout && f.status === 401) {
          throw f;
        }
        return [];
      }),
    ]);
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    if (ctx.actueel()) {
      vervang(inhoud, foutMelding(f, 'de rapportage'));
    }
    return h1;
  }
  if (!ctx.actueel()) {
    return null;
  }
  tafelKeuze.append(...tafels.map((t) => el('option', { value: t.id, selected: t.id === keuze.tafel }, t.naam)));
  const tafelNaam = r.tafelId ? (tafels.find((t) => t.id === r.tafelId) || {}).naam || r.tafelId : null;
  const csv = `${pad`/api/gemeenten/${g}/rapportage.csv`}?${q}`;
  vervang(inhoud,
    alinea([`${tafelNaam ? `Tafel ${tafelNaam}` : 'De hele gemeente'}, ${r.jaar}. `,
      `Open acties en escalaties zoals ze nu zijn (${opDatum(r.peilmoment, true)}).`], { id: 'rapportage-over' }),
    ...csvKnop(csv, `rapportage-${r.gemeente}-${r.jaar}${r.tafelId ? '-tafel' : ''}.csv`),
    ...delenVan(r));
  return h1;
}

function delenVan(r) {
  const c = r.casussen;
  const afgesloten = c.afgesloten || {};
  const b = r.besluiten;
  const p = r.potjes;
  const s = r.signalen;
  const thema = (n) => n ?? '(geen thema)';
  return [
    sectie('rapportage-casussen-deel', 'Casussen',
      grafiek('grafiek-resultaat', 'Afgesloten casussen per resultaat', 'rapportage-casussen',
        staaf(RESULTATEN.map(([, t]) => t), [['Afgesloten', RESULTATEN.map(([k]) => afgesloten[k] || 0)]])),
      cijfertabel('rapportage-casussen', 'Casussen in het jaar', ['Casussen', 'Aantal'], [
        ['Aangemeld', aantal(c.aangemeld)],
        ...RESULTATEN.map(([k, t]) => [`Afgesloten: ${t.toLowerCase()}`, aantal(afgesloten[k] || 0)]),
        ['Afgesloten: totaal', aantal(afgesloten.totaal)],
        ['Open op jaareinde', aantal(c.openOpJaareinde)],
        ['Mediane doorlooptijd (dagen)', aantal(r.doorlooptijd.mediaanDagen)],
      ])),
    sectie('rapportage-thema-deel', 'Casussen per thema',
      c.perThema.length ? [
        grafiek('grafiek-thema', 'Casussen per thema', 'rapportage-thema', staaf(c.perThema.map((x) => thema(x.naam)),
          [['Aangemeld', c.perThema.map((x) => x.aangemeld)], ['Afgesloten', c.perThema.map((x) => x.afgesloten)],
            ['Open op jaareinde', c.perThema.map((x) => x.openOpJaareinde)]])),
        cijfertabel('rapportage-thema', 'Casussen per thema', ['Thema', 'Aangemeld', 'Afgesloten', 'Open op jaareinde'],
          c.perThema.map((x) => [thema(x.naam), aantal(x.aangemeld), aantal(x.afgesloten), aantal(x.openOpJaareinde)]))]
        : alinea('Geen casussen in dit jaar.')),
    sectie('rapportage-organisatie-deel', 'Casussen per betrokken organisatie',
      alinea('Een casus met meer organisaties telt bij elk van hen.'),
      c.perOrganisatie.length ? cijfertabel('rapportage-organisatie', 'Casussen per betrokken organisatie',
        ['Organisatie', 'Aangemeld', 'Afgesloten', 'Open op jaareinde'],
        c.perOrganisatie.map((x) => [x.naam, aantal(x.aangemeld), aantal(x.afgesloten), aantal(x.openOpJaareinde)]))
        : alinea('Geen casussen in dit jaar.')),
    sectie('rapportage-besluiten-deel', 'Besluiten',
      cijfertabel('rapportage-besluiten', 'Besluiten in het jaar', ['Besluiten', 'Aantal'], [
        ['Doorbraken', aantal(b.doorbraken)], ['Regulier', aantal(b.regulier)], ['Totaal', aantal(b.totaal)],
        ['Gecorrigeerd (niet meegeteld)', aantal(b.gecorrigeerd)]]),
      b.perThema.length ? [
        grafiek('grafiek-besluiten', 'Besluiten per thema', 'rapportage-besluiten-thema', staaf(b.perThema.map((x) => thema(x.naam)),
          [['Doorbraken', b.perThema.map((x) => x.doorbraken)], ['Regulier', b.perThema.map((x) => x.regulier)]],
          { gestapeld: true })),
        cijfertabel('rapportage-besluiten-thema', 'Besluiten per thema', ['Thema', 'Doorbraken', 'Regulier', 'Toegezegd'],
          b.perThema.map((x) => [thema(x.naam), aantal(x.doorbraken), aantal(x.regulier), bedrag(x.toegezegd)]))] : null,
      b.perOrganisatie.length ? cijfertabel('rapportage-besluiten-organisatie', 'Besluiten per organisatie',
        ['Organisatie', 'Doorbraken', 'Regulier', 'Toegezegd'],
        b.perOrganisatie.map((x) => [x.naam, aantal(x.doorbraken), aantal(x.regulier), bedrag(x.toegezegd)])) : null),
    sectie('rapportage-potjes-deel', 'Voorkom Erger Potjes',
      p.potjes.length ? [
        grafiek('grafiek-potjes', 'Gestort, uitgegeven en saldo per potje', 'rapportage-potjes', staaf(p.potjes.map((x) => x.naam),
          [['Gestort', p.potjes.map((x) => x.gestort)], ['Uitgegeven', p.potjes.map((x) => x.uitgegeven)],
            ['Saldo op jaareinde', p.potjes.map((x) => x.saldoOpJaareinde)]], { euro: true })),
        cijfertabel('rapportage-potjes', 'Voorkom Erger Potjes', ['Potje', 'Gestort', 'Uitgegeven', 'Uitgaven', 'Saldo op jaareinde'],
          p.potjes.map((x) => [x.naam, bedrag(x.gestort), bedrag(x.uitgegeven), aantal(x.uitgaven), bedrag(x.saldoOpJaareinde)]),
          ['Totaal', bedrag(p.gestort), bedrag(p.uitgegeven), aantal(p.potjes.reduce((n, x) => n + x.uitgaven, 0)),
            bedrag(p.saldoOpJaareinde)])]
        : alinea('Geen potjes.')),
    sectie('rapportage-besparing-deel', 'Geschatte besparing',
      gegevens('rapportage-besparing', [
        ['Maatschappelijke kosten voorkomen', el('span', { id: 'rapportage-besparing-bedrag' }, bedrag(r.besparing.bedrag))],
        ['Doorbraken die bijdragen', aantal(r.besparing.besluiten)],
        r.besparing.bron ? ['Bron', r.besparing.bron.replace('+', ' en ')] : null]),
      alinea('Een schatting van de tafel, geen boekhouding.')),
    sectie('rapportage-werk-deel', 'Acties en escalaties',
      cijfertabel('rapportage-acties', 'Acties', ['Acties', 'Aantal'], [
        ['Open (nu)', aantal(r.acties.open)], ['Verlopen (nu)', aantal(r.acties.verlopen)],
        ['Aangemaakt in het jaar', aantal(r.acties.aangemaakt)], ['Gereed gemeld in het jaar', aantal(r.acties.gereed)]]),
      cijfertabel('rapportage-escalaties', 'Escalaties', ['Escalaties', 'Aantal'], [
        ['Open (nu)', aantal(r.escalaties.open)], ['Verlopen (nu)', aantal(r.escalaties.verlopen)],
        ['Begonnen in het jaar', aantal(r.escalaties.begonnen)],
        ...Object.entries(r.escalaties.perNiveau || {}).map(([n, a]) => [`Begonnen op niveau ${n}`, aantal(a)])])),
    sectie('rapportage-signalen-deel', 'Signalen',
      cijfertabel('rapportage-signalen', 'Signalen per status', ['Status', 'Signalen', 'Gewicht (casussen)'],
        SIGNAALSTATUS.map(([k, t]) => [t, aantal((s.perStatus[k] || {}).aantal || 0), aantal((s.perStatus[k] || {}).gewicht || 0)]),
        ['Gemeld in het jaar', aantal(s.gemeldInJaar), '']),
      s.top.length ? cijfertabel('rapportage-top', 'De zwaarste signalen', ['Regel', 'Organisatie', 'Status', 'Gewicht'],
        s.top.map((x) => [x.regel, x.organisatie, (SIGNAALSTATUS.find(([k]) => k === x.status) || [0, x.status])[1], aantal(x.gewicht)]))
        : null),
  ];
}

// ---- het platform: kerncijfers per gemeente ----

export async function platform(ctx) {
  ctx.titel('Rapportage van het platform');
  ruimOp();
  laadChart().catch(() => null);
  const h1 = kop('Rapportage van het platform');
  const filter = el('form', { class: 'doorbraak-filter', role: 'search', 'aria-label': 'Jaar kiezen', id: 'rapportage-filter',
    novalidate: true },
    jaarVeld(platformKeuze.jaar),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'submit' }, 'Toon'));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    platformKeuze.jaar = filter.querySelector('#rapportage-jaar').value.trim();
    ctx.toon();
  });
  const laden = voortgangsbalk('De rapportage wordt gemaakt…', 'rapportage-voortgang');
  const inhoud = el('div', { id: 'rapportage-inhoud' }, laden.element);
  vervang(ctx.inhoud, h1, alinea('Per gemeente alleen aantallen en bedragen: wat een gemeente aan tafel bespreekt, is van die gemeente.'),
    filter, inhoud);
  const q = new URLSearchParams({ jaar: String(platformKeuze.jaar) });
  let r;
  try {
    r = await api('GET', `/api/rapportage?${q}`);
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    if (ctx.actueel()) {
      vervang(inhoud, foutMelding(f, 'de rapportage van het platform'));
    }
    return h1;
  }
  if (!ctx.actueel()) {
    return null;
  }
  const gs = r.gemeenten;
  const af = (x, k) => (x.casussen.afgesloten || {})[k] || 0;
  vervang(inhoud,
    ...csvKnop(`/api/rapportage.csv?${q}`, `rapportage-platform-${r.jaar}.csv`),
    gs.length ? [
      grafiek('grafiek-platform', `Casussen en doorbraken per gemeente in ${r.jaar}`, 'rapportage-platform',
        staaf(gs.map((x) => x.gemeente), [['Aangemeld', gs.map((x) => x.casussen.aangemeld)],
          ['Afgesloten', gs.map((x) => RESULTATEN.reduce((n, [k]) => n + af(x, k), 0))],
          ['Doorbraakbesluiten', gs.map((x) => x.besluiten.doorbraken)]])),
      cijfertabel('rapportage-platform', `Kerncijfers per gemeente in ${r.jaar}`,
        ['Gemeente', 'Aangemeld', 'Afgesloten als doorbraak', 'Opgelost zonder doorbraak', 'Terugverwezen', 'Open op jaareinde',
          'Doorbraakbesluiten', 'Reguliere besluiten', 'Mediane doorlooptijd (dagen)', 'Uit potjes', 'Besparing',
          'Open acties', 'Open escalaties', 'Signalen'],
        gs.map((x) => [x.gemeente, aantal(x.casussen.aangemeld), aantal(af(x, 'doorbraak')), aantal(af(x, 'opgelost_zonder_doorbraak')),
          aantal(af(x, 'terugverwezen')), aantal(x.casussen.openOpJaareinde), aantal(x.besluiten.doorbraken),
          aantal(x.besluiten.regulier), aantal(x.doorlooptijd && x.doorlooptijd.mediaanDagen),
          bedrag(x.potjes && x.potjes.uitgegeven), bedrag(x.besparing && x.besparing.bedrag),
          aantal(x.acties && x.acties.open), aantal(x.escalaties && x.escalaties.open), aantal(x.signalen && x.signalen.aantal)]))]
      : alinea('Er zijn geen gemeenten.'));
  return h1;
}
