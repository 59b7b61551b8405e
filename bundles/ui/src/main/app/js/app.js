// De schil: sessie, thema, routes (history API) en de kop met de gebruiker. Zie docs/webapp.md.
import { api, ApiFout, pad, zetCsrf } from './api.js';
import { el, vervang } from './dom.js';
import { pluginSchermen } from './plugins.js';
import { casus, casussen, inloggen, kop, melding } from './schermen.js';
import { start as startpagina } from './start.js';

/** Het thema van de gemeente (GET /api/gemeenten/{id} → thema) → de klasse van een pakket design tokens. */
const THEMAS = { utrecht: 'utrecht-theme' };
const STANDAARD_THEMA = 'voorbeeld-theme';

const inhoud = document.getElementById('inhoud');
const gebruikerVak = document.getElementById('gebruiker');
const menuVak = document.getElementById('menu');

let sessie = null;
let weergave = 0;
const lijst = { status: '', pagina: 1 };
const plugins = pluginSchermen({ menu: document.getElementById('menulijst'), sessie: () => sessie, melding, verlopen });

function zetThema(klasse) {
  const root = document.documentElement;
  for (const k of [STANDAARD_THEMA, ...Object.values(THEMAS)]) {
    root.classList.toggle(k, k === klasse);
  }
  root.dataset.thema = klasse;
}

async function laadThema() {
  const g = sessie && sessie.gebruiker.gemeente;
  let thema = null;
  if (g) {
    try {
      thema = (await api('GET', pad`/api/gemeenten/${g}`)).thema;
    } catch (f) {
      // a role that may not read its gemeente gets the neutral theme
    }
  }
  zetThema(THEMAS[thema] || STANDAARD_THEMA);
}

function toonGebruiker() {
  menuVak.hidden = !sessie;
  if (!sessie) {
    plugins.leeg();
    vervang(gebruikerVak);
    return;
  }
  const u = sessie.gebruiker;
  vervang(gebruikerVak,
    el('span', { id: 'ingelogd' }, u.naam || u.gebruikersnaam),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', id: 'uitloggen',
      onclick: uitloggen }, 'Uitloggen'));
}

async function ingelogd(antwoord) {
  sessie = antwoord;
  zetCsrf(antwoord.csrfToken);
  await laadThema();
  toonGebruiker();
  await toon();
}

async function uitloggen() {
  const sso = sessie && sessie.sso;
  try {
    if (sso && sso.uitloggen) {
      // also at the gemeente's identity provider: the browser goes there and comes back to /
      window.location.assign(sso.uitloggen);
      return;
    }
    await api('DELETE', '/api/sessies/huidig');
  } catch (f) {
    // the session is gone either way for this page
  }
  sessie = null;
  zetCsrf(null);
  zetThema(STANDAARD_THEMA);
  lijst.status = '';
  lijst.pagina = 1;
  toonGebruiker();
  history.pushState(null, '', '/');
  await toon();
}

function zetTitel(scherm) {
  // never personal data in the title: the browser keeps it in its history
  document.title = `${scherm} - Doorbraak`;
}

/** Naar een pad van de app, met een nieuwe regel in de geschiedenis. */
function navigeer(naar) {
  if (naar !== window.location.pathname) {
    history.pushState(null, '', naar);
  }
  toon();
}

/** The session expired (a 401): log in again, on the same path. */
function verlopen() {
  sessie = null;
  toonGebruiker();
  zetThema(STANDAARD_THEMA);
  return toon();
}

/** Toont het scherm van het huidige pad. */
async function toon() {
  const nummer = ++weergave;
  // every navigation: the open plug-in screen cleans up, the menu is fetched again
  const klaarMetMenu = plugins.navigatie();
  const ctx = {
    klaarMetMenu,
    inhoud,
    sessie,
    lijst,
    titel: zetTitel,
    navigeer,
    toon,
    ingelogd,
    actueel: () => nummer === weergave,
  };
  let focus;
  try {
    if (!sessie) {
      focus = inloggen(ctx);
    } else {
      const p = window.location.pathname;
      const m = /^\/casussen\/([A-Za-z0-9_-]{1,64})$/.exec(p);
      const s = /^\/schermen\/([A-Za-z0-9._-]{1,128})\/([a-z0-9-]{1,64})$/.exec(p);
      if (m) {
        focus = await casus(ctx, m[1]);
      } else if (s) {
        focus = await plugins.toon(ctx, s[1], s[2], kop);
      } else if (p === '/casussen' || !sessie.gebruiker.gemeente) {
        focus = await casussen(ctx);
      } else {
        if (p !== '/') {
          history.replaceState(null, '', '/');
        }
        focus = await startpagina(ctx);
      }
    }
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      return verlopen();
    }
    vervang(inhoud, melding('error', f.detail || 'Er ging iets mis.'));
  }
  if (focus && nummer === weergave && nummer > 1) {
    focus.focus();
  }
  document.documentElement.dataset.klaar = String(nummer);
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-route]');
  if (a && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.button === 0) {
    e.preventDefault();
    navigeer(a.getAttribute('href'));
  }
});
window.addEventListener('popstate', () => toon());

async function start() {
  try {
    const s = await api('GET', '/api/sessies/huidig');
    sessie = s;
    zetCsrf(s.csrfToken);
    await laadThema();
  } catch (f) {
    sessie = null;
  }
  toonGebruiker();
  await toon();
}

start();
