// Het werk aan een casus, als delen van het casusscherm (CASUSDELEN in schermen.js): de status, de agenda van een
// bijeenkomst, besluiten op de waardendriehoek, uitgaven uit een potje en acties. Alleen de publieke API; wat de API
// weigert, staat als zijn Nederlandse melding bij het juiste veld. Zie docs/doorbraakmethode.md en docs/webapp.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { STATUSSEN } from './schermen.js';
import { alinea, bedrag, gegevens, heeftRol, knop, link, melding, opDatum, tabel, vandaag } from './onderdelen.js';

const STATUS = new Map(STATUSSEN);
/** De overgangen van CasusStatus.volgende() in de api. */
const VOLGENDE = {
  aangemeld: ['in_voorbereiding', 'afgesloten'],
  in_voorbereiding: ['geagendeerd', 'afgesloten'],
  geagendeerd: ['besloten', 'in_voorbereiding'],
  besloten: ['in_uitvoering', 'afgesloten'],
  in_uitvoering: ['afgesloten'],
  afgesloten: [],
};
const RESULTATEN = [
  ['doorbraak', 'Doorbraak'],
  ['opgelost_zonder_doorbraak', 'Opgelost zonder doorbraak'],
  ['terugverwezen', 'Terugverwezen'],
];
/** Over een casus in deze statussen kan een besluit worden genomen. */
const BESLUITBAAR = ['geagendeerd', 'besloten', 'in_uitvoering'];

// ---- wat de delen delen ----

/** Per getoonde casus (een nieuw object na elke ctx.toon()) één keer laden, voor alle delen samen. */
const geheugen = new WeakMap();
function eenmaal(c, sleutel, haal) {
  let m = geheugen.get(c);
  if (!m) {
    m = new Map();
    geheugen.set(c, m);
  }
  if (!m.has(sleutel)) {
    m.set(sleutel, haal());
  }
  return m.get(sleutel);
}

/** Alle pagina's van een lijst van de API (pageSize 100), zolang doorgaan(resultaten) het wil. */
async function alle(basis, doorgaan = () => true) {
  const uit = [];
  let pagina = 1;
  for (;;) {
    const scheiding = basis.includes('?') ? '&' : '?';
    const a = await api('GET', `${basis}${scheiding}pageSize=100&page=${pagina}`);
    uit.push(...a.results);
    if (!a.next || pagina >= 20 || !doorgaan(a.results)) {
      return uit;
    }
    pagina += 1;
  }
}

function gemeente(ctx) {
  return ctx.sessie.gebruiker.gemeente;
}

function tafelVan(ctx, c) {
  return eenmaal(c, 'tafel', () => api('GET', pad`/api/gemeenten/${gemeente(ctx)}/tafels/${c.tafelId}`));
}

function besluitenVan(ctx, c) {
  return eenmaal(c, 'besluiten', () => alle(pad`/api/gemeenten/${gemeente(ctx)}/casussen/${c.id}/besluiten`));
}

/** De bijeenkomsten van de tafel van de casus, de nieuwste eerst, tot de dag dat de casus binnenkwam. */
function bijeenkomstenVan(ctx, c) {
  const sinds = (c.aangemaakt || '').substring(0, 10);
  return eenmaal(c, 'bijeenkomsten', () => alle(`${pad`/api/gemeenten/${gemeente(ctx)}/bijeenkomsten`}?${
    new URLSearchParams({ tafel: c.tafelId })}`, (r) => r.length && r[r.length - 1].datum >= sinds));
}

/** Een besluit dat nog geldt (niet gecorrigeerd): alleen daar horen nieuwe uitgaven en acties bij. */
function geldend(besluiten) {
  return besluiten.filter((b) => !b.gecorrigeerdDoor);
}

function besluitNaam(b) {
  const tekst = b.omschrijving.length > 60 ? `${b.omschrijving.substring(0, 57)}…` : b.omschrijving;
  return `${opDatum(b.genomen)}: ${tekst}`;
}

/**
 * Een melding die een ctx.toon() overleeft: na een wijziging tekent het casusscherm zich opnieuw (de status bovenaan
 * kan veranderd zijn) en toont het deel dat de wijziging deed wat er gebeurde.
 */
let nagekomen = null;
async function klaarMet(ctx, deel, tekst) {
  nagekomen = { deel, tekst };
  await ctx.toon();
}
function toonNagekomen(deel) {
  if (!nagekomen || nagekomen.deel !== deel) {
    return null;
  }
  const m = melding('ok', nagekomen.tekst, `${deel}-klaar`);
  m.setAttribute('tabindex', '-1');
  nagekomen = null;
  // after the redraw the focus is on the h1; this part's message is what the user wants to hear
  setTimeout(() => m.isConnected && m.focus(), 0);
  return m;
}

/** Een knop die een formulier toont of verbergt (aria-expanded), zodat het scherm kort blijft. */
function uitklap(tekst, id, inhoud) {
  const vak = el('div', { id, hidden: true }, inhoud);
  const k = knop(tekst, () => {
    const open = vak.hidden;
    vak.hidden = !open;
    k.setAttribute('aria-expanded', String(open));
    if (open) {
      const eerste = vak.querySelector('input, select, textarea');
      if (eerste) {
        eerste.focus();
      }
    }
  }, 'secondary', { 'aria-expanded': 'false', 'aria-controls': id, id: `${id}-knop` });
  return [el('div', { class: 'utrecht-button-group doorbraak-uitklap' }, k), vak];
}

/** Zet de velden met deze namen in een fieldset met legend (formulier() kent alleen losse velden). */
function groepeer(f, namen, legend, uitleg) {
  const rijen = namen.map((n) => f.element.querySelector(`[data-veld="${CSS.escape(n)}"]`)).filter(Boolean);
  if (!rijen.length) {
    return;
  }
  const set = el('fieldset', { class: 'utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset doorbraak-groep' },
    el('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, legend),
    uitleg ? el('p', { class: 'utrecht-paragraph' }, uitleg) : null);
  rijen[0].before(set);
  set.append(...rijen);
}

/** Haalt "(niet verplicht)" weg bij velden die alleen in een bepaald geval verplicht zijn (de API zegt wanneer). */
function zonderOptioneel(f, namen) {
  for (const n of namen) {
    const r = f.element.querySelector(`[data-veld="${CSS.escape(n)}"] .doorbraak-optioneel`);
    if (r) {
      r.remove();
    }
  }
}

// ---- status ----

export function status(ctx, c, houder) {
  const volgende = VOLGENDE[c.status] || [];
  const klaar = toonNagekomen('status');
  if (!volgende.length) {
    vervang(houder, klaar, alinea(`De casus is afgesloten${c.resultaat ? ` (${RESULTATEN.find(([r]) => r === c.resultaat)?.[1] || c.resultaat})` : ''}.`));
    return;
  }
  const velden = [
    { naam: 'status', label: 'Nieuwe status', type: 'keuze', verplicht: true,
      opties: volgende.map((s) => [s, STATUS.get(s) || s]),
      beschrijving: 'Geagendeerd wordt een casus op de agenda van een bijeenkomst, besloten met een besluit; '
        + 'hier kan dat alleen als dat al zo is.' },
    { naam: 'reden', label: 'Reden', type: 'tekstvak', rijen: 2, maxLengte: 1000,
      beschrijving: 'Verplicht bij afsluiten.' },
  ];
  if (volgende.includes('afgesloten')) {
    velden.push({ naam: 'resultaat', label: 'Resultaat', type: 'keuze', opties: RESULTATEN,
      beschrijving: 'Alleen bij afsluiten.' });
    if (heeftRol(ctx.sessie, 'casusregisseur')) {
      velden.push({ naam: 'ondanksOpenstaand', label: 'Toch als doorbraak afsluiten, ook al staat er nog een actie of '
        + 'escalatie open', type: 'janee', verplicht: true });
    }
  }
  const f = formulier({
    id: 'statusformulier',
    velden,
    knop: 'Status wijzigen',
    bezigTekst: 'De status wordt gewijzigd…',
    verstuur: (w) => {
      const body = { status: w.status };
      if (w.reden) {
        body.reden = w.reden;
      }
      if (w.status === 'afgesloten' && w.resultaat) {
        body.resultaat = w.resultaat;
      }
      if (w.ondanksOpenstaand) {
        body.ondanksOpenstaand = true;
      }
      return api('POST', pad`/api/gemeenten/${gemeente(ctx)}/casussen/${c.id}/status`, body);
    },
    klaar: (nieuw) => klaarMet(ctx, 'status', `De status is nu: ${(STATUS.get(nieuw.status) || nieuw.status).toLowerCase()}.`),
  });
  vervang(houder, klaar, ...uitklap('Status wijzigen', 'status-uitklap', f.element));
}

// ---- agenda ----

export async function agenda(ctx, c, houder) {
  const bijeenkomsten = await bijeenkomstenVan(ctx, c);
  if (!ctx.actueel()) {
    return;
  }
  const nu = vandaag();
  const op = bijeenkomsten.filter((b) => b.agenda.includes(c.id)).sort((a, b) => a.datum.localeCompare(b.datum));
  const komend = bijeenkomsten.filter((b) => b.datum >= nu && !b.agenda.includes(c.id))
    .sort((a, b) => a.datum.localeCompare(b.datum));
  const delen = [toonNagekomen('agenda')];
  if (op.length) {
    delen.push(tabel({
      id: 'agenda-bijeenkomsten',
      bijschrift: 'Bijeenkomsten waar de casus op de agenda staat',
      koppen: ['Datum', 'Wanneer', 'Plaats op de agenda'],
      rijen: op.map((b) => [opDatum(b.datum), b.datum >= nu ? 'Komt nog' : 'Geweest',
        `${b.agenda.indexOf(c.id) + 1} van ${b.agenda.length}`]),
      rijAttributen: (i) => ({ 'data-bijeenkomst': op[i].id }),
    }));
  } else {
    delen.push(alinea('De casus staat nog op geen agenda.', { id: 'agenda-leeg' }));
  }
  if (c.status === 'afgesloten') {
    vervang(houder, ...delen);
    return;
  }
  if (!komend.length) {
    delen.push(alinea('Er is geen komende bijeenkomst van deze tafel waar de casus nog op kan.'));
    vervang(houder, ...delen);
    return;
  }
  if (c.status === 'aangemeld') {
    delen.push(melding('info', 'Alleen een casus in voorbereiding kan op de agenda. Zet hem eerst in voorbereiding '
      + '(bij Status).'));
  }
  const f = formulier({
    id: 'agendaformulier',
    velden: [{ naam: 'bijeenkomst', label: 'Komende bijeenkomst van de tafel', type: 'keuze', verplicht: true,
      opties: komend.map((b) => [b.id, `${opDatum(b.datum)} (${b.agenda.length === 1 ? '1 casus' : `${b.agenda.length} casussen`} op de agenda)`]) }],
    knop: 'Op de agenda zetten',
    bezigTekst: 'De casus wordt geagendeerd…',
    verstuur: (w) => api('POST', pad`/api/gemeenten/${gemeente(ctx)}/bijeenkomsten/${w.bijeenkomst}/agenda`,
      { casusId: c.id }),
    klaar: (b) => klaarMet(ctx, 'agenda', `De casus staat op de agenda van de bijeenkomst van ${opDatum(b.datum)}.`),
  });
  delen.push(f.element);
  vervang(houder, ...delen);
}

// ---- besluiten ----

function besluitArtikel(b, alleBesluiten) {
  const w = b.waardendriehoek || {};
  const correctie = b.corrigeert ? alleBesluiten.find((x) => x.id === b.corrigeert) : null;
  return el('article', { class: 'doorbraak-besluit', 'data-besluit': b.id },
    el('h3', { class: 'utrecht-heading-3 utrecht-heading-3--distanced' },
      `${b.soort === 'doorbraak' ? 'Doorbraak' : 'Regulier besluit'} van ${opDatum(b.genomen)}`),
    b.gecorrigeerdDoor ? melding('warning', 'Dit besluit is gecorrigeerd door een later besluit en geldt niet meer.') : null,
    gegevens(null, [
      ['Besluit', el('span', { class: 'doorbraak-hulpvraag', 'data-veld': 'omschrijving' }, b.omschrijving)],
      ['Genomen door', (b.deelnemers || []).map((d) => `${d.naam} (${d.organisatie})`).join(', ')],
      w.legitimiteit ? ['Legitimiteit', el('span', { 'data-veld': 'legitimiteit' }, w.legitimiteit)] : null,
      w.rendement || w.rendementBedrag !== null && w.rendementBedrag !== undefined
        ? ['Rendement', el('span', { 'data-veld': 'rendement' }, [w.rendement,
          w.rendementBedrag !== null && w.rendementBedrag !== undefined ? `ongeveer ${bedrag(w.rendementBedrag)}` : null]
          .filter(Boolean).join('; '))] : null,
      w.betrokkenheid ? ['Betrokkenheid', el('span', { 'data-veld': 'betrokkenheid' }, w.betrokkenheid)] : null,
      (b.toezeggingen || []).length ? ['Toezeggingen', (b.toezeggingen || [])
        .map((t) => `${t.organisatie}: ${bedrag(t.bedrag)}${t.omschrijving ? ` (${t.omschrijving})` : ''}`).join('; ')] : null,
      (b.uitgaven || []).length ? ['Uitgaven uit een potje', (b.uitgaven || [])
        .map((u) => `${bedrag(u.bedrag)}${u.omschrijving ? ` (${u.omschrijving})` : ''}`).join('; ')] : null,
      correctie ? ['Corrigeert', besluitNaam(correctie)] : null,
    ]));
}

export async function besluiten(ctx, c, houder) {
  const [lijst, tafel, bijeenkomsten] = await Promise.all([besluitenVan(ctx, c), tafelVan(ctx, c),
    bijeenkomstenVan(ctx, c).catch(() => [])]);
  if (!ctx.actueel()) {
    return;
  }
  const delen = [toonNagekomen('besluiten')];
  const nieuwste = [...lijst].sort((a, b) => b.genomen.localeCompare(a.genomen));
  delen.push(nieuwste.length ? el('div', { id: 'besluitenlijst' }, nieuwste.map((b) => besluitArtikel(b, lijst)))
    : alinea('Er is nog geen besluit over deze casus.', { id: 'besluiten-leeg' }));
  if (!BESLUITBAAR.includes(c.status)) {
    if (c.status !== 'afgesloten') {
      delen.push(alinea('Een besluit kan over een casus die geagendeerd, besloten of in uitvoering is. Zet de casus '
        + 'eerst op de agenda van een bijeenkomst.'));
    }
    vervang(houder, ...delen);
    return;
  }
  delen.push(...uitklap('Nieuw besluit vastleggen', 'besluit-uitklap', besluitFormulier(ctx, c, tafel, lijst,
    bijeenkomsten).element));
  vervang(houder, ...delen);
}

function besluitFormulier(ctx, c, tafel, lijst, bijeenkomsten) {
  const nu = vandaag();
  const deelnemers = tafel.deelnemers || [];
  const geweest = bijeenkomsten.filter((b) => b.datum <= nu && b.agenda.includes(c.id))
    .sort((a, b) => b.datum.localeCompare(a.datum));
  const organisaties = [...new Set(deelnemers.map((d) => d.organisatie))];
  const nemerVelden = deelnemers.map((d, i) => ({
    naam: `deelnemer.${i}`,
    // verplicht only hides "(niet verplicht)": a checkbox is never checked by the form itself
    verplicht: true,
    type: 'janee',
    label: `${d.naam} (${d.organisatie}; ${d.mandaatBedrag === null || d.mandaatBedrag === undefined
      ? 'geen mandaat voor geld' : `mandaat tot ${bedrag(d.mandaatBedrag)}`})`,
  }));
  const driehoek = ['waardendriehoek.legitimiteit', 'waardendriehoek.rendement', 'waardendriehoek.rendementBedrag',
    'waardendriehoek.betrokkenheid'];
  const f = formulier({
    id: 'besluitformulier',
    velden: [
      { naam: 'soort', label: 'Soort besluit', type: 'keuze', verplicht: true,
        opties: [['doorbraak', 'Doorbraak: wijkt af van de gewone route'], ['regulier', 'Regulier: binnen de gewone regels']] },
      { naam: 'omschrijving', label: 'Wat is besloten', type: 'tekstvak', verplicht: true, rijen: 3, maxLengte: 4000 },
      { naam: 'bijeenkomstId', label: 'Op de bijeenkomst', type: 'keuze',
        opties: geweest.map((b) => [b.id, `Bijeenkomst van ${opDatum(b.datum)}`]),
        beschrijving: 'Leeg: een besluit buiten een bijeenkomst, bijvoorbeeld via de korte lijn.' },
      ...nemerVelden,
      { naam: 'waardendriehoek.legitimiteit', label: 'Legitimiteit', type: 'tekstvak', rijen: 2, maxLengte: 2000,
        beschrijving: 'Welke regel, welk artikel of welke hardheidsclausule staat dit toe?' },
      { naam: 'waardendriehoek.rendement', label: 'Rendement', type: 'tekstvak', rijen: 2, maxLengte: 2000,
        beschrijving: 'Welke maatschappelijke kosten voorkomt het?' },
      { naam: 'waardendriehoek.rendementBedrag', label: 'Rendement in euro\'s', type: 'bedrag', min: 0,
        beschrijving: 'Ongeveer: hoeveel maatschappelijke kosten voorkomt het besluit?' },
      { naam: 'waardendriehoek.betrokkenheid', label: 'Betrokkenheid', type: 'tekstvak', rijen: 2, maxLengte: 2000,
        beschrijving: 'Hoe doet de inwoner mee, en stemt hij of zij in?' },
      { naam: 'toezeggingen.0.organisatie', label: 'Organisatie', type: 'keuze', opties: organisaties.map((o) => [o, o]) },
      { naam: 'toezeggingen.0.bedrag', label: 'Bedrag', type: 'bedrag', min: 0 },
      { naam: 'toezeggingen.0.omschrijving', label: 'Waarvoor', maxLengte: 1000 },
    ],
    knop: 'Besluit vastleggen',
    bezigTekst: 'Het besluit wordt vastgelegd…',
    verstuur: async (w) => {
      const gekozen = deelnemers.map((d, i) => (w.deelnemer && w.deelnemer[i] ? i : -1)).filter((i) => i >= 0);
      const body = { soort: w.soort, omschrijving: w.omschrijving, deelnemers: gekozen.map((i) => deelnemers[i].naam) };
      const wd = Object.fromEntries(Object.entries(w.waardendriehoek || {}).filter(([, v]) => v !== null));
      if (Object.keys(wd).length) {
        body.waardendriehoek = wd;
      }
      if (w.bijeenkomstId) {
        body.bijeenkomstId = w.bijeenkomstId;
      }
      const t = w.toezeggingen && w.toezeggingen[0];
      if (t && (t.organisatie || t.bedrag !== null || t.omschrijving)) {
        body.toezeggingen = [Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null))];
      }
      try {
        return await api('POST', pad`/api/gemeenten/${gemeente(ctx)}/casussen/${c.id}/besluiten`, body);
      } catch (fout) {
        // deelnemers.k is the k-th chosen name: the checkbox of that deelnemer; "deelnemers" the first checkbox
        if (fout instanceof ApiFout) {
          fout.invalidParams = fout.invalidParams.map((p) => {
            const m = /^deelnemers(?:\.(\d+))?(?:\..*)?$/.exec(p.name || '');
            if (!m || !deelnemers.length) {
              return p;
            }
            const i = m[1] === undefined ? (gekozen[0] ?? 0) : (gekozen[Number(m[1])] ?? 0);
            return { ...p, name: `deelnemer.${i}` };
          });
        }
        throw fout;
      }
    },
    klaar: () => klaarMet(ctx, 'besluiten', 'Het besluit is vastgelegd.'),
  });
  groepeer(f, nemerVelden.map((v) => v.naam), 'Wie nemen het besluit',
    'Deelnemers van de tafel. Geld toezeggen of uitgeven kan alleen binnen hun mandaat.');
  groepeer(f, driehoek, 'Waardendriehoek', 'Een doorbraak rust op alle drie de zijden: legitimiteit, rendement '
    + '(met een bedrag) en betrokkenheid.');
  zonderOptioneel(f, driehoek);
  groepeer(f, ['toezeggingen.0.organisatie', 'toezeggingen.0.bedrag', 'toezeggingen.0.omschrijving'],
    'Toezegging van een organisatie', 'Niet verplicht. Wat het besluit een organisatie laat betalen, binnen het '
    + 'mandaat van een deelnemer van die organisatie.');
  return f;
}

// ---- uitgaven uit een potje ----

export async function uitgaven(ctx, c, houder) {
  const g = gemeente(ctx);
  const [potjesAlle, lijst] = await Promise.all([alle(pad`/api/gemeenten/${g}/potjes`), besluitenVan(ctx, c)]);
  if (!ctx.actueel()) {
    return;
  }
  // a potje of another tafel cannot pay for this casus
  const potjes = potjesAlle.filter((p) => !p.tafelId || p.tafelId === c.tafelId);
  const naamVan = new Map(potjesAlle.map((p) => [p.id, p.naam]));
  const delen = [toonNagekomen('uitgaven')];
  delen.push(potjes.length ? tabel({
    id: 'potjes-saldo',
    bijschrift: 'Potjes voor deze casus, met hun saldo',
    koppen: ['Potje', 'Saldo'],
    // the potje's own screen (js/potjes.js) shows all its mutaties
    rijen: potjes.map((p) => [link(pad`/potjes/${p.id}`, p.naam), bedrag(p.saldo)]),
    rijAttributen: (i) => ({ 'data-potje': potjes[i].id }),
  }) : alinea('Er is geen potje voor deze tafel.'));
  const gedaan = lijst.flatMap((b) => (b.uitgaven || []).map((u) => ({ u, b })))
    .sort((x, y) => String(y.u.op).localeCompare(String(x.u.op)));
  if (gedaan.length) {
    delen.push(el('h3', { class: 'utrecht-heading-3 utrecht-heading-3--distanced' }, 'Uitgaven voor deze casus'), tabel({
      id: 'uitgaven-casus',
      bijschrift: 'Uitgaven uit een potje voor deze casus',
      koppen: ['Datum', 'Potje', 'Bedrag', 'Besluit', 'Waarvoor'],
      rijen: gedaan.map(({ u, b }) => [opDatum(u.op), naamVan.get(u.potjeId) || '', bedrag(u.bedrag), besluitNaam(b),
        u.omschrijving || '']),
    }));
  }
  const besluitbaar = geldend(lijst);
  if (!besluitbaar.length) {
    delen.push(alinea('Een uitgave hoort altijd bij een besluit. Neem eerst een besluit over de casus.'));
  } else if (potjes.length && c.status !== 'afgesloten') {
    const f = formulier({
      id: 'uitgaveformulier',
      velden: [
        { naam: 'besluitId', label: 'Bij het besluit', type: 'keuze', verplicht: true,
          opties: besluitbaar.map((b) => [b.id, besluitNaam(b)]) },
        { naam: 'potjeId', label: 'Uit het potje', type: 'keuze', verplicht: true,
          opties: potjes.map((p) => [p.id, `${p.naam} (saldo ${bedrag(p.saldo)})`]) },
        { naam: 'bedrag', label: 'Bedrag', type: 'bedrag', verplicht: true, min: 0,
          beschrijving: 'In euro\'s, binnen het mandaat van wie het besluit namen.' },
        { naam: 'omschrijving', label: 'Waarvoor', maxLengte: 1000 },
      ],
      knop: 'Uitgave vastleggen',
      bezigTekst: 'De uitgave wordt vastgelegd…',
      verstuur: (w) => {
        const body = { besluitId: w.besluitId, bedrag: w.bedrag };
        if (w.omschrijving) {
          body.omschrijving = w.omschrijving;
        }
        return api('POST', pad`/api/gemeenten/${g}/potjes/${w.potjeId}/uitgaven`, body);
      },
      klaar: (m) => klaarMet(ctx, 'uitgaven', `${bedrag(m.bedrag)} uit ${naamVan.get(m.potjeId) || 'het potje'} `
        + `vastgelegd; het saldo is nu ${bedrag(m.saldoNa)}.`),
    });
    delen.push(...uitklap('Uitgave uit een potje', 'uitgave-uitklap', f.element));
  }
  vervang(houder, ...delen);
}

// ---- acties ----

export async function acties(ctx, c, houder) {
  const g = gemeente(ctx);
  const [lijst, besluitenLijst] = await Promise.all([alle(pad`/api/gemeenten/${g}/casussen/${c.id}/acties`),
    besluitenVan(ctx, c)]);
  if (!ctx.actueel()) {
    return;
  }
  const delen = [toonNagekomen('acties')];
  const fout = el('div', { id: 'acties-fout' });
  delen.push(fout);
  if (lijst.length) {
    const gesorteerd = [...lijst].sort((a, b) => a.deadline.localeCompare(b.deadline));
    delen.push(tabel({
      id: 'actielijst',
      bijschrift: 'Acties van deze casus',
      koppen: ['Actie', 'Organisatie', 'Eigenaar', 'Deadline', 'Stand', 'Gereed melden'],
      rijen: gesorteerd.map((a) => [a.omschrijving, a.organisatie, a.eigenaar || '', opDatum(a.deadline),
        a.gereed ? `Gereed op ${opDatum(a.gereed)}` : (a.verlopen ? 'Verlopen' : 'Open'),
        a.gereed ? '' : knop('Gereed', async (e) => {
          const k = e.currentTarget;
          k.disabled = true;
          k.setAttribute('aria-busy', 'true');
          vervang(fout);
          try {
            await api('POST', pad`/api/gemeenten/${g}/acties/${a.id}/gereed`);
            await klaarMet(ctx, 'acties', `De actie "${a.omschrijving}" is gereed gemeld.`);
          } catch (f) {
            if (f instanceof ApiFout && f.status === 401) {
              ctx.toon();
              return;
            }
            k.disabled = false;
            k.removeAttribute('aria-busy');
            vervang(fout, melding('error', f.detail || 'Gereed melden lukte niet.'));
          }
        }, 'secondary', { 'aria-label': `Gereed melden: ${a.omschrijving}` })]),
      rijAttributen: (i) => ({ 'data-actie': gesorteerd[i].id }),
    }));
  } else {
    delen.push(alinea('Er zijn nog geen acties.', { id: 'acties-leeg' }));
  }
  const besluitbaar = geldend(besluitenLijst);
  if (besluitbaar.length && c.status !== 'afgesloten') {
    const f = formulier({
      id: 'actieformulier',
      velden: [
        { naam: 'besluitId', label: 'Volgt uit het besluit', type: 'keuze', verplicht: true,
          opties: besluitbaar.map((b) => [b.id, besluitNaam(b)]) },
        { naam: 'omschrijving', label: 'Wat moet er gebeuren', verplicht: true, maxLengte: 1000 },
        { naam: 'organisatie', label: 'Organisatie die het doet', verplicht: true, maxLengte: 200 },
        { naam: 'eigenaar', label: 'Eigenaar', maxLengte: 200, beschrijving: 'Naam van wie het oppakt.' },
        { naam: 'deadline', label: 'Deadline', type: 'datum', verplicht: true, min: vandaag() },
      ],
      knop: 'Actie toevoegen',
      bezigTekst: 'De actie wordt vastgelegd…',
      verstuur: (w) => {
        const body = { omschrijving: w.omschrijving, organisatie: w.organisatie, deadline: w.deadline };
        if (w.eigenaar) {
          body.eigenaar = w.eigenaar;
        }
        return api('POST', pad`/api/gemeenten/${g}/besluiten/${w.besluitId}/acties`, body);
      },
      klaar: () => klaarMet(ctx, 'acties', 'De actie is toegevoegd.'),
    });
    delen.push(...uitklap('Nieuwe actie', 'actie-uitklap', f.element));
  } else if (!besluitbaar.length) {
    delen.push(alinea('Een actie volgt uit een besluit. Neem eerst een besluit over de casus.'));
  }
  vervang(houder, ...delen);
}
