// Het deel "Escalatie" van het casusscherm: de escalaties van de casus met niveau, deadline en status, escaleren, en
// voor de casusregisseur beantwoorden, opgelost melden en doorescaleren. Zie docs/escalatie.md en docs/webapp.md.
import { api, ApiFout, metVersie, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, gegevens, heeftRol, knop, melding, opDatum, regio, tabel } from './onderdelen.js';

const STATUS = {
  open: 'Open',
  beantwoord: 'Beantwoord',
  opgelost: 'Opgelost',
  doorgeescaleerd: 'Doorgeëscaleerd',
};

/** De status zoals de gebruiker hem leest: een open escalatie over haar deadline is verlopen. */
export function escalatieStatus(e) {
  return e.status === 'open' && e.verlopen ? 'Verlopen' : (STATUS[e.status] || e.status);
}

function kop3(tekst, id) {
  return el('h3', { class: 'utrecht-heading-3 utrecht-heading-3--distanced', id }, tekst);
}

export async function deel(ctx, casus, houder) {
  const g = ctx.sessie.gebruiker.gemeente;
  const lijstAdres = `${pad`/api/gemeenten/${g}/casussen/${casus.id}/escalaties`}?pageSize=100`;
  const regisseur = heeftRol(ctx.sessie, 'casusregisseur');
  const magEscaleren = heeftRol(ctx.sessie, 'casusregisseur', 'tafellid') && casus.status !== 'afgesloten';
  let alle = [];
  let route = [];
  // levels reached another way (the Rijk: with the rode knop), with the plug-in's sentence: not offered in the form
  let ingangen = {};
  try {
    const r = await api('GET', pad`/api/gemeenten/${g}/escalatieroute`);
    ingangen = r.ingangen || {};
    alle = r.niveaus || [];
    route = alle.filter((n) => !ingangen[n.id]);
  } catch (f) {
    // without the route the level is chosen by the platform (the first one, or the one above)
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
  }
  const overzicht = el('div', { id: 'escalatie-overzicht' });
  const werk = el('div', { id: 'escalatie-werk' });
  let escalaties = [];

  /** De lijst opnieuw; metWerk: ook de knoppen eronder (anders blijft een open formulier met zijn invoer staan). */
  async function laad(bericht, metWerk = true) {
    escalaties = (await api('GET', lijstAdres)).results;
    if (!ctx.actueel()) {
      return;
    }
    const open = escalaties.find((e) => e.status === 'open');
    const ok = bericht ? melding('ok', bericht, 'escalatie-bericht') : null;
    vervang(overzicht, ok,
      escalaties.length ? regio(tabel({
        id: 'escalaties',
        bijschrift: 'Escalaties van deze casus, oudste eerst',
        koppen: ['Niveau', 'Reden', 'Status', 'Deadline', 'Antwoord of toelichting'],
        rijen: escalaties.map((e) => [e.niveauNaam || e.niveau, e.reden, escalatieStatus(e), opDatum(e.deadline, true),
          e.antwoord || laatsteToelichting(e)]),
        rijAttributen: (i) => ({ 'data-escalatie': escalaties[i].id, 'data-status': escalaties[i].status }),
      })) : alinea('Deze casus is niet geëscaleerd.', { id: 'escalaties-geen' }));
    if (metWerk) {
      vervang(werk, knoppen(open));
    }
    if (ok) {
      ok.tabIndex = -1;
      ok.focus();
    }
  }

  function laatsteToelichting(e) {
    const h = (e.historie || []).filter((w) => w.naar !== 'open' && w.toelichting);
    return h.length ? h[h.length - 1].toelichting : '';
  }

  function knoppen(open) {
    if (open) {
      const plek = alle.findIndex((n) => n.id === open.niveau);
      const andereIngang = plek >= 0 && plek + 1 < alle.length ? ingangen[alle[plek + 1].id] : null;
      return [
        kop3('Open escalatie'),
        gegevens('escalatie-open', [
          ['Niveau', open.niveauNaam || open.niveau],
          ['Deadline', el('span', { id: 'escalatie-deadline' }, opDatum(open.deadline, true)),
            open.verlopen ? ' (verlopen)' : ''],
          ['Status', escalatieStatus(open)],
        ]),
        regisseur ? el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' },
          knop('Antwoord vastleggen', () => uitkomst(open, 'antwoord'), 'secondary', { id: 'escalatie-antwoord' }),
          knop('Opgelost melden', () => uitkomst(open, 'opgelost'), 'secondary', { id: 'escalatie-opgelost' }),
          andereIngang ? null : knop('Doorescaleren', () => uitkomst(open, 'doorescaleren'), 'secondary', { id: 'escalatie-door' })) : null,
        regisseur && andereIngang ? el('p', { class: 'utrecht-paragraph', id: 'escalatie-ingang' }, andereIngang) : null,
      ];
    }
    if (!magEscaleren) {
      return null;
    }
    return el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' },
      knop('Casus escaleren', escaleren, 'secondary', { id: 'escalatie-start' }));
  }

  function herlaadLijst() {
    // the list again, the form (with what was typed) stays
    return laad(null, false).catch((f) => vervang(overzicht, melding('error', f.detail || 'De escalaties konden niet worden geladen.')));
  }

  function escaleren() {
    const f = formulier({
      id: 'escalatie-formulier',
      velden: [
        { naam: 'reden', label: 'Reden', type: 'tekstvak', verplicht: true, maxLengte: 2000,
          beschrijving: 'Wat kan de tafel zelf niet oplossen, en wat vraagt u van het volgende niveau?' },
        { naam: 'niveau', label: 'Niveau', type: 'keuze',
          opties: route.map((n) => [n.id, `${n.naam} (reactietermijn ${n.reactietermijnDagen} dagen)`]),
          beschrijving: ['Leeg: het eerste niveau, of het niveau boven de laatste beantwoorde escalatie.',
            ...Object.values(ingangen)].join(' ') },
      ],
      knop: 'Escaleren',
      verstuur: (w) => api('POST', lijstAdres.replace(/\?.*$/, ''), { reden: w.reden, ...(w.niveau ? { niveau: w.niveau } : {}) }),
      klaar: (e) => laad(`Geëscaleerd naar ${e.niveauNaam || e.niveau}; deadline ${opDatum(e.deadline, true)}.`),
      herlaad: herlaadLijst,
      annuleer: () => laad(),
    });
    vervang(werk, kop3('Casus escaleren'), f.element);
    f.veld('reden').focus();
  }

  const UITKOMST = {
    antwoord: { titel: 'Antwoord vastleggen', knop: 'Antwoord vastleggen', veld: { naam: 'antwoord', label: 'Antwoord', verplicht: true,
      beschrijving: 'Wat het niveau heeft geantwoord.' }, bericht: 'Het antwoord is vastgelegd.' },
    opgelost: { titel: 'Opgelost melden', knop: 'Opgelost melden', veld: { naam: 'toelichting', label: 'Toelichting',
      beschrijving: 'Hoe het probleem van tafel is.' }, bericht: 'De escalatie is opgelost.' },
    doorescaleren: { titel: 'Doorescaleren', knop: 'Doorescaleren', veld: { naam: 'reden', label: 'Reden', verplicht: true,
      beschrijving: 'Waarom het volgende niveau het moet oppakken.' }, bericht: 'Doorgeëscaleerd naar het volgende niveau.' },
  };

  function uitkomst(open, soort) {
    const u = UITKOMST[soort];
    const f = formulier({
      id: `escalatie-${soort}-formulier`,
      velden: [{ type: 'tekstvak', ...u.veld }],
      knop: u.knop,
      verstuur: (w) => {
        const huidig = escalaties.find((e) => e.id === open.id) || open;
        const body = w[u.veld.naam] === null ? {} : { [u.veld.naam]: w[u.veld.naam] };
        return metVersie('POST', pad`/api/gemeenten/${g}/escalaties/${open.id}/${soort}`, body, huidig.versie);
      },
      klaar: () => laad(u.bericht),
      herlaad: herlaadLijst,
      annuleer: () => laad(),
    });
    vervang(werk, kop3(u.titel), f.element);
    f.veld(u.veld.naam).focus();
  }

  vervang(houder, overzicht, werk);
  await laad();
}
