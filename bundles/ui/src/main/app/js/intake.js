// Intake: een nieuwe casus aanmelden aan een tafel (POST …/casussen), met de velden van de variant van die tafel uit
// hun beschrijving (GET /api/varianten → velden). Zie docs/webapp.md en docs/gids/casusregisseur.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier, variantVelden } from './formulier.js';
import { alinea, heeftRol, kop, link, melding } from './onderdelen.js';

/** De tafels waar deze gebruiker een casus mag aanmelden: een tafellid alleen de zijne. */
async function tafelsVoor(ctx, g) {
  const tafels = [];
  let pagina = 1;
  for (;;) {
    const a = await api('GET', `${pad`/api/gemeenten/${g}/tafels`}?pageSize=100&page=${pagina}`);
    tafels.push(...a.results);
    if (!a.next) {
      break;
    }
    pagina += 1;
  }
  const eigen = ctx.sessie.gebruiker.tafels || [];
  return heeftRol(ctx.sessie, 'casusregisseur') ? tafels : tafels.filter((t) => eigen.includes(t.id));
}

/** De veldbeschrijvingen per variant uit GET /api/varianten. */
async function veldenPerVariant() {
  const uit = new Map();
  let pagina = 1;
  for (;;) {
    const a = await api('GET', `/api/varianten?pageSize=100&page=${pagina}`);
    for (const v of a.results) {
      uit.set(v.id, { naam: v.naam, velden: v.velden || [] });
    }
    if (!a.next) {
      break;
    }
    pagina += 1;
  }
  return uit;
}

/** Alleen wat ingevuld is: de API krijgt geen lege optionele velden. */
function body(w) {
  const b = { tafelId: w.tafelId, titel: w.titel, hulpvraag: w.hulpvraag };
  if (w.thema) {
    b.thema = w.thema;
  }
  if (w.inwoner && w.inwoner.initialen) {
    b.inwoner = { initialen: w.inwoner.initialen };
  }
  if (w.betrokkenOrganisaties) {
    b.betrokkenOrganisaties = w.betrokkenOrganisaties.split(/[,\n]/).map((o) => o.trim()).filter(Boolean);
  }
  const data = Object.fromEntries(Object.entries(w.variantData || {})
    .filter(([, v]) => v !== null && v !== undefined && v !== ''));
  if (Object.keys(data).length) {
    b.variantData = data;
  }
  return b;
}

export async function intake(ctx) {
  ctx.titel('Casus aanmelden');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Casus aanmelden');
  const houder = el('div', { id: 'intake-houder' },
    el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Het formulier wordt geladen…'));
  vervang(ctx.inhoud, h1,
    alinea('Meld een casus aan bij een tafel. De inwoner staat er alleen met initialen in; het platform geeft '
      + 'hem of haar een pseudoniem. Schrijf geen BSN in de tekst.', { class: 'utrecht-paragraph utrecht-paragraph--distanced' }),
    houder);
  let tafels;
  let varianten;
  try {
    [tafels, varianten] = await Promise.all([tafelsVoor(ctx, g), veldenPerVariant()]);
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    if (ctx.actueel()) {
      vervang(houder, melding('error', f.status === 403 ? 'U mag met uw rol geen casussen aanmelden.'
        : (f.detail || 'Het formulier kon niet worden geladen.')));
    }
    return h1;
  }
  if (!ctx.actueel()) {
    return h1;
  }
  if (!tafels.length) {
    vervang(houder, melding('info', 'Er is geen tafel waar u een casus kunt aanmelden.'));
    return h1;
  }
  const tafelVan = new Map(tafels.map((t) => [t.id, t]));

  // the form is rebuilt when another tafel has another variant; what was typed goes along
  function bouw(tafelId, huidige = {}) {
    const tafel = tafelVan.get(tafelId) || tafels[0];
    const variant = varianten.get(tafel.variant) || { naam: tafel.variant, velden: [] };
    const velden = [
      { naam: 'tafelId', label: 'Tafel', type: 'keuze', verplicht: true, waarde: tafel.id,
        opties: tafels.map((t) => [t.id, t.naam]) },
      { naam: 'titel', label: 'Titel', verplicht: true, maxLengte: 200, waarde: huidige.titel,
        beschrijving: 'Kort, zonder naam of andere gegevens waaraan de inwoner te herkennen is.' },
      { naam: 'hulpvraag', label: 'Hulpvraag', type: 'tekstvak', verplicht: true, maxLengte: 4000, rijen: 6,
        waarde: huidige.hulpvraag, beschrijving: 'Wat wil de inwoner bereiken, en wat zit in de weg?' },
      { naam: 'inwoner.initialen', label: 'Initialen van de inwoner',
        waarde: huidige.inwoner && huidige.inwoner.initialen },
      { naam: 'thema', label: 'Thema', waarde: huidige.thema,
        beschrijving: 'Bijvoorbeeld inkomen, wonen of schulden.' },
      { naam: 'betrokkenOrganisaties', label: 'Betrokken organisaties',
        waarde: huidige.betrokkenOrganisaties, beschrijving: 'Gescheiden door komma\'s.' },
      ...variantVelden(variant.velden, huidige.variantData || {}),
    ];
    const f = formulier({
      id: 'intake',
      velden,
      knop: 'Casus aanmelden',
      bezigTekst: 'De casus wordt aangemeld…',
      verstuur: async (w) => {
        try {
          return await api('POST', pad`/api/gemeenten/${g}/casussen`, body(w));
        } catch (fout) {
          // betrokkenOrganisaties.2 belongs to the one field with the whole list
          if (fout instanceof ApiFout) {
            fout.invalidParams = fout.invalidParams.map((p) => (p.name && p.name.startsWith('betrokkenOrganisaties.')
              ? { ...p, name: 'betrokkenOrganisaties' } : p));
          }
          throw fout;
        }
      },
      klaar: (casus) => ctx.navigeer(pad`/casussen/${casus.id}`),
    });
    f.veld('tafelId').addEventListener('change', () => {
      const nieuw = tafelVan.get(f.veld('tafelId').value);
      if (nieuw && nieuw.variant !== tafel.variant) {
        const w = f.waarden();
        const opnieuw = bouw(nieuw.id, w);
        vervang(houder, variantUitleg(nieuw), opnieuw.element);
        opnieuw.veld('tafelId').focus();
      }
    });
    return f;
  }

  function variantUitleg(tafel) {
    const v = varianten.get(tafel.variant);
    return el('p', { class: 'utrecht-paragraph', id: 'intake-variant' },
      `Variant van deze tafel: ${v ? v.naam : tafel.variant}. `,
      v && v.velden.length ? `De laatste ${v.velden.length === 1 ? 'vraag hoort' : `${v.velden.length} vragen horen`} bij deze variant.` : '');
  }

  const eerste = bouw(tafels[0].id);
  vervang(houder, variantUitleg(tafels[0]), eerste.element);
  houder.after(el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced' }, link('/casussen', 'Terug naar de casussen')));
  return h1;
}
