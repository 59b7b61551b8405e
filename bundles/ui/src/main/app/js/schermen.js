// De schermen: inloggen, de lijst met casussen, één casus. Elk scherm krijgt de context van app.js (routes.json).
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { kop, kop2, melding, opDatum, veld } from './onderdelen.js';

export const STATUSSEN = [
  ['aangemeld', 'Aangemeld'],
  ['in_voorbereiding', 'In voorbereiding'],
  ['geagendeerd', 'Geagendeerd'],
  ['besloten', 'Besloten'],
  ['in_uitvoering', 'In uitvoering'],
  ['afgesloten', 'Afgesloten'],
];
const STATUS = new Map(STATUSSEN);
const PAGINA_GROOTTE = 20;

function statusTekst(code) {
  return STATUS.get(code) || code || '';
}

// ---- inloggen ----

export function inloggen(ctx) {
  ctx.titel('Inloggen');
  const fout = el('div', { id: 'inlogfout' });
  const naam = el('input', {
    class: 'utrecht-textbox utrecht-textbox--html-input', id: 'gebruikersnaam', name: 'gebruikersnaam',
    autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false',
  });
  const wachtwoord = el('input', {
    class: 'utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password', id: 'wachtwoord',
    name: 'wachtwoord', type: 'password', autocomplete: 'current-password', required: true,
  });
  const knop = el('button', { class: 'utrecht-button utrecht-button--primary-action utrecht-button--submit', type: 'submit' },
    'Inloggen');
  const formulier = el('form', { class: 'utrecht-form doorbraak-formulier', novalidate: true, 'aria-describedby': 'inlogfout' },
    veld('gebruikersnaam', 'Gebruikersnaam', naam),
    veld('wachtwoord', 'Wachtwoord', wachtwoord),
    el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' }, knop));
  formulier.addEventListener('submit', async (e) => {
    e.preventDefault();
    vervang(fout);
    if (!naam.value.trim() || !wachtwoord.value) {
      vervang(fout, melding('error', 'Vul uw gebruikersnaam en wachtwoord in.'));
      (naam.value.trim() ? wachtwoord : naam).focus();
      return;
    }
    knop.disabled = true;
    knop.setAttribute('aria-busy', 'true');
    try {
      const sessie = await api('POST', '/api/sessies', { gebruikersnaam: naam.value.trim(), wachtwoord: wachtwoord.value });
      await ctx.ingelogd(sessie);
    } catch (f) {
      wachtwoord.value = '';
      vervang(fout, melding('error', f instanceof ApiFout ? f.detail : 'Inloggen lukte niet.'));
      wachtwoord.focus();
    } finally {
      knop.disabled = false;
      knop.removeAttribute('aria-busy');
    }
  });
  // (js/sso.js) under the form: a button per gemeente with SSO, and choosing a password with a one-time code
  const aanvulling = el('div', { id: 'inlog-aanvulling' });
  import('./sso.js').then((m) => m.inlogAanvulling(ctx, aanvulling)).catch(() => {});
  vervang(ctx.inhoud, kop('Inloggen'),
    el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced' }, 'Log in met het account dat u van uw gemeente kreeg.'),
    fout, formulier, aanvulling);
  return naam;
}

// ---- casussen ----

export async function casussen(ctx) {
  ctx.titel('Casussen');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Mijn casussen');
  if (!g) {
    vervang(ctx.inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente. Casussen staan per gemeente; '
      + 'de schermen voor het platform komen in een volgende versie.'));
    return h1;
  }
  const staat = ctx.lijst;
  const select = el('select', { class: 'utrecht-select utrecht-select--html-select', id: 'status', name: 'status' },
    el('option', { value: '' }, 'Alle statussen'),
    STATUSSEN.map(([code, tekst]) => el('option', { value: code, selected: staat.status === code }, tekst)));
  const filter = el('form', { class: 'doorbraak-filter', role: 'search', 'aria-label': 'Casussen filteren' },
    veld('status', 'Status', select),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'submit' }, 'Toon'));
  filter.addEventListener('submit', (e) => {
    e.preventDefault();
    staat.status = select.value;
    staat.pagina = 1;
    ctx.toon();
  });
  const aantal = el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced', id: 'aantal', role: 'status' }, 'Casussen worden geladen…');
  const lijst = el('div', { id: 'lijst' });
  vervang(ctx.inhoud, h1, filter, aantal, lijst);

  const query = new URLSearchParams({ page: String(staat.pagina), pageSize: String(PAGINA_GROOTTE) });
  if (staat.status) {
    query.set('status', staat.status);
  }
  let antwoord;
  try {
    antwoord = await api('GET', `${pad`/api/gemeenten/${g}/casussen`}?${query}`);
  } catch (f) {
    vervang(aantal);
    vervang(lijst, melding('error', f.detail || 'De casussen konden niet worden geladen.'));
    return h1;
  }
  if (!ctx.actueel()) {
    return h1;
  }
  const count = antwoord.count;
  const paginas = Math.max(1, Math.ceil(count / PAGINA_GROOTTE));
  vervang(aantal, count === 1 ? '1 casus' : `${count} casussen`,
    staat.status ? ` met status ${statusTekst(staat.status).toLowerCase()}` : '', '.');
  if (count === 0) {
    return h1;
  }
  const rijen = antwoord.results.map((c) => {
    const href = pad`/casussen/${c.id}`;
    const rij = el('tr', { class: 'utrecht-table__row doorbraak-rij', 'data-casus': c.id },
      el('td', { class: 'utrecht-table__cell' }, el('a', { class: 'utrecht-link', href, 'data-route': true }, c.titel)),
      el('td', { class: 'utrecht-table__cell' }, statusTekst(c.status)),
      el('td', { class: 'utrecht-table__cell' }, c.thema || ''),
      el('td', { class: 'utrecht-table__cell' }, opDatum(c.aangemaakt)));
    // the whole row is clickable with a mouse; the link in it is the way for the keyboard
    rij.addEventListener('click', (e) => {
      if (!e.target.closest('a')) {
        ctx.navigeer(href);
      }
    });
    return rij;
  });
  const tabel = el('table', { class: 'utrecht-table utrecht-table--html-table utrecht-table--row-hover' },
    el('caption', { class: 'utrecht-table__caption doorbraak-onzichtbaar' }, 'Casussen'),
    el('thead', { class: 'utrecht-table__header' },
      el('tr', { class: 'utrecht-table__row' },
        ['Titel', 'Status', 'Thema', 'Aangemeld'].map((t) => el('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t)))),
    el('tbody', { class: 'utrecht-table__body' }, rijen));
  const naar = (p) => () => {
    staat.pagina = p;
    ctx.toon();
  };
  const bladeren = el('nav', { class: 'doorbraak-bladeren', 'aria-label': 'Paginering' },
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', disabled: !antwoord.previous,
      onclick: naar(staat.pagina - 1) }, 'Vorige'),
    el('span', { id: 'pagina' }, `Pagina ${staat.pagina} van ${paginas}`),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', disabled: !antwoord.next,
      onclick: naar(staat.pagina + 1) }, 'Volgende'));
  vervang(lijst, el('div', { class: 'doorbraak-tabel-houder' }, tabel), bladeren);
  return h1;
}

// ---- één casus ----

function gegeven(naam, ...waarde) {
  return el('div', { class: 'utrecht-data-list__item' },
    el('dt', { class: 'utrecht-data-list__item-key' }, naam),
    el('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, ...waarde));
}

export async function casus(ctx, { id }) {
  ctx.titel('Casus');
  const g = ctx.sessie.gebruiker.gemeente;
  const terug = el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced' },
    el('a', { class: 'utrecht-link', href: '/casussen', 'data-route': true }, 'Terug naar de casussen'));
  vervang(ctx.inhoud, el('p', { class: 'utrecht-paragraph', role: 'status' }, 'De casus wordt geladen…'));
  let c;
  try {
    if (!g) {
      throw new ApiFout(404, { title: 'Niet gevonden', detail: 'Uw account hoort niet bij een gemeente.' });
    }
    c = await api('GET', pad`/api/gemeenten/${g}/casussen/${id}`);
  } catch (f) {
    if (!ctx.actueel()) {
      return null;
    }
    const h1 = kop(f.status === 404 ? 'Casus niet gevonden' : 'De casus kon niet worden geladen');
    ctx.titel(f.status === 404 ? 'Niet gevonden' : 'Fout');
    vervang(ctx.inhoud, h1, melding('error', f.status === 404
      ? 'Deze casus is niet gevonden, of u heeft er geen toegang toe.' : f.detail), terug);
    return h1;
  }
  if (!ctx.actueel()) {
    return null;
  }
  let tafel = c.tafelId;
  try {
    tafel = (await api('GET', pad`/api/gemeenten/${g}/tafels/${c.tafelId}`)).naam || c.tafelId;
  } catch (f) {
    // the tafel's name is extra: without access to the tafel the id is shown
  }
  if (!ctx.actueel()) {
    return null;
  }
  const h1 = kop(c.titel);
  const gegevens = el('dl', { class: 'utrecht-data-list utrecht-data-list--rows', id: 'casusgegevens' },
    gegeven('Status', el('span', { id: 'casusstatus' }, statusTekst(c.status)), c.resultaat ? ` (${c.resultaat})` : ''),
    gegeven('Hulpvraag', el('span', { class: 'doorbraak-hulpvraag', id: 'hulpvraag' }, c.hulpvraag)),
    gegeven('Tafel', el('span', { id: 'tafel' }, tafel)),
    gegeven('Variant', el('span', { id: 'variant' }, c.variant)),
    c.thema ? gegeven('Thema', c.thema) : null,
    c.inwoner ? gegeven('Inwoner', [c.inwoner.pseudoniem, c.inwoner.initialen].filter(Boolean).join(', ')) : null,
    (c.betrokkenOrganisaties || []).length ? gegeven('Betrokken organisaties', c.betrokkenOrganisaties.join(', ')) : null,
    gegeven('Aangemeld', opDatum(c.aangemaakt, true)));
  const historie = el('table', { class: 'utrecht-table utrecht-table--html-table', id: 'historie' },
    el('caption', { class: 'utrecht-table__caption doorbraak-onzichtbaar' }, 'Statusgeschiedenis'),
    el('thead', { class: 'utrecht-table__header' },
      el('tr', { class: 'utrecht-table__row' },
        ['Datum', 'Van', 'Naar', 'Door', 'Reden'].map((t) => el('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t)))),
    el('tbody', { class: 'utrecht-table__body' }, (c.historie || []).map((h) => el('tr', { class: 'utrecht-table__row' },
      el('td', { class: 'utrecht-table__cell' }, opDatum(h.op, true)),
      el('td', { class: 'utrecht-table__cell' }, h.van ? statusTekst(h.van) : '—'),
      el('td', { class: 'utrecht-table__cell' }, statusTekst(h.naar)),
      el('td', { class: 'utrecht-table__cell' }, h.door || ''),
      el('td', { class: 'utrecht-table__cell' }, h.reden || '')))));
  const variantVelden = Object.entries(c.variantData || {})
    .filter(([k, v]) => k !== 'schemaVersie' && v !== null && v !== '' && typeof v !== 'object');
  const pluginDelen = el('div', { id: 'plugin-casusdelen' });
  const delen = CASUSDELEN.map((d) => el('section', { class: 'doorbraak-casusdeel', id: `deel-${d.id}`,
    'aria-labelledby': `deel-${d.id}-kop` }, kop2(d.titel, `deel-${d.id}-kop`),
  el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Wordt geladen…')));
  vervang(ctx.inhoud, terug, h1, gegevens,
    el('h2', { class: 'utrecht-heading-2 utrecht-heading-2--distanced' }, 'Statusgeschiedenis'),
    el('div', { class: 'doorbraak-tabel-houder' }, historie),
    variantVelden.length ? [el('h2', { class: 'utrecht-heading-2 utrecht-heading-2--distanced' }, `Gegevens van de variant ${c.variant}`),
      el('dl', { class: 'utrecht-data-list utrecht-data-list--rows', id: 'variantdata' },
        variantVelden.map(([k, v]) => gegeven(k, String(v))))] : null,
    delen, pluginDelen);
  // each part loads on its own; one the role may not read (403) disappears, another failure stays in its part
  CASUSDELEN.forEach((d, i) => toonDeel(ctx, c, d, delen[i]));
  // then the parts of plug-ins (GET /api/schermen/casusdelen), each in its own section (js/plugins.js)
  ctx.plugins.casusdelen(ctx, c.id, pluginDelen);
  return h1;
}

/**
 * De delen van het casusscherm onder de gegevens, elk uit een eigen module: {id, titel, module, deel}. De functie
 * deel(ctx, casus, houder) tekent in houder (een section met de kop al erin) en mag ctx.toon() vragen na een
 * wijziging. Zie docs/webapp.md, "Een scherm bouwen". Daarna komen de delen van plug-ins
 * (VariantEndpoint.casusdelen(), js/plugins.js).
 */
const CASUSDELEN = [
  { id: 'status', titel: 'Status', module: 'casuswerk.js', deel: 'status' },
  { id: 'agenda', titel: 'Agenda', module: 'casuswerk.js', deel: 'agenda' },
  { id: 'besluiten', titel: 'Besluiten', module: 'casuswerk.js', deel: 'besluiten' },
  { id: 'uitgaven', titel: 'Uitgaven uit een potje', module: 'casuswerk.js', deel: 'uitgaven' },
  { id: 'acties', titel: 'Acties', module: 'casuswerk.js', deel: 'acties' },
  { id: 'perspectiefplan', titel: 'Perspectiefplan', module: 'casus-perspectiefplan.js', deel: 'deel' },
  { id: 'escalatie', titel: 'Escalatie', module: 'casus-escalatie.js', deel: 'deel' },
  { id: 'signalen', titel: 'Signalen', module: 'casus-signalen.js', deel: 'deel' },
  { id: 'audittrail', titel: 'Audittrail', module: 'casus-audittrail.js', deel: 'deel' },
];

async function toonDeel(ctx, c, d, sectie) {
  const houder = el('div', { class: 'doorbraak-casusdeel__inhoud' });
  try {
    const module = await import(`./${d.module}`);
    if (!ctx.actueel()) {
      return;
    }
    sectie.lastElementChild.replaceWith(houder);
    await module[d.deel](ctx, c, houder);
  } catch (f) {
    if (!ctx.actueel()) {
      return;
    }
    if (f instanceof ApiFout && f.status === 403) {
      sectie.remove();
      return;
    }
    if (f instanceof ApiFout && f.status === 401) {
      ctx.toon();
      return;
    }
    vervang(houder, melding('error', (f instanceof ApiFout && f.detail) || 'Dit deel kon niet worden geladen.'));
    if (!houder.isConnected) {
      sectie.lastElementChild.replaceWith(houder);
    }
  }
}
