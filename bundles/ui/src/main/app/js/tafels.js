// De tafels van de gemeente: de lijst, en een tafel met haar deelnemers en bijeenkomsten (en een nieuwe bijeenkomst
// plannen). Zie docs/webapp.md en docs/doorbraakmethode.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, gegevens, heeftRol, kop, kop2, laad, link, melding, opDatum, tabel, vandaag } from './onderdelen.js';
import { aanwezigVelden, aanwezigenUit, alles, bijeenkomstFout, deelnemerTabel } from './bijeenkomsten.js';

/** Een tafellid (zonder rol die alles ziet) werkt alleen aan zijn eigen tafels. */
export function alleenEigenTafels(sessie) {
  return heeftRol(sessie, 'tafellid') && !heeftRol(sessie, 'casusregisseur', 'gemeentebeheerder');
}

function geenGemeente(ctx, titel) {
  const h1 = kop(titel);
  vervang(ctx.inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente; tafels staan per gemeente.'));
  return h1;
}

// ---- de lijst ----

export async function tafels(ctx) {
  ctx.titel('Tafels');
  const g = ctx.sessie.gebruiker.gemeente;
  if (!g) {
    return geenGemeente(ctx, 'Tafels');
  }
  const eigen = alleenEigenTafels(ctx.sessie);
  const h1 = kop(eigen ? 'Mijn tafels' : 'Tafels');
  const status = alinea('De tafels worden geladen…', { id: 'tafels-aantal', role: 'status' });
  vervang(ctx.inhoud, h1, status);
  let lijst;
  try {
    lijst = await alles(pad`/api/gemeenten/${g}/tafels`);
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    if (ctx.actueel()) {
      vervang(ctx.inhoud, h1, melding('error', f.status === 403 ? 'U heeft geen toegang tot de tafels.'
        : (f.detail || 'De tafels konden niet worden geladen.')));
    }
    return h1;
  }
  if (!ctx.actueel()) {
    return null;
  }
  if (eigen) {
    const mijn = new Set(ctx.sessie.gebruiker.tafels || []);
    lijst = lijst.filter((t) => mijn.has(t.id));
  }
  vervang(status, lijst.length === 1 ? '1 tafel.' : `${lijst.length} tafels.`);
  const nieuw = heeftRol(ctx.sessie, 'gemeentebeheerder')
    ? alinea(link('/beheer/tafels/nieuw', 'Nieuwe tafel', { id: 'nieuwe-tafel-link' })) : null;
  vervang(ctx.inhoud, h1, status, nieuw, lijst.length ? tabel({
    id: 'tafels',
    bijschrift: 'Tafels',
    koppen: ['Tafel', 'Variant', 'Deelnemers'],
    rijen: lijst.map((t) => [link(pad`/tafels/${t.id}`, t.naam), t.variant, String(t.deelnemers.length)]),
    rijAttributen: (i) => ({ 'data-tafel': lijst[i].id }),
  }) : null);
  return h1;
}

// ---- één tafel ----

function bijeenkomstRijen(lijst) {
  return lijst.map((b) => [link(pad`/bijeenkomsten/${b.id}`, opDatum(b.datum)),
    b.agenda.length === 1 ? '1 casus' : `${b.agenda.length} casussen`,
    b.aanwezigen.length === 1 ? '1 aanwezige' : `${b.aanwezigen.length} aanwezigen`]);
}

async function bijeenkomstenDeel(ctx, g, t, houder) {
  let lijst;
  try {
    lijst = await alles(pad`/api/gemeenten/${g}/bijeenkomsten`, { tafel: t.id });
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    if (f instanceof ApiFout && f.status === 403) {
      // not for this role: the part disappears, as a part of the casus screen does
      houder.parentElement.remove();
    } else {
      vervang(houder, melding('error', f.detail || 'De bijeenkomsten konden niet worden geladen.'));
    }
    return;
  }
  if (!ctx.actueel()) {
    return;
  }
  const dag = vandaag();
  const komend = lijst.filter((b) => b.datum >= dag).sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  const geweest = lijst.filter((b) => b.datum < dag);
  const koppen = ['Datum', 'Agenda', 'Aanwezigen'];
  const nieuw = formulier({
    id: 'nieuwe-bijeenkomst',
    knop: 'Bijeenkomst plannen',
    bezigTekst: 'De bijeenkomst wordt gepland…',
    velden: [
      { naam: 'datum', label: 'Datum', type: 'datum', verplicht: true },
      ...aanwezigVelden(t.deelnemers, []),
      { naam: 'notitie', label: 'Notitie', type: 'tekstvak', rijen: 3, maxLengte: 4000,
        beschrijving: 'Alleen als het nodig is: een notitie geldt als persoonsgegeven en wordt met de bewaartermijn gewist.' },
    ],
    verstuur: async (w) => {
      const aanwezigen = aanwezigenUit(w, t.deelnemers);
      try {
        return await api('POST', pad`/api/gemeenten/${g}/bijeenkomsten`,
          { tafelId: t.id, datum: w.datum, aanwezigen, notitie: w.notitie });
      } catch (f) {
        throw bijeenkomstFout(f, t.deelnemers, aanwezigen);
      }
    },
    klaar: (b) => ctx.navigeer(pad`/bijeenkomsten/${b.id}`),
  });
  vervang(houder,
    kop2('Komende bijeenkomsten', 'komend-kop'),
    komend.length ? tabel({ id: 'komende-bijeenkomsten', bijschrift: 'Komende bijeenkomsten', koppen, rijen: bijeenkomstRijen(komend),
      rijAttributen: (i) => ({ 'data-bijeenkomst': komend[i].id }) })
      : alinea('Er is geen bijeenkomst gepland.', { id: 'geen-komende' }),
    kop2('Eerdere bijeenkomsten', 'geweest-kop'),
    geweest.length ? tabel({ id: 'eerdere-bijeenkomsten', bijschrift: 'Eerdere bijeenkomsten', koppen, rijen: bijeenkomstRijen(geweest),
      rijAttributen: (i) => ({ 'data-bijeenkomst': geweest[i].id }) })
      : alinea('Nog geen bijeenkomsten.', { id: 'geen-eerdere' }),
    kop2('Een bijeenkomst plannen', 'plannen-kop'),
    alinea('Kies de datum en, als u die al weet, wie er komen. Casussen zet u daarna op de agenda.'),
    nieuw.element);
}

export async function tafel(ctx, { id }) {
  ctx.titel('Tafel');
  const g = ctx.sessie.gebruiker.gemeente;
  if (!g) {
    return geenGemeente(ctx, 'Tafel');
  }
  const terug = alinea(link('/tafels', 'Terug naar de tafels'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' });
  vervang(ctx.inhoud, alinea('De tafel wordt geladen…', { role: 'status' }));
  const geladen = await laad(ctx, () => api('GET', pad`/api/gemeenten/${g}/tafels/${id}`), {
    nietGevonden: 'Tafel niet gevonden', melding404: 'Deze tafel is niet gevonden, of u heeft er geen toegang toe.',
    fout: 'De tafel kon niet worden geladen', melding403: 'U heeft geen toegang tot deze tafel.', terug,
  });
  if (!geladen.waarde) {
    return geladen.h1;
  }
  const t = geladen.waarde;
  const h1 = kop(t.naam);
  const aanTafel = !alleenEigenTafels(ctx.sessie) || (ctx.sessie.gebruiker.tafels || []).includes(t.id);
  const magBijeenkomsten = heeftRol(ctx.sessie, 'casusregisseur', 'tafellid') && aanTafel;
  const bijeenkomsten = el('section', { id: 'tafel-bijeenkomsten', 'aria-labelledby': 'bijeenkomsten-kop' },
    el('h2', { class: 'utrecht-heading-2 utrecht-heading-2--distanced', id: 'bijeenkomsten-kop' }, 'Bijeenkomsten'),
    el('div', {}, alinea('De bijeenkomsten worden geladen…', { role: 'status' })));
  vervang(ctx.inhoud, terug, h1,
    gegevens('tafelgegevens', [['Variant', t.variant], ['Deelnemers', String(t.deelnemers.length)]]),
    heeftRol(ctx.sessie, 'gemeentebeheerder')
      ? alinea(link(pad`/beheer/tafels/${t.id}`, 'Tafel wijzigen', { id: 'tafel-wijzigen-link' })) : null,
    kop2('Deelnemers', 'deelnemers-kop'),
    t.deelnemers.length ? deelnemerTabel('deelnemers', `Deelnemers van ${t.naam}`, t.deelnemers)
      : alinea('Deze tafel heeft nog geen deelnemers.'),
    magBijeenkomsten ? bijeenkomsten : null,
    heeftRol(ctx.sessie, 'tafellid') && !aanTafel
      ? alinea('U zit niet aan deze tafel: haar bijeenkomsten zijn voor haar deelnemers.', { id: 'geen-bijeenkomsten' }) : null);
  if (magBijeenkomsten) {
    await bijeenkomstenDeel(ctx, g, t, bijeenkomsten.lastElementChild);
  }
  return h1;
}
