// Onderdelen die elk scherm gebruikt, op de componenten van het NL Design System (utrecht-*). Eén plek, zodat koppen,
// meldingen, tabellen en datums overal hetzelfde zijn. Zie docs/webapp.md, "Een scherm bouwen".
import { ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';

const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium' });
const datumTijd = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** De kop van een scherm; na een navigatie krijgt hij de focus, zodat een schermlezer het nieuwe scherm noemt. */
export function kop(tekst) {
  return el('h1', { class: 'utrecht-heading-1 utrecht-heading-1--distanced', tabindex: '-1' }, tekst);
}

/** Een kop binnen een scherm. */
export function kop2(tekst, id) {
  return el('h2', { class: 'utrecht-heading-2 utrecht-heading-2--distanced', id }, tekst);
}

/** Een utrecht-alert; soort: info, ok, warning, error (error is role=alert, de rest role=status). */
export function melding(soort, tekst, id) {
  return el('div', { class: `utrecht-alert utrecht-alert--${soort} doorbraak-alert`, role: soort === 'error' ? 'alert' : 'status', id },
    el('div', { class: 'utrecht-alert__content' },
      el('div', { class: 'utrecht-alert__message' }, el('p', { class: 'utrecht-paragraph' }, tekst))));
}

export function alinea(tekst, attributen) {
  return el('p', { class: 'utrecht-paragraph', ...attributen }, tekst);
}

/** Een link binnen de app (de router vangt de klik; met Ctrl opent hij in een nieuw tabblad). */
export function link(href, tekst, attributen) {
  return el('a', { class: 'utrecht-link', href, 'data-route': true, ...attributen }, tekst);
}

export function casusLink(id, tekst) {
  return link(pad`/casussen/${id}`, tekst);
}

/** Een knop; soort: primary, secondary of subtle. */
export function knop(tekst, onclick, soort = 'secondary', attributen) {
  return el('button', { class: `utrecht-button utrecht-button--${soort}-action`, type: 'button', onclick, ...attributen }, tekst);
}

/** Een label met invoer, zoals utrecht-form-field. */
export function veld(id, label, invoer, beschrijving) {
  return el('div', { class: 'utrecht-form-field utrecht-form-field--text utrecht-form-field--distanced' },
    el('div', { class: 'utrecht-form-field__label' }, el('label', { class: 'utrecht-form-label', for: id }, label)),
    beschrijving ? el('div', { class: 'utrecht-form-field__description', id: `${id}-uitleg` }, beschrijving) : null,
    el('div', { class: 'utrecht-form-field__input' }, invoer));
}

/**
 * Een tabel: tabel({id, bijschrift, koppen: ['Titel', ...], rijen: [[cel, ...], ...]}); een cel is tekst of een
 * element. Het bijschrift is voor schermlezers (de kop erboven is voor het oog).
 */
export function tabel({ id, bijschrift, koppen, rijen, rijAttributen }) {
  return el('div', { class: 'doorbraak-tabel-houder' },
    el('table', { class: 'utrecht-table utrecht-table--html-table', id },
      el('caption', { class: 'utrecht-table__caption doorbraak-onzichtbaar' }, bijschrift),
      el('thead', { class: 'utrecht-table__header' },
        el('tr', { class: 'utrecht-table__row' },
          koppen.map((t) => el('th', { class: 'utrecht-table__header-cell', scope: 'col' }, t)))),
      el('tbody', { class: 'utrecht-table__body' }, rijen.map((r, i) => el('tr',
        { class: 'utrecht-table__row', ...(rijAttributen ? rijAttributen(i) : {}) },
        r.map((c) => el('td', { class: 'utrecht-table__cell' }, c)))))));
}

/** Een lijst van naam en waarde (utrecht-data-list). */
export function gegevens(id, paren) {
  return el('dl', { class: 'utrecht-data-list utrecht-data-list--rows', id },
    paren.filter(Boolean).map(([naam, ...waarde]) => el('div', { class: 'utrecht-data-list__item' },
      el('dt', { class: 'utrecht-data-list__item-key' }, naam),
      el('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, ...waarde))));
}

/** Een datum (yyyy-mm-dd) of tijdstip (ISO) zoals in Nederland gebruikelijk; leeg blijft leeg. */
export function opDatum(iso, metTijd) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return Number.isNaN(d.getTime()) ? iso : (metTijd ? datumTijd : datum).format(d);
}

/** Een bedrag in euro's. */
export function bedrag(getal) {
  return getal === null || getal === undefined ? '' : euro.format(Number(getal));
}

/** Vandaag als yyyy-mm-dd in de tijdzone van de browser (zoals de LocalDate van de API). */
export function vandaag() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Of de gebruiker van de sessie een van deze rollen heeft. */
export function heeftRol(sessie, ...rollen) {
  const eigen = (sessie && sessie.gebruiker && sessie.gebruiker.rollen) || [];
  return rollen.some((r) => eigen.includes(r));
}

/**
 * Een tabel die breder kan zijn dan het scherm (de houder uit tabel() schuift dan): met het toetsenbord bereikbaar
 * (tabindex 0, role region met het bijschrift als naam), zodat ook wie geen muis heeft kan schuiven (WCAG 2.1.1; axe
 * scrollable-region-focusable).
 */
export function regio(houder) {
  const bijschrift = houder.querySelector('caption');
  houder.setAttribute('tabindex', '0');
  houder.setAttribute('role', 'region');
  houder.setAttribute('aria-label', bijschrift ? bijschrift.textContent : 'Tabel');
  return houder;
}

/**
 * Haalt op wat een scherm toont (haal: () => Promise). Lukt het, dan {waarde}; lukt het niet, dan tekent laad() het
 * scherm zelf met een Nederlandse kop en melding en geeft {h1} (null als de gebruiker intussen verder navigeerde).
 * Een 401 gaat door: de app toont dan het inlogscherm. teksten: {nietGevonden: kop bij 404, melding404, fout: kop bij
 * een andere fout, melding403 (zonder: een 403 is als een 404, de gebruiker hoort niet te weten wat er is), terug}.
 */
export async function laad(ctx, haal, teksten) {
  try {
    const waarde = await haal();
    return ctx.actueel() ? { waarde } : { h1: null };
  } catch (f) {
    if ((f instanceof ApiFout && f.status === 401) || !(f instanceof ApiFout)) {
      throw f;
    }
    if (!ctx.actueel()) {
      return { h1: null };
    }
    const alsNiet = f.status === 404 || (f.status === 403 && !teksten.melding403);
    const h1 = kop(alsNiet ? teksten.nietGevonden : teksten.fout || 'Het scherm kon niet worden geladen');
    vervang(ctx.inhoud, teksten.terug || null, h1, melding('error', alsNiet ? teksten.melding404
      : f.status === 403 ? teksten.melding403 : f.detail));
    return { h1 };
  }
}
