// Onder het inlogformulier: een knop per gemeente die inloggen via haar identity provider aanbiedt (GET /api/sso), en
// de weg voor wie een eenmalige code van een beheerder heeft. Zie docs/accounts.md (hoofdstuk 6) en docs/webapp.md.
import { api } from './api.js';
import { el, vervang } from './dom.js';
import { kop2 } from './onderdelen.js';

/** Het pad waar de gebruiker na het inloggen heen wil (alleen een pad van de app: ids, nooit namen). */
function terugpad() {
  const p = window.location.pathname;
  return /^\/[A-Za-z0-9._~\/-]*$/.test(p) && !p.startsWith('/api/') && !p.includes('..') ? p : '/';
}

/**
 * Vult het inlogscherm aan (houder: een leeg element onder het formulier). Zonder SSO-instelling, of als de lijst niet
 * te lezen is, blijft het SSO-deel weg: lokaal inloggen werkt altijd.
 */
export async function inlogAanvulling(ctx, houder) {
  const codeDeel = el('div', { id: 'met-code' });
  const ssoDeel = el('div', { id: 'sso' });
  const openCode = el('button', { class: 'utrecht-button utrecht-button--subtle', type: 'button', id: 'code-openen',
    'aria-expanded': 'false', 'aria-controls': 'met-code' }, 'Ik heb een eenmalige code van mijn beheerder');
  openCode.addEventListener('click', async () => {
    const { codeFormulier } = await import('./account.js');
    openCode.hidden = true;
    openCode.setAttribute('aria-expanded', 'true');
    const focus = codeFormulier(ctx, codeDeel);
    if (focus) {
      focus.focus();
    }
  });
  vervang(houder, ssoDeel, el('div', { class: 'doorbraak-inlog-code' }, openCode), codeDeel);
  let lijst;
  try {
    lijst = await api('GET', '/api/sso');
  } catch (f) {
    houder.dataset.sso = 'fout';
    return;
  }
  const gemeenten = (lijst && lijst.results) || [];
  // for tests and tools: how many gemeenten offer SSO on this screen
  houder.dataset.sso = String(gemeenten.length);
  if (!gemeenten.length || !houder.isConnected) {
    return;
  }
  const terug = terugpad();
  vervang(ssoDeel, kop2('Inloggen via uw gemeente', 'sso-kop'),
    el('p', { class: 'utrecht-paragraph' }, 'Heeft uw gemeente inloggen met uw account van de gemeente ingesteld? '
      + 'Dan logt u daar in.'),
    el('div', { class: 'utrecht-button-group doorbraak-sso-knoppen' },
      gemeenten.map((g) => {
        const href = new URL(g.start, window.location.href);
        if (terug !== '/') {
          href.searchParams.set('terug', terug);
        }
        // a real link: the browser goes to the identity provider and comes back with a session
        return el('a', { class: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action',
          href: href.toString(), 'data-sso': g.gemeente }, `Inloggen via ${g.naam || g.gemeente}`);
      })));
}
