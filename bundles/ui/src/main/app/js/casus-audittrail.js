// Het deel "Audittrail" van het casusscherm: elke wijziging van de casus en zijn onderdelen (wie, wanneer, welk veld,
// oud en nieuw). Alleen voor wie hem mag lezen: een 403 laat het deel wegvallen (js/schermen.js). Zie docs/webapp.md.
import { api, pad } from './api.js';
import { el, vervang } from './dom.js';
import { alinea, opDatum, regio, tabel } from './onderdelen.js';

/** Een waarde uit de audittrail (JSON: tekst, getal, lijst, object of null) als leesbare tekst. */
function waarde(w) {
  if (w === null || w === undefined) {
    return '—';
  }
  return typeof w === 'string' ? w : JSON.stringify(w);
}

function wijzigingen(lijst) {
  if (!lijst || !lijst.length) {
    return '';
  }
  return el('ul', { class: 'utrecht-unordered-list doorbraak-wijzigingen' }, lijst.map((w) => el('li', { class: 'utrecht-unordered-list__item' },
    el('span', { class: 'doorbraak-veldnaam' }, w.veld), ': ', waarde(w.oud), ' → ', waarde(w.nieuw))));
}

export async function deel(ctx, casus, houder) {
  const g = ctx.sessie.gebruiker.gemeente;
  const trail = await api('GET', pad`/api/gemeenten/${g}/casussen/${casus.id}/audittrail`);
  if (!ctx.actueel()) {
    return;
  }
  // newest first: what changed last is what one looks for
  const regels = [...trail.results].sort((a, b) => b.volgnummer - a.volgnummer);
  vervang(houder,
    alinea(trail.count === 0 ? 'Er is nog geen wijziging vastgelegd.'
      : trail.count === 1 ? '1 regel.' : `${trail.count} regels, de nieuwste eerst.`, { id: 'audittrail-aantal' }),
    regels.length ? regio(tabel({
      id: 'audittrail',
      bijschrift: 'Audittrail van deze casus, de nieuwste eerst',
      koppen: ['Wanneer', 'Door', 'Wat', 'Actie', 'Wijzigingen'],
      rijen: regels.map((r) => [opDatum(r.op, true), r.door, r.object, r.actie, wijzigingen(r.wijzigingen)]),
      rijAttributen: (i) => ({ 'data-volgnummer': String(regels[i].volgnummer) }),
    })) : null);
}
