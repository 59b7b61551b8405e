// Het scherm Privacy voor de gemeentebeheerder: het verwerkingenrapport van één inwoner (op pseudoniem, voor een
// inzageverzoek) en de bewaartermijn: eerst tellen, dan na bevestiging wissen. Zie docs/webapp.md en docs/privacy.md.
import { api, ApiFout, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier, voortgangsbalk } from './formulier.js';
import { alinea, kop, kop2, knop, melding, opDatum, tabel } from './onderdelen.js';

const HANDELING = { lezen: 'Lezen', wijzigen: 'Wijzigen', wissen: 'Wissen' };

function aantal(n, enkel, meer) {
  return `${n} ${n === 1 ? enkel : meer}`;
}

export async function privacy(ctx) {
  ctx.titel('Privacy');
  const g = ctx.sessie.gebruiker.gemeente;
  const h1 = kop('Privacy');

  // ---- het verwerkingenrapport ----
  const rapport = el('div', { id: 'privacy-rapport', tabindex: '-1' });
  const zoek = formulier({
    id: 'privacy-zoek',
    knop: 'Rapport opvragen',
    bezigTekst: 'Het rapport wordt opgehaald…',
    velden: [{
      naam: 'inwoner',
      label: 'Pseudoniem van de inwoner',
      verplicht: true,
      maxLengte: 40,
      beschrijving: 'Zoals het bij de casus staat, bijvoorbeeld INW-3F9A2C. Nooit een BSN.',
    }],
    // the pseudonym goes to the API in its query, never into the app's own address or history; a BSN goes nowhere
    verstuur: (w) => {
      if (/^\d{8,9}$/.test(w.inwoner.replace(/[\s.\-]/g, ''))) {
        return Promise.reject(new ApiFout(400, { detail: 'Zoek op pseudoniem, niet op BSN.', invalidParams: [{
          name: 'inwoner', code: 'ongeldig', reason: 'Een BSN hoort niet in een adres; gebruik het pseudoniem van de inwoner.' }] }));
      }
      return api('GET', `${pad`/api/gemeenten/${g}/verwerkingen`}?${new URLSearchParams({ inwoner: w.inwoner })}`);
    },
    klaar: (r) => {
      vervang(rapport,
        alinea(`${aantal(r.count, 'verwerking', 'verwerkingen')} van de gegevens van ${r.inwoner}.`,
          { id: 'privacy-rapport-aantal', role: 'status' }),
        r.count ? tabel({
          id: 'privacy-verwerkingen',
          bijschrift: `Verwerkingen van ${r.inwoner}, oudste eerst`,
          koppen: ['Wanneer', 'Wie', 'Rol', 'Handeling', 'Gegevens', 'Doel', 'Via'],
          rijen: r.results.map((v) => [opDatum(v.op, true), v.door, v.rol, HANDELING[v.handeling] || v.handeling,
            v.object, v.doel, v.via || 'het platform']),
        }) : null);
      rapport.focus();
    },
  });

  // ---- de bewaartermijn ----
  const termijn = alinea('De bewaartermijn wordt geladen…', { id: 'privacy-termijn' });
  const uitkomst = el('div', { id: 'privacy-bewaartermijn', tabindex: '-1' });
  const route = pad`/api/gemeenten/${g}/bewaartermijn`;

  async function voerUit(proef) {
    const balk = voortgangsbalk(proef ? 'Er wordt geteld…' : 'Er wordt gewist…', 'privacy-bezig');
    vervang(uitkomst, balk.element);
    try {
      const r = await api('POST', proef ? `${route}?proef=true` : route);
      const w = r.results[0];
      if (!ctx.actueel()) {
        return;
      }
      if (proef) {
        const nul = w.casussen === 0 && w.notities === 0;
        vervang(uitkomst,
          alinea(`${aantal(w.casussen, 'casus', 'casussen')} en ${aantal(w.notities, 'notitie', 'notities')} vallen buiten `
            + `de bewaartermijn (afgesloten vóór ${opDatum(w.grens)}).`, { id: 'privacy-proef', role: 'status' }),
          nul ? null : knop('Nu wissen…', () => bevestig(w), 'primary', { id: 'privacy-wissen' }));
      } else {
        vervang(uitkomst, melding('ok', `Gewist: de persoonsgegevens van ${aantal(w.casussen, 'casus', 'casussen')} en `
          + `${aantal(w.notities, 'notitie', 'notities')}. Elke gewiste casus staat in de audittrail.`, 'privacy-gewist'));
      }
    } catch (f) {
      if (f instanceof ApiFout && f.status === 401) {
        throw f;
      }
      vervang(uitkomst, melding('error', f.detail || 'Dat lukte niet. Probeer het opnieuw.'));
    }
    uitkomst.focus();
  }

  function bevestig(w) {
    const nee = knop('Annuleren', () => {
      vervang(uitkomst);
      proefKnop.focus();
    }, 'secondary', { id: 'privacy-wissen-nee' });
    vervang(uitkomst, el('div', { class: 'utrecht-alert utrecht-alert--warning doorbraak-alert', role: 'alert' },
      el('div', { class: 'utrecht-alert__content' }, el('div', { class: 'utrecht-alert__message' },
        alinea(`De persoonsgegevens van ${aantal(w.casussen, 'casus', 'casussen')} nu wissen? Dat kan niet ongedaan worden `
          + 'gemaakt. De cijfers voor de rapportage blijven.'),
        el('div', { class: 'utrecht-button-group' },
          knop('Ja, nu wissen', () => voerUit(false), 'primary', { id: 'privacy-wissen-ja' }), nee)))));
    uitkomst.focus();
  }

  const proefKnop = knop('Tellen wat gewist wordt', () => voerUit(true), 'secondary', { id: 'privacy-proef-knop' });

  vervang(ctx.inhoud, h1,
    el('section', { 'aria-labelledby': 'privacy-rapport-kop' }, kop2('Verwerkingen van een inwoner', 'privacy-rapport-kop'),
      alinea('Voor een inzageverzoek: wie de gegevens van deze inwoner las of wijzigde, wanneer en waarom. Ook het '
        + 'opvragen van dit rapport wordt vastgelegd.'),
      zoek.element, rapport),
    el('section', { 'aria-labelledby': 'privacy-termijn-kop' }, kop2('Bewaartermijn', 'privacy-termijn-kop'),
      termijn,
      alinea('Het platform wist dit elke dag zelf. Hier kunt u eerst tellen wat er nu buiten de termijn valt, en het '
        + 'daarna meteen wissen.'),
      el('div', { class: 'utrecht-button-group' }, proefKnop), uitkomst));

  try {
    const gemeente = await api('GET', pad`/api/gemeenten/${g}`);
    if (ctx.actueel()) {
      vervang(termijn, `${gemeente.naam} bewaart persoonsgegevens tot ${aantal(gemeente.bewaartermijnMaanden, 'maand',
        'maanden')} na het afsluiten van een casus.`);
    }
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    vervang(termijn, 'De bewaartermijn van de gemeente kon niet worden geladen.');
  }
  return h1;
}
