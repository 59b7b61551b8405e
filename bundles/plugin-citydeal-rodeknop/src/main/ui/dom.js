// Bouwstenen voor de schermen van de rode knop, op de componenten van het NL Design System (utrecht-*). Een plug-in
// leunt niet op de modules van de webapplicatie zelf (die zijn geen api): alles wat de schermen delen staat hier.

/** Een element met attributen (on…: listener) en kinderen (tekst, elementen, lijsten; null wordt overgeslagen). */
export function el(naam, attributen = {}, ...kinderen) {
  const e = document.createElement(naam);
  for (const [k, v] of Object.entries(attributen || {})) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k.startsWith('on') && typeof v === 'function') {
      e.addEventListener(k.slice(2), v);
    } else if (k === 'class') {
      e.className = v;
    } else if (v === true) {
      e.setAttribute(k, '');
    } else {
      e.setAttribute(k, String(v));
    }
  }
  voegToe(e, kinderen);
  return e;
}

/** Vervangt de inhoud van een element; null, undefined en false worden overgeslagen (replaceChildren schreef "null"). */
export function vervang(element, ...kinderen) {
  element.replaceChildren();
  voegToe(element, kinderen);
}

function voegToe(e, kinderen) {
  for (const k of kinderen.flat(Infinity)) {
    if (k !== null && k !== undefined && k !== false) {
      e.append(k instanceof Node ? k : String(k));
    }
  }
}

export const kop2 = (tekst, id) => el('h2', { class: 'utrecht-heading-2', id, tabindex: '-1' }, tekst);
export const kop3 = (tekst, id) => el('h3', { class: 'utrecht-heading-3', id, tabindex: '-1' }, tekst);
export const alinea = (...tekst) => el('p', { class: 'utrecht-paragraph' }, ...tekst);

/** soort: info, ok, warning, error; error is role=alert, de rest role=status. */
export function melding(soort, ...tekst) {
  return el('div', { class: `utrecht-alert utrecht-alert--${soort}`, role: soort === 'error' ? 'alert' : 'status' },
    el('div', { class: 'utrecht-alert__content' }, el('div', { class: 'utrecht-alert__message' }, alinea(...tekst))));
}

export function knop(tekst, actie, soort = 'secondary') {
  return el('button', { class: `utrecht-button utrecht-button--${soort}-action`, type: 'button', onclick: actie }, tekst);
}

/** Naam-waardeparen als utrecht-data-list; paren met een lege waarde vallen weg. */
export function gegevens(paren) {
  return el('dl', { class: 'utrecht-data-list utrecht-data-list--rows' },
    paren.filter((p) => p && p[1] !== null && p[1] !== undefined && p[1] !== '')
      .map(([naam, waarde]) => el('div', { class: 'utrecht-data-list__item' },
        el('dt', { class: 'utrecht-data-list__item-key' }, naam),
        el('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, waarde))));
}

export function lijst(items) {
  return el('ul', { class: 'utrecht-unordered-list' }, items.map((i) => el('li', { class: 'utrecht-unordered-list__item' }, i)));
}

/** Een tabel met bijschrift en kolomkoppen; cellen zijn tekst of elementen. */
export function tabel(bijschrift, koppen, rijen) {
  return el('table', { class: 'utrecht-table utrecht-table--html-table' },
    el('caption', { class: 'utrecht-table__caption' }, bijschrift),
    el('thead', { class: 'utrecht-table__header' }, el('tr', { class: 'utrecht-table__row' },
      koppen.map((k) => el('th', { class: 'utrecht-table__header-cell', scope: 'col' }, k)))),
    el('tbody', { class: 'utrecht-table__body' }, rijen.map((r) => el('tr', { class: 'utrecht-table__row' },
      r.map((c) => el('td', { class: 'utrecht-table__cell' }, c))))));
}

const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

/** 2026-12-07 of een tijdstip als "7 december 2026". */
export function datum(waarde) {
  if (!waarde) {
    return null;
  }
  const d = new Date(waarde.length === 10 ? `${waarde}T12:00:00Z` : waarde);
  return Number.isNaN(d.getTime()) ? waarde : DATUM.format(d);
}

export function bedrag(n) {
  return n === null || n === undefined ? null
    : new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
}

/** Een fout van de api met haar Nederlandse uitleg (problem+json) en, bij 400, de fouten per veld. */
export class ApiFout extends Error {
  constructor(status, probleem) {
    super(probleem.detail || probleem.title || `Status ${status}.`);
    this.status = status;
    this.velden = probleem.invalidParams || [];
  }
}

/** JSON van de api via context.fetch (sessie en CSRF-header); een fout wordt een ApiFout. */
export async function api(context, methode, pad, body) {
  const opties = { method: methode, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    opties.headers['Content-Type'] = 'application/json';
    opties.body = JSON.stringify(body);
  }
  const antwoord = await context.fetch(pad, opties);
  if (!antwoord.ok) {
    let probleem = {};
    try {
      probleem = await antwoord.json();
    } catch {
      // geen problem+json: de status zegt genoeg
    }
    throw new ApiFout(antwoord.status, probleem);
  }
  return antwoord.status === 204 ? null : antwoord.json();
}

let teller = 0;

/**
 * Een formulier; de velden krijgen id <id>-<naam met - voor leestekens>. velden: {naam, label, soort: tekst|tekstvak|datum|getal|keuze|vinkjes|keuzerondjes, verplicht,
 * beschrijving, opties: [[waarde, tekst]], waarde}. verstuur(waarden) geeft een belofte; een ApiFout met
 * invalidParams zet elke fout bij zijn veld (ook "regel.wet" en "partijen.0") en niets wat is ingevuld gaat verloren.
 */
export function formulier({ id: vastId, titel, velden, knopTekst, verstuur, annuleer }) {
  // a fixed id (and so fixed field ids: <id>-<veld>) where tests and links need one
  const id = vastId || `rk-form-${++teller}`;
  const samenvatting = el('div', {});
  const invoer = new Map();
  const blokken = velden.map((v) => {
    const veldId = `${id}-${v.naam.replace(/\W/g, '-')}`;
    const fout = el('div', { class: 'utrecht-form-field-error-message', id: `${veldId}-fout`, hidden: true });
    const uitleg = v.beschrijving ? el('div', { class: 'utrecht-form-field__description', id: `${veldId}-uitleg` }, v.beschrijving) : null;
    const label = `${v.label}${v.verplicht ? '' : ' (niet verplicht)'}`;
    if (v.soort === 'vinkjes' || v.soort === 'keuzerondjes') {
      const type = v.soort === 'vinkjes' ? 'checkbox' : 'radio';
      const keuzes = v.opties.map(([waarde, tekst], i) => {
        const kid = `${veldId}-${i}`;
        const gekozen = Array.isArray(v.waarde) ? v.waarde.includes(waarde) : v.waarde === waarde;
        const e = el('input', { class: `utrecht-${type === 'radio' ? 'radio-button' : 'checkbox'} utrecht-${type === 'radio' ? 'radio-button' : 'checkbox'}--html-input`,
          type, id: kid, name: veldId, value: waarde, checked: gekozen, onchange: v.bijWijziging });
        return el('div', { class: `utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'}` },
          el('div', { class: 'utrecht-form-field__input' }, e),
          el('div', { class: 'utrecht-form-field__label' }, el('label', { class: 'utrecht-form-label', for: kid }, tekst)));
      });
      const groep = el('fieldset', { class: 'utrecht-form-fieldset', id: veldId, 'aria-describedby': uitleg ? uitleg.id : null },
        el('legend', { class: 'utrecht-form-fieldset__legend' }, label), uitleg, fout, keuzes);
      invoer.set(v.naam, { v, groep, fout, waarde: () => {
        const aan = [...groep.querySelectorAll('input')].filter((i) => i.checked).map((i) => i.value);
        return type === 'radio' ? (aan[0] ?? null) : aan;
      }, focus: () => groep.querySelector('input')?.focus(), markeer: (aan) => groep.querySelectorAll('input')
        .forEach((i) => (aan ? i.setAttribute('aria-invalid', 'true') : i.removeAttribute('aria-invalid'))) });
      return groep;
    }
    let e;
    if (v.soort === 'tekstvak') {
      e = el('textarea', { class: 'utrecht-textarea utrecht-textarea--html-textarea', rows: v.rijen || 3 });
      e.value = v.waarde ?? '';
    } else if (v.soort === 'keuze') {
      e = el('select', { class: 'utrecht-select utrecht-select--html-select', onchange: v.bijWijziging },
        el('option', { value: '' }, 'Kies…'),
        v.opties.map(([waarde, tekst]) => el('option', { value: waarde, selected: v.waarde === waarde }, tekst)));
    } else {
      e = el('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: v.soort === 'datum' ? 'date'
        : v.soort === 'getal' ? 'number' : 'text', value: v.waarde ?? null });
    }
    e.id = veldId;
    if (v.verplicht) {
      e.setAttribute('aria-required', 'true');
    }
    if (uitleg) {
      e.setAttribute('aria-describedby', uitleg.id);
    }
    invoer.set(v.naam, { v, e, fout, waarde: () => {
      const w = e.value.trim();
      if (w === '') {
        return null;
      }
      return v.soort === 'getal' ? Number(w) : w;
    }, focus: () => e.focus(), markeer: (aan) => {
      if (aan) {
        e.setAttribute('aria-invalid', 'true');
        e.setAttribute('aria-describedby', [fout.id, uitleg?.id].filter(Boolean).join(' '));
      } else {
        e.removeAttribute('aria-invalid');
        if (uitleg) {
          e.setAttribute('aria-describedby', uitleg.id);
        } else {
          e.removeAttribute('aria-describedby');
        }
      }
    } });
    return el('div', { class: 'utrecht-form-field utrecht-form-field--text' },
      el('div', { class: 'utrecht-form-field__label' }, el('label', { class: 'utrecht-form-label', for: veldId }, label)),
      uitleg, fout, el('div', { class: 'utrecht-form-field__input' }, e));
  });
  const verzend = el('button', { class: 'utrecht-button utrecht-button--primary-action', type: 'submit' }, knopTekst);
  const form = el('form', { class: 'utrecht-form', id, novalidate: true, 'aria-labelledby': `${id}-titel` },
    kop3(titel, `${id}-titel`), samenvatting, blokken,
    el('div', { class: 'utrecht-button-group' }, verzend, annuleer ? knop('Annuleren', annuleer) : null));

  function wis() {
    samenvatting.replaceChildren();
    for (const i of invoer.values()) {
      i.fout.hidden = true;
      i.fout.replaceChildren();
      i.markeer(false);
    }
  }

  form.addEventListener('submit', async (gebeurtenis) => {
    gebeurtenis.preventDefault();
    wis();
    const waarden = {};
    for (const [naam, i] of invoer) {
      waarden[naam] = i.waarde();
    }
    verzend.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await verstuur(waarden);
    } catch (fout) {
      const elders = [];
      let eerste = null;
      for (const p of fout.velden || []) {
        const naam = invoer.has(p.name) ? p.name : [...invoer.keys()].find((n) => p.name.startsWith(`${n}.`));
        const i = naam ? invoer.get(naam) : null;
        if (!i) {
          elders.push(p.reason);
          continue;
        }
        i.fout.append(alinea(p.reason));
        i.fout.hidden = false;
        i.markeer(true);
        eerste = eerste || i;
      }
      samenvatting.append(melding('error', fout.message || 'Dat lukte niet.'), elders.length ? lijst(elders) : null);
      (eerste ? eerste.focus : () => samenvatting.focus())();
    } finally {
      verzend.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  return { form, invoer };
}
