/**
 * Deel "Precedenten (20 %-register)" van het casusscherm: eerdere doorbraken en rode-knopuitkomsten bij het thema van
 * de casus of bij een regel, uit alle gemeenten die delen, terwijl de tafel een besluit voorbereidt. Geanonimiseerd:
 * er staat niets van andere casussen in. Contract: nl.doorbraak.api.http.VariantEndpoint#casusdelen.
 */
import { alinea, api, bedrag, el, knop, melding } from './dom.js';

const AANTAL = 5;

export default function toon(element, context) {
  let weg = false;
  const gemeente = encodeURIComponent(context.gemeente);
  const basis = `/api/gemeenten/${gemeente}/rodeknop/precedenten`;
  let thema = '';
  let regel = '';

  async function laad(bericht) {
    try {
      const q = new URLSearchParams({ pageSize: String(AANTAL) });
      if (regel) {
        q.set('regel', regel);
      } else {
        // the register takes the thema of this casus (the casus itself is not fetched again)
        q.set('casusId', context.casus);
      }
      const lijst = await api(context, 'GET', `${basis}?${q}`);
      thema = regel ? thema : (lijst.thema || '');
      if (!weg) {
        teken(lijst, bericht);
      }
    } catch (fout) {
      if (!weg) {
        element.replaceChildren(melding(fout.status === 404 ? 'info' : 'error', fout.status === 404
          ? 'Het 20 %-register is hier niet beschikbaar.' : `De precedenten konden niet worden geladen. ${fout.message}`));
      }
    }
  }

  function teken(lijst, bericht) {
    const uitleg = regel ? `Precedenten bij regels met "${regel}"`
      : thema ? `Precedenten bij het thema ${thema}` : 'De nieuwste precedenten';
    const delen = [
      bericht ? melding('ok', bericht) : null,
      alinea('Eerdere doorbraken en uitkomsten van de rode knop, uit alle gemeenten die ze delen. Er staat niets in van '
        + 'de casussen zelf.'),
      zoekFormulier(),
      el('p', { class: 'utrecht-paragraph', id: 'precedenten-uitleg', 'aria-live': 'polite' },
        `${uitleg}: ${lijst.count === 0 ? 'geen' : lijst.count}${lijst.count > AANTAL ? ` (de ${AANTAL} nieuwste)` : ''}.`),
      lijst.eigenGemeenteDeelt === false
        ? melding('info', 'Uw gemeente deelt haar eigen precedenten niet met andere gemeenten.') : null,
      el('ul', { class: 'utrecht-unordered-list', id: 'precedenten-lijst' },
        lijst.results.map((p) => el('li', { class: 'utrecht-unordered-list__item', 'data-precedent': p.id },
          alinea(p.samenvatting),
          el('p', { class: 'utrecht-paragraph' },
            [p.soortNaam, p.gemeenteNaam, p.besparing !== null ? `besparing ${bedrag(p.besparing)} per jaar` : null,
              `${p.gebruikt} keer gebruikt`].filter(Boolean).join(' · ')),
          gebruiktKnop(p)))),
    ];
    element.replaceChildren(...delen.filter(Boolean));
  }

  function zoekFormulier() {
    const invoer = el('input', { class: 'utrecht-textbox utrecht-textbox--html-input', id: 'precedenten-regel',
      name: 'regel', type: 'search', maxlength: '200', value: regel });
    return el('form', { class: 'utrecht-form', id: 'precedenten-zoek', role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        regel = invoer.value.trim();
        laad();
      } },
    el('div', { class: 'utrecht-form-field' },
      el('label', { class: 'utrecht-form-label', for: 'precedenten-regel' }, 'Zoek op (een deel van) de regel'),
      invoer),
    el('div', { class: 'utrecht-button-group' },
      el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'submit' }, 'Zoeken')));
  }

  function gebruiktKnop(p) {
    const k = knop('Gebruikt bij deze casus', async () => {
      k.disabled = true;
      try {
        const nieuw = await api(context, 'POST', `${basis}/${encodeURIComponent(p.id)}/gebruikt`, { casusId: context.casus });
        await laad(`Vastgelegd: dit precedent is nu ${nieuw.gebruikt} keer gebruikt. Alleen het aantal wordt bewaard.`);
      } catch (fout) {
        k.disabled = false;
        element.prepend(melding('error', `Het gebruik kon niet worden vastgelegd. ${fout.message}`));
      }
    });
    k.id = `precedent-gebruikt-${p.id}`;
    k.setAttribute('aria-label', `Gebruikt bij deze casus: ${p.samenvatting}`);
    return k;
  }

  laad();
  return () => {
    weg = true;
  };
}
