// Formulieren: velden met labels, de invalidParams van de API naast het juiste veld, niets kwijt bij een 400 of 409,
// voortgang bij lang werk. Elk scherm dat iets wijzigt bouwt zijn formulier hiermee. Zie docs/webapp.md, "Formulieren".
import { ApiFout } from './api.js';
import { el, vervang } from './dom.js';
import { melding } from './onderdelen.js';

let volgnummer = 0;

/**
 * Een veld: {naam, label, type, verplicht, beschrijving, waarde, opties, min, max, stap, maxLengte, rijen}.
 * type: tekst (standaard), tekstvak, getal, bedrag, datum, keuze (opties: [[waarde, tekst], ...]), janee, bestand.
 * Een naam met punten (variantData.urgentie) wordt een genest object in waarden().
 */
function invoer(id, v) {
  const gemeen = {
    id,
    name: v.naam,
    // aria-required, not required: an empty required field would be :invalid (and styled so) before anyone typed;
    // the form checks it itself, in Dutch, on submit
    'aria-required': v.verplicht ? 'true' : null,
    'aria-describedby': v.beschrijving ? `${id}-uitleg` : null,
  };
  switch (v.type) {
    case 'tekstvak':
      return el('textarea', { class: 'utrecht-textarea utrecht-textarea--html-textarea', rows: v.rijen || 4,
        maxlength: v.maxLengte || null, ...gemeen }, v.waarde ?? '');
    case 'keuze':
      return el('select', { class: 'utrecht-select utrecht-select--html-select', ...gemeen },
        v.verplicht ? null : el('option', { value: '' }, '—'),
        (v.opties || []).map(([waarde, tekst]) => el('option', { value: waarde, selected: String(v.waarde ?? '') === String(waarde) },
          tekst ?? waarde)));
    case 'janee':
      return el('input', { class: 'utrecht-checkbox utrecht-checkbox--html-input', type: 'checkbox',
        checked: v.waarde === true, ...gemeen, 'aria-required': null });
    case 'bestand':
      return el('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type: 'file', accept: v.accept || null,
        ...gemeen });
    default: {
      const type = { getal: 'number', bedrag: 'number', datum: 'date' }[v.type] || 'text';
      return el('input', { class: 'utrecht-textbox utrecht-textbox--html-input', type, value: v.waarde ?? '',
        min: v.min ?? null, max: v.max ?? null, step: v.type === 'bedrag' ? '0.01' : (v.stap ?? null),
        maxlength: v.maxLengte || null, inputmode: v.type === 'bedrag' ? 'decimal' : null, ...gemeen });
    }
  }
}

function waardeVan(v, e) {
  switch (v.type) {
    case 'janee':
      return e.checked;
    case 'getal':
    case 'bedrag':
      return e.value.trim() === '' ? null : Number(e.value);
    case 'bestand':
      return e.files && e.files.length ? e.files[0] : null;
    case 'keuze':
    case 'datum':
      return e.value === '' ? null : e.value;
    default:
      return e.value.trim() === '' ? null : e.value.trim();
  }
}

function zetGenest(doel, naam, waarde) {
  const delen = naam.split('.');
  let o = doel;
  for (const d of delen.slice(0, -1)) {
    o[d] = o[d] && typeof o[d] === 'object' ? o[d] : {};
    o = o[d];
  }
  o[delen[delen.length - 1]] = waarde;
}

/**
 * De velden van een tafelvariant uit zijn beschrijving (GET …/{variant}/velden of de velden van GET /api/varianten):
 * {naam, label, type: tekst|getal|jaNee|keuze|datum, verplicht, maxLengte, waarden}, als velden voor formulier()
 * onder variantData.
 */
export function variantVelden(beschrijving, huidige = {}) {
  const type = { tekst: 'tekst', getal: 'getal', jaNee: 'janee', janee: 'janee', keuze: 'keuze', datum: 'datum' };
  return (beschrijving || []).map((v) => ({
    naam: `variantData.${v.naam}`,
    label: v.label || v.naam,
    type: (v.type === 'tekst' && v.maxLengte > 200) ? 'tekstvak' : (type[v.type] || 'tekst'),
    verplicht: v.verplicht,
    maxLengte: v.maxLengte || null,
    opties: (v.waarden || []).map((w) => [w, w]),
    waarde: huidige[v.naam],
  }));
}

/**
 * Een formulier dat verstuurt met verstuur(waarden, {voortgang}) (een Promise; een ApiFout bij een fout).
 * - 400 met invalidParams: elke fout staat onder zijn veld (aria-invalid, aria-describedby), de rest en een
 *   samenvatting bovenaan; de focus gaat naar het eerste foute veld. Wat getypt is blijft staan.
 * - 409/412 (intussen gewijzigd): een melding, de invoer blijft staan; met herlaad een knop "Nieuwste versie laden".
 * - tijdens het versturen: de knop is uitgeschakeld, een voortgangsbalk (met voortgang(fractie) een echte).
 * @returns {element, waarden(), veld(naam), fouten(invalidParams), reset()}
 */
export function formulier({ id, velden, knop = 'Opslaan', verstuur, klaar, herlaad, annuleer, bezigTekst = 'Bezig…' }) {
  const nummer = ++volgnummer;
  const invoeren = new Map();
  const foutVakken = new Map();
  const samenvatting = el('div', { id: `${id}-fouten`, tabindex: '-1' });
  const voortgang = el('div', { class: 'doorbraak-voortgang', id: `${id}-voortgang`, role: 'status', hidden: true });

  const rijen = velden.map((v) => {
    const veldId = `${id}-${v.naam.replace(/[^A-Za-z0-9_-]/g, '-')}-${nummer}`;
    const e = invoer(veldId, v);
    const fout = el('div', { class: 'utrecht-form-field-error-message', id: `${veldId}-fout`, hidden: true });
    invoeren.set(v.naam, { v, e, fout });
    foutVakken.set(v.naam, fout);
    const label = el('label', { class: 'utrecht-form-label', for: veldId }, v.label, v.verplicht ? null
      : el('span', { class: 'doorbraak-optioneel' }, ' (niet verplicht)'));
    if (v.type === 'janee') {
      return el('div', { class: 'utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced', 'data-veld': v.naam },
        el('div', { class: 'utrecht-form-field__input' }, e),
        el('div', { class: 'utrecht-form-field__label utrecht-form-field__label--checkbox' }, label),
        v.beschrijving ? el('div', { class: 'utrecht-form-field__description', id: `${veldId}-uitleg` }, v.beschrijving) : null,
        fout);
    }
    return el('div', { class: 'utrecht-form-field utrecht-form-field--text utrecht-form-field--distanced', 'data-veld': v.naam },
      el('div', { class: 'utrecht-form-field__label' }, label),
      v.beschrijving ? el('div', { class: 'utrecht-form-field__description', id: `${veldId}-uitleg` }, v.beschrijving) : null,
      fout,
      el('div', { class: 'utrecht-form-field__input' }, e));
  });

  const verzend = el('button', { class: 'utrecht-button utrecht-button--primary-action utrecht-button--submit', type: 'submit' }, knop);
  const form = el('form', { class: 'utrecht-form doorbraak-formulier', id, novalidate: true },
    samenvatting, rijen, voortgang,
    el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' }, verzend,
      annuleer ? el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', onclick: annuleer },
        'Annuleren') : null));

  function waarden() {
    const uit = {};
    for (const [naam, { v, e }] of invoeren) {
      zetGenest(uit, naam, waardeVan(v, e));
    }
    return uit;
  }

  function wisFouten() {
    vervang(samenvatting);
    for (const { e, fout, v } of invoeren.values()) {
      e.removeAttribute('aria-invalid');
      e.classList.remove('utrecht-textbox--invalid', 'utrecht-select--invalid', 'utrecht-textarea--invalid');
      if (v.beschrijving) {
        e.setAttribute('aria-describedby', `${e.id}-uitleg`);
      } else {
        e.removeAttribute('aria-describedby');
      }
      fout.hidden = true;
      vervang(fout);
    }
  }

  /** Zet de invalidParams van de API bij hun velden; geeft het eerste foute veld. */
  function fouten(lijst, detail) {
    wisFouten();
    let eerste = null;
    const elders = [];
    for (const p of lijst) {
      const i = invoeren.get(p.name);
      if (!i) {
        elders.push(p);
        continue;
      }
      i.fout.hidden = false;
      vervang(i.fout, el('p', { class: 'utrecht-paragraph' }, p.reason || 'Deze waarde klopt niet.'));
      i.e.setAttribute('aria-invalid', 'true');
      i.e.classList.add(i.e.tagName === 'SELECT' ? 'utrecht-select--invalid'
        : i.e.tagName === 'TEXTAREA' ? 'utrecht-textarea--invalid' : 'utrecht-textbox--invalid');
      i.e.setAttribute('aria-describedby', [i.fout.id, i.v.beschrijving ? `${i.e.id}-uitleg` : null].filter(Boolean).join(' '));
      eerste = eerste || i.e;
    }
    vervang(samenvatting, el('div', { class: 'utrecht-alert utrecht-alert--error doorbraak-alert', role: 'alert' },
      el('div', { class: 'utrecht-alert__content' }, el('div', { class: 'utrecht-alert__message' },
        el('p', { class: 'utrecht-paragraph' }, detail || 'Controleer de gemarkeerde velden.'),
        elders.length ? el('ul', { class: 'utrecht-unordered-list' }, elders.map((p) => el('li', { class: 'utrecht-unordered-list__item' },
          `${p.name}: ${p.reason}`))) : null))));
    return eerste;
  }

  function toonVoortgang(fractie) {
    voortgang.hidden = false;
    const balk = voortgang.querySelector('progress') || el('progress', { class: 'doorbraak-voortgangsbalk', max: '1',
      'aria-label': bezigTekst });
    if (fractie === null || fractie === undefined) {
      balk.removeAttribute('value');
    } else {
      balk.value = Math.max(0, Math.min(1, fractie));
    }
    if (!balk.isConnected) {
      vervang(voortgang, el('span', {}, bezigTekst, ' '), balk);
    }
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    wisFouten();
    // empty required fields first, in Dutch from our labels (the API checks the rest)
    const ontbreekt = [...invoeren.values()].filter(({ v, e }) => v.verplicht && v.type !== 'janee'
      && (v.type === 'bestand' ? !(e.files && e.files.length) : e.value.trim() === ''));
    if (ontbreekt.length) {
      const eerste = fouten(ontbreekt.map(({ v }) => ({ name: v.naam, reason: `Vul ${v.label.toLowerCase()} in.` })),
        ontbreekt.length === 1 ? 'Eén veld is nog leeg.' : `${ontbreekt.length} velden zijn nog leeg.`);
      (eerste || samenvatting).focus();
      return;
    }
    verzend.disabled = true;
    verzend.setAttribute('aria-busy', 'true');
    form.setAttribute('aria-busy', 'true');
    toonVoortgang(null);
    try {
      const antwoord = await verstuur(waarden(), { voortgang: toonVoortgang });
      voortgang.hidden = true;
      if (klaar) {
        await klaar(antwoord);
      }
    } catch (f) {
      voortgang.hidden = true;
      if (!(f instanceof ApiFout)) {
        vervang(samenvatting, melding('error', 'Er ging iets mis in deze pagina. Uw invoer staat er nog; probeer het opnieuw.'));
        samenvatting.focus();
        return;
      }
      if (f.status === 401) {
        throw f;
      }
      if (f.invalidParams.length) {
        const eerste = fouten(f.invalidParams, f.detail);
        (eerste || samenvatting).focus();
      } else if (f.status === 409 || f.status === 412) {
        vervang(samenvatting, el('div', { class: 'utrecht-alert utrecht-alert--warning doorbraak-alert', role: 'alert' },
          el('div', { class: 'utrecht-alert__content' }, el('div', { class: 'utrecht-alert__message' },
            el('p', { class: 'utrecht-paragraph' }, f.detail),
            el('p', { class: 'utrecht-paragraph' }, 'Uw invoer staat er nog.'),
            herlaad ? el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button',
              onclick: () => herlaad(waarden()) }, 'Nieuwste versie laden') : null))));
        samenvatting.focus();
      } else {
        vervang(samenvatting, melding('error', f.detail || 'Opslaan lukte niet. Uw invoer staat er nog; probeer het opnieuw.'));
        samenvatting.focus();
      }
    } finally {
      verzend.disabled = false;
      verzend.removeAttribute('aria-busy');
      form.removeAttribute('aria-busy');
    }
  });

  return {
    element: form,
    waarden,
    fouten,
    veld: (naam) => invoeren.get(naam)?.e,
    reset: () => {
      form.reset();
      wisFouten();
    },
  };
}

/**
 * Een voortgangsbalk met tekst voor lang werk buiten een formulier (een download, een rapport):
 * const v = voortgangsbalk('CSV wordt gemaakt'); v.zet(0.4); v.klaar('Klaar.').
 */
export function voortgangsbalk(tekst, id) {
  const balk = el('progress', { class: 'doorbraak-voortgangsbalk', max: '1', 'aria-label': tekst });
  const label = el('span', {}, tekst, ' ');
  const element = el('div', { class: 'doorbraak-voortgang', id, role: 'status' }, label, balk);
  return {
    element,
    zet(fractie) {
      if (fractie === null || fractie === undefined) {
        balk.removeAttribute('value');
      } else {
        balk.value = Math.max(0, Math.min(1, fractie));
      }
    },
    klaar(bericht) {
      vervang(element, bericht || '');
    },
  };
}
