// Beheer van tafels (gemeentebeheerder): een nieuwe tafel en een tafel wijzigen (naam, variant, deelnemers met hun
// mandaat). POST …/tafels en PUT …/tafels/{id} met If-Match. Zie docs/webapp.md.
import { api, ApiFout, metVersie, pad } from './api.js';
import { formulier } from './formulier.js';
import { alinea, kop, kop2, laad, link } from './onderdelen.js';
import { vervang } from './dom.js';

const LEGE_RIJEN = 2;

/**
 * De tafelvarianten die de gemeente gebruikt, als opties (id, naam). In haar varianten staan ook onderdelen (zoals de
 * City Deal rode knop), die geen tafelvariant zijn: alleen wat GET /api/varianten kent is een optie.
 */
async function variantOpties(g) {
  const [gemeente, varianten] = await Promise.all([api('GET', pad`/api/gemeenten/${g}`),
    api('GET', '/api/varianten?pageSize=100')]);
  const namen = new Map(varianten.results.map((v) => [v.id, v.naam]));
  return gemeente.varianten.filter((id) => namen.has(id)).map((id) => [id, `${namen.get(id)} (${id})`]);
}

/** De velden: naam, variant en per deelnemer een rij (de huidige en twee lege). */
function velden(opties, tafel) {
  const deelnemers = [...((tafel && tafel.deelnemers) || []), ...Array(LEGE_RIJEN).fill({})];
  return [
    { naam: 'naam', label: 'Naam van de tafel', verplicht: true, maxLengte: 200, waarde: tafel && tafel.naam },
    { naam: 'variant', label: 'Variant', type: 'keuze', verplicht: true, opties, waarde: tafel && tafel.variant,
      beschrijving: 'De werkwijze van de tafel; alleen de varianten die uw gemeente gebruikt.' },
    ...deelnemers.flatMap((d, i) => [
      { naam: `deelnemers.${i}.naam`, label: `Deelnemer ${i + 1}: naam`, maxLengte: 200, waarde: d.naam },
      { naam: `deelnemers.${i}.organisatie`, label: `Deelnemer ${i + 1}: organisatie`, maxLengte: 200, waarde: d.organisatie },
      { naam: `deelnemers.${i}.mandaat`, label: `Deelnemer ${i + 1}: mandaat`, type: 'tekstvak', rijen: 2, maxLengte: 1000,
        waarde: d.mandaat, beschrijving: 'Wat deze deelnemer aan tafel mag toezeggen.' },
      { naam: `deelnemers.${i}.mandaatBedrag`, label: `Deelnemer ${i + 1}: mandaat in euro`, type: 'bedrag', min: 0,
        waarde: d.mandaatBedrag },
    ]),
  ];
}

/**
 * De body voor de API: lege rijen vallen weg, een bestaande deelnemer houdt zijn contact. rijen: per verstuurde
 * deelnemer de rij in het formulier, zodat een fout van de API (deelnemers.1.naam) bij de goede rij komt.
 */
function naarApi(w, tafel) {
  const rijen = [];
  const deelnemers = [];
  Object.keys(w.deelnemers || {}).map(Number).sort((a, b) => a - b).forEach((i) => {
    const d = w.deelnemers[i];
    if ([d.naam, d.organisatie, d.mandaat, d.mandaatBedrag].every((x) => x === null)) {
      return;
    }
    const oud = tafel && tafel.deelnemers[i];
    rijen.push(i);
    deelnemers.push({ ...d, contactId: oud && oud.naam === d.naam ? oud.contactId : null });
  });
  return { body: { naam: w.naam, variant: w.variant, deelnemers }, rijen };
}

async function verstuur(doe, rijen) {
  try {
    return await doe();
  } catch (f) {
    if (f instanceof ApiFout) {
      f.invalidParams = f.invalidParams.map((p) => ({
        ...p, name: p.name.replace(/^deelnemers\.(\d+)/, (_, k) => `deelnemers.${rijen[Number(k)] ?? k}`),
      }));
    }
    throw f;
  }
}

export async function nieuweTafel(ctx) {
  ctx.titel('Nieuwe tafel');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Nieuwe tafel');
  const opties = await variantOpties(g);
  if (!ctx.actueel()) {
    return null;
  }
  const f = formulier({
    id: 'nieuwe-tafel',
    knop: 'Tafel aanmaken',
    velden: velden(opties, null),
    verstuur: (w) => {
      const { body, rijen } = naarApi(w, null);
      return verstuur(() => api('POST', pad`/api/gemeenten/${g}/tafels`, body), rijen);
    },
    klaar: (t) => ctx.navigeer(pad`/tafels/${t.id}`),
  });
  vervang(ctx.inhoud, alinea(link('/tafels', 'Terug naar de tafels'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' }),
    h1, alinea('Een tafel met de mensen die er met mandaat aan zitten. Leeg gelaten rijen tellen niet mee.'),
    f.element);
  return h1;
}

export async function tafelWijzigen(ctx, { id }) {
  ctx.titel('Tafel wijzigen');
  const g = ctx.sessie.gebruiker.gemeente;
  const terug = alinea(link(pad`/tafels/${id}`, 'Terug naar de tafel'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' });
  const geladen = await laad(ctx, () => Promise.all([api('GET', pad`/api/gemeenten/${g}/tafels/${id}`), variantOpties(g)]), {
    nietGevonden: 'Tafel niet gevonden', melding404: 'Deze tafel is niet gevonden, of u heeft er geen toegang toe.', terug,
  });
  if (!geladen.waarde) {
    return geladen.h1;
  }
  const [tafel, opties] = geladen.waarde;
  const h1 = kop(`${tafel.naam} wijzigen`);
  const nieuwste = alinea('', { id: 'tafel-nieuwste' });
  let basis = tafel;
  const f = formulier({
    id: 'tafel-wijzigen',
    knop: 'Opslaan',
    velden: velden(opties, tafel),
    verstuur: (w) => {
      // the rows are those of the tafel the form was made from (their contacts); the version is the newest read
      const { body, rijen } = naarApi(w, tafel);
      return verstuur(() => metVersie('PUT', pad`/api/gemeenten/${g}/tafels/${id}`, body, basis.versie), rijen);
    },
    klaar: () => ctx.navigeer(pad`/tafels/${id}`),
    // the newest version: its version for the next save, its deelnemers named above the form; the input stays
    herlaad: async () => {
      basis = await api('GET', pad`/api/gemeenten/${g}/tafels/${id}`);
      vervang(nieuwste, `De nieuwste versie heeft als deelnemers: ${basis.deelnemers.map((d) => `${d.naam} (${d.organisatie})`)
        .join(', ') || 'niemand'}. Opslaan vervangt die versie door wat hieronder staat.`);
      nieuwste.focus();
    },
  });
  nieuwste.setAttribute('tabindex', '-1');
  vervang(ctx.inhoud, terug, h1, kop2('Naam, variant en deelnemers', 'tafel-wijzigen-kop'), nieuwste, f.element);
  return h1;
}
