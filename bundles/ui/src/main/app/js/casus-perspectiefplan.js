// Het deel "Perspectiefplan" van het casusscherm: het doel van de inwoner en de rekentool (doormodderen tegenover
// doorbreken per organisatie) met de bedragen die de API uitrekent. Zie docs/doorbraakmethode.md en docs/webapp.md.
import { api, ApiFout, metVersie, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, bedrag, gegevens, knop, melding, opDatum, regio, tabel } from './onderdelen.js';

/** Zoveel lege regels staan er in de rekentool van het formulier, naast de regels die er al zijn. */
const LEGE_REGELS = 2;

function kop3(tekst, id) {
  return el('h3', { class: 'utrecht-heading-3 utrecht-heading-3--distanced', id }, tekst);
}

function metTeken(getal) {
  // a negative saving is shown, not hidden: then doorbreken costs more (docs/doorbraakmethode.md)
  return el('span', { class: Number(getal) < 0 ? 'doorbraak-negatief' : null }, bedrag(getal));
}

/** Het plan om te lezen: doel, stappen en de rekentool met wat de API uitrekent. voor: een voorvoegsel voor de ids. */
function planWeergave(p, voor) {
  const b = p.besparing || { perOrganisatie: [] };
  return [
    gegevens(`${voor}gegevens`, [
      ['Doel van de inwoner', el('span', { id: `${voor}doel`, class: 'doorbraak-hulpvraag' },
        p.doel ?? 'Het doel is gewist na de bewaartermijn.')],
      ['Stappen', (p.stappen || []).length
        ? el('ol', { class: 'utrecht-ordered-list', id: `${voor}stappen` },
          p.stappen.map((s) => el('li', { class: 'utrecht-ordered-list__item' }, s)))
        : el('span', { id: `${voor}stappen` }, 'Geen stappen.')],
      ['Versie', el('span', { id: `${voor}versie` }, String(p.versie)),
        `, gewijzigd ${opDatum(p.gewijzigd, true)} door ${p.gewijzigdDoor || p.aangemaaktDoor || 'onbekend'}`],
    ]),
    kop3('Rekentool'),
    (p.kosten || []).length ? regio(tabel({
      id: `${voor}regels`,
      bijschrift: 'Rekentool: kosten per jaar per regel',
      koppen: ['Organisatie', 'Post', 'Doormodderen', 'Doorbreken', 'Besparing'],
      rijen: p.kosten.map((r) => [r.organisatie, r.post || '', bedrag(r.doormodderen), bedrag(r.doorbreken),
        metTeken(r.besparing)]),
    })) : alinea('De rekentool is nog leeg.', { id: `${voor}regels` }),
    (b.perOrganisatie || []).length ? el('h4', { class: 'utrecht-heading-4 utrecht-heading-4--distanced' }, 'Per organisatie') : null,
    (b.perOrganisatie || []).length ? regio(tabel({
      id: `${voor}organisaties`,
      bijschrift: 'Rekentool: kosten en besparing per organisatie',
      koppen: ['Organisatie', 'Doormodderen', 'Doorbreken', 'Besparing'],
      rijen: b.perOrganisatie.map((o) => [o.organisatie, bedrag(o.doormodderen), bedrag(o.doorbreken),
        metTeken(o.besparing)]),
    })) : null,
    el('h4', { class: 'utrecht-heading-4 utrecht-heading-4--distanced' }, 'Totaal per jaar'),
    gegevens(`${voor}totaal`, [
      ['Doormodderen per jaar', el('span', { id: `${voor}doormodderen` }, bedrag(b.doormodderen))],
      ['Doorbreken per jaar', el('span', { id: `${voor}doorbreken` }, bedrag(b.doorbreken))],
      ['Besparing per jaar', el('span', { id: `${voor}besparing` }, metTeken(b.totaal))],
    ]),
    p.voorRendement && p.voorRendement.tekst ? alinea(p.voorRendement.tekst, { id: `${voor}voorstel` }) : null,
  ];
}

/** De waarden van het formulier uit een plan. */
function waardenVan(p) {
  const kosten = {};
  (p ? p.kosten : []).forEach((r, i) => {
    kosten[i] = { organisatie: r.organisatie, post: r.post, doormodderen: r.doormodderen, doorbreken: r.doorbreken };
  });
  return { doel: p ? p.doel : null, stappen: p ? p.stappen.join('\n') : null, kosten };
}

function leeg(r) {
  return !r || [r.organisatie, r.post, r.doormodderen, r.doorbreken].every((w) => w === null || w === undefined || w === '');
}

/** Het plan voor de API uit de waarden van het formulier; indices: welke regel van het formulier elke regel is. */
function naarPlan(w) {
  const indices = [];
  const kosten = [];
  Object.keys(w.kosten || {}).map(Number).sort((a, b) => a - b).forEach((i) => {
    if (!leeg(w.kosten[i])) {
      indices.push(i);
      kosten.push(w.kosten[i]);
    }
  });
  const stappen = (w.stappen || '').split('\n').map((s) => s.trim()).filter(Boolean);
  return { body: { doel: w.doel, stappen, kosten }, indices };
}

/** De naam van een veld in de API (kosten.0.organisatie, stappen.3) als naam van het veld in het formulier. */
function veldNaam(naam, indices) {
  const regel = /^kosten\.(\d+)\.(.+)$/.exec(naam || '');
  if (regel && indices[Number(regel[1])] !== undefined) {
    return `kosten.${indices[Number(regel[1])]}.${regel[2]}`;
  }
  return /^stappen\.\d+$/.test(naam || '') ? 'stappen' : naam;
}

export async function deel(ctx, casus, houder) {
  const g = ctx.sessie.gebruiker.gemeente;
  const adres = pad`/api/gemeenten/${g}/casussen/${casus.id}/perspectiefplan`;
  const vast = casus.status === 'afgesloten';

  async function lees() {
    try {
      return await api('GET', adres);
    } catch (f) {
      if (f instanceof ApiFout && f.status === 404) {
        return null;
      }
      throw f;
    }
  }

  function toon(plan, bericht) {
    const ok = bericht ? melding('ok', bericht, 'perspectiefplan-bericht') : null;
    if (ok) {
      ok.tabIndex = -1;
    }
    vervang(houder, ok,
      plan ? planWeergave(plan, 'perspectiefplan-')
        : alinea('Deze casus heeft nog geen perspectiefplan: het doel van de inwoner en de rekentool.',
          { id: 'perspectiefplan-leeg' }),
      vast ? alinea('De casus is afgesloten: het perspectiefplan ligt vast.')
        : el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' },
          knop(plan ? 'Perspectiefplan wijzigen' : 'Perspectiefplan maken',
            () => toonFormulier(plan, waardenVan(plan), (plan ? plan.kosten.length : 0) + LEGE_REGELS, null), 'secondary', { id: 'perspectiefplan-wijzig' })));
    if (ok) {
      ok.focus();
    }
  }

  /**
   * Het formulier. basis: het plan dat het vervangt (If-Match: zijn versie; null: een nieuw plan); waarden: wat er
   * in de velden staat; regels: zoveel regels van de rekentool; nieuwste: na een 409 de nieuwste versie erboven.
   */
  function toonFormulier(basis, waarden, regels, nieuwste) {
    const aantal = Math.max(1, regels);
    const velden = [
      { naam: 'doel', label: 'Doel van de inwoner', type: 'tekstvak', verplicht: true, maxLengte: 4000, waarde: waarden.doel,
        beschrijving: 'Wat de inwoner over ongeveer een jaar wil bereiken, in zijn of haar eigen woorden.' },
      { naam: 'stappen', label: 'Stappen', type: 'tekstvak', rijen: 3, waarde: waarden.stappen,
        beschrijving: 'Eén stap per regel.' },
    ];
    for (let i = 0; i < aantal; i++) {
      const r = (waarden.kosten || {})[i] || {};
      velden.push(
        { naam: `kosten.${i}.organisatie`, label: 'Organisatie', waarde: r.organisatie },
        { naam: `kosten.${i}.post`, label: 'Post', waarde: r.post },
        { naam: `kosten.${i}.doormodderen`, label: 'Doormodderen (euro per jaar)', type: 'bedrag', min: 0, waarde: r.doormodderen },
        { naam: `kosten.${i}.doorbreken`, label: 'Doorbreken (euro per jaar)', type: 'bedrag', min: 0, waarde: r.doorbreken },
      );
    }
    const f = formulier({
      id: 'perspectiefplan-formulier',
      velden,
      knop: 'Perspectiefplan opslaan',
      verstuur: async (w) => {
        const { body, indices } = naarPlan(w);
        try {
          return await (basis ? metVersie('PUT', adres, body, basis.versie) : api('PUT', adres, body));
        } catch (fout) {
          if (fout instanceof ApiFout) {
            fout.invalidParams = fout.invalidParams.map((p) => ({ ...p, name: veldNaam(p.name, indices) }));
          }
          throw fout;
        }
      },
      klaar: (plan) => toon(plan, 'Het perspectiefplan is opgeslagen.'),
      herlaad: async (getypt) => {
        // the newest version above the form, what was typed stays in it: saving replaces the newest version
        try {
          const plan = await lees();
          toonFormulier(plan, getypt, Object.keys(getypt.kosten || {}).length, plan || { leeg: true });
        } catch (fout) {
          if (fout instanceof ApiFout && fout.status === 401) {
            ctx.toon();
            return;
          }
          vervang(houder, melding('error', fout.detail || 'Het perspectiefplan kon niet worden geladen.'));
        }
      },
      annuleer: async () => toon(await lees().catch(() => basis)),
    });
    // a fieldset per line of the rekentool, so each field is named with its line
    const lijst = f.element;
    for (let i = 0; i < aantal; i++) {
      const rij = [...lijst.querySelectorAll(`[data-veld^="kosten.${i}."]`)];
      const groep = el('fieldset', { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset doorbraak-rekenregel', 'data-regel': String(i) },
        el('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, `Regel ${i + 1} van de rekentool`));
      rij[0].before(groep);
      groep.append(...rij);
    }
    const laatste = lijst.querySelector(`[data-regel="${aantal - 1}"]`);
    laatste.after(el('div', { class: 'utrecht-button-group' },
      knop('Regel toevoegen', () => {
        toonFormulier(basis, f.waarden(), aantal + 1, nieuwste);
        const nieuw = houder.querySelector(`[data-regel="${aantal}"] input`);
        if (nieuw) {
          nieuw.focus();
        }
      }, 'secondary', { id: 'perspectiefplan-regel-erbij' })));
    const vergelijk = nieuwste ? [
      melding('warning', 'Iemand anders heeft het perspectiefplan intussen gewijzigd. Hieronder eerst de nieuwste versie; '
        + 'uw invoer staat nog in het formulier. Opslaan vervangt de nieuwste versie door uw invoer.', 'perspectiefplan-nieuwste-melding'),
      nieuwste.leeg ? alinea('Het plan bestaat niet meer.')
        : el('section', { class: 'doorbraak-vergelijk', id: 'perspectiefplan-nieuwste', 'aria-labelledby': 'perspectiefplan-nieuwste-kop' },
          kop3(`Nieuwste versie (versie ${nieuwste.versie})`, 'perspectiefplan-nieuwste-kop'),
          planWeergave(nieuwste, 'perspectiefplan-nieuwste-')),
      kop3('Uw invoer'),
    ] : [];
    vervang(houder, vergelijk, f.element);
    if (nieuwste) {
      const m = houder.querySelector('#perspectiefplan-nieuwste-melding');
      m.tabIndex = -1;
      m.focus();
    } else {
      f.veld('doel').focus();
    }
  }

  // the plan is read when asked for: each read is a verwerking in the inwoner's report (docs/privacy.md), and most
  // casussen have none yet (a 404 for every casus opened would be noise)
  vervang(houder,
    alinea('Het doel van de inwoner en de rekentool (doormodderen tegenover doorbreken). Elke keer dat u het plan opent, '
      + 'staat dat als verwerking in het rapport van de inwoner.'),
    el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' },
      knop('Perspectiefplan openen', async (e) => {
        e.currentTarget.disabled = true;
        const plan = await lees().catch((f) => {
          vervang(houder, melding('error', f.detail || 'Het perspectiefplan kon niet worden geladen.'));
          return undefined;
        });
        if (plan !== undefined && ctx.actueel()) {
          toon(plan);
          houder.querySelector('#perspectiefplan-wijzig')?.focus();
        }
      }, 'secondary', { id: 'perspectiefplan-open', 'aria-controls': 'deel-perspectiefplan' })));
}
