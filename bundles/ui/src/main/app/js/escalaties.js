// Het scherm "Escalaties" (/escalaties): de open escalaties van de gemeente met hun deadline, verlopen eerst, met een
// link naar de casus. Zie docs/escalatie.md en docs/webapp.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { escalatieStatus } from './casus-escalatie.js';
import { alinea, casusLink, heeftRol, kop, melding, opDatum, regio, tabel } from './onderdelen.js';

/** Verlopen eerst, dan de vroegste deadline. */
function volgorde(a, b) {
  if (a.verlopen !== b.verlopen) {
    return a.verlopen ? -1 : 1;
  }
  return String(a.deadline).localeCompare(String(b.deadline));
}

export async function escalaties(ctx) {
  ctx.titel('Escalaties');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Open escalaties');
  if (!g) {
    vervang(ctx.inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente. Escalaties staan per gemeente.'));
    return h1;
  }
  const aantal = el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced', id: 'escalaties-aantal', role: 'status' },
    'Escalaties worden geladen…');
  const lijst = el('div', { id: 'escalaties-lijst' });
  vervang(ctx.inhoud, h1,
    alinea('De escalaties die nog op een antwoord wachten, de verlopen (over hun deadline) eerst. Behandelen doet u bij de casus.'),
    aantal, lijst);
  const open = [];
  try {
    let antwoord;
    let pagina = 1;
    do {
      antwoord = await api('GET', `${pad`/api/gemeenten/${g}/escalaties`}?status=open&pageSize=100&page=${pagina++}`);
      open.push(...antwoord.results);
    } while (antwoord.next);
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    vervang(aantal);
    vervang(lijst, melding('error', f.status === 403 ? 'Uw rol mag de escalaties niet zien.'
      : (f.detail || 'De escalaties konden niet worden geladen.')));
    return h1;
  }
  open.sort(volgorde);
  // the casus's title for whoever may read the casus; the gemeentebeheerder may not (403): then no link
  const titels = new Map();
  if (heeftRol(ctx.sessie, 'casusregisseur', 'tafellid')) {
    await Promise.all([...new Set(open.map((e) => e.casusId))].map(async (id) => {
      try {
        titels.set(id, (await api('GET', pad`/api/gemeenten/${g}/casussen/${id}`)).titel);
      } catch (f) {
        // the link still opens the casus screen, which explains what is wrong
      }
    }));
  }
  if (!ctx.actueel()) {
    return h1;
  }
  const verlopen = open.filter((e) => e.verlopen).length;
  vervang(aantal, open.length === 1 ? '1 open escalatie' : `${open.length} open escalaties`,
    verlopen ? `, waarvan ${verlopen} verlopen` : '', '.');
  if (!open.length) {
    return h1;
  }
  const magCasus = heeftRol(ctx.sessie, 'casusregisseur', 'tafellid');
  vervang(lijst, regio(tabel({
    id: 'open-escalaties',
    bijschrift: 'Open escalaties, verlopen eerst',
    koppen: ['Casus', 'Niveau', 'Deadline', 'Status', 'Reden'],
    rijen: open.map((e) => [magCasus ? casusLink(e.casusId, titels.get(e.casusId) || 'Casus openen') : `Casus ${e.casusId}`,
      e.niveauNaam || e.niveau, opDatum(e.deadline, true),
      el('span', { class: e.verlopen ? 'doorbraak-verlopen' : null }, escalatieStatus(e)), e.reden]),
    rijAttributen: (i) => ({ 'data-escalatie': open[i].id, 'data-casus': open[i].casusId }),
  })));
  return h1;
}
