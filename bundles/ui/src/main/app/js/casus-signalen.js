// Het deel "Signalen" van het casusscherm: de signalen (regels die knellen) waaraan de casus gekoppeld is, koppelen
// en ontkoppelen. Zie docs/korte-lijnen-en-signalen.md en docs/webapp.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, knop, link, melding, regio, tabel } from './onderdelen.js';
import { signaalStatus } from './signalen.js';

export async function deel(ctx, casus, houder) {
  const g = ctx.sessie.gebruiker.gemeente;
  const basis = pad`/api/gemeenten/${g}`;
  const overzicht = el('div', { id: 'casus-signalen-overzicht' });
  const koppelen = el('div', { id: 'casus-signalen-koppelen' });

  async function laad(bericht) {
    const gekoppeld = (await api('GET', `${basis}${pad`/casussen/${casus.id}/signalen`}?pageSize=100`)).results;
    let alle = [];
    try {
      alle = (await api('GET', `${basis}/signalen?pageSize=100&sorteer=gewicht`)).results;
    } catch (f) {
      if (f instanceof ApiFout && f.status === 401) {
        throw f;
      }
    }
    if (!ctx.actueel()) {
      return;
    }
    const ok = bericht ? melding('ok', bericht, 'casus-signalen-bericht') : null;
    vervang(overzicht, ok,
      gekoppeld.length ? regio(tabel({
        id: 'casus-signalen',
        bijschrift: 'Signalen waaraan deze casus gekoppeld is, zwaarste eerst',
        koppen: ['Regel', 'Organisatie', 'Status', 'Casussen', 'Koppeling'],
        rijen: gekoppeld.map((s) => [link(pad`/signalen/${s.id}`, s.regel), s.organisatie, signaalStatus(s.status),
          String(s.gewicht),
          knop('Ontkoppelen', () => ontkoppel(s), 'secondary', { 'aria-label': `Ontkoppelen van ${s.regel}`, 'data-ontkoppel': s.id })]),
        rijAttributen: (i) => ({ 'data-signaal': gekoppeld[i].id }),
      })) : alinea('Deze casus is niet aan een signaal gekoppeld.', { id: 'casus-signalen-geen' }));
    const vrij = alle.filter((s) => !gekoppeld.some((k) => k.id === s.id));
    const f = vrij.length ? formulier({
      id: 'signaal-koppelen',
      velden: [{ naam: 'signaal', label: 'Signaal', type: 'keuze', verplicht: true,
        opties: [['', 'Kies een signaal'], ...vrij.map((s) => [s.id, `${s.regel} (${s.organisatie})`])] }],
      knop: 'Koppelen',
      verstuur: (w) => api('POST', `${basis}${pad`/signalen/${w.signaal}/casussen`}`, { casusId: casus.id }),
      klaar: (s) => laad(`Gekoppeld aan het signaal "${s.regel}".`),
    }) : null;
    vervang(koppelen, f ? f.element : null,
      alinea(link('/signalen', 'Een nieuw signaal melden'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' }));
    if (ok) {
      ok.tabIndex = -1;
      ok.focus();
    }
  }

  async function ontkoppel(s) {
    try {
      await api('DELETE', `${basis}${pad`/signalen/${s.id}/casussen/${casus.id}`}`);
      await laad(`Ontkoppeld van het signaal "${s.regel}".`);
    } catch (f) {
      if (f instanceof ApiFout && f.status === 401) {
        ctx.toon();
        return;
      }
      vervang(overzicht, melding('error', f.detail || 'Ontkoppelen lukte niet.'), ...overzicht.childNodes);
    }
  }

  vervang(houder, overzicht, el('h3', { class: 'utrecht-heading-3 utrecht-heading-3--distanced' }, 'Aan een signaal koppelen'),
    koppelen);
  await laad();
}
