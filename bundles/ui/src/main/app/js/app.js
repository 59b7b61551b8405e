// De schil: sessie, thema, routes (history API, uit routes.json) en de kop met menu en gebruiker. Zie docs/webapp.md.
import ROUTES from '../routes.json' with { type: 'json' };
import { api, ApiFout, pad, zetCsrf } from './api.js';
import { el, vervang } from './dom.js';
import { heeftRol, kop, melding } from './onderdelen.js';
import { pluginSchermen, schermPad } from './plugins.js';
import { inloggen } from './schermen.js';

/** Het thema van de gemeente (GET /api/gemeenten/{id} → thema) → de klasse van een pakket design tokens. */
const THEMAS = { utrecht: 'utrecht-theme' };
const STANDAARD_THEMA = 'voorbeeld-theme';

const inhoud = document.getElementById('inhoud');
const gebruikerVak = document.getElementById('gebruiker');
const menuVak = document.getElementById('menu');

/** De routes uit routes.json, met een reguliere expressie per pad en de namen van zijn parameters. */
const routes = ROUTES.routes.map((r) => {
  const namen = [];
  const bron = r.pad.replace(/\{([a-zA-Z0-9]+)\}/g, (_, naam) => {
    namen.push(naam);
    return '([A-Za-z0-9._~-]{1,128})';
  });
  return { ...r, patroon: new RegExp(`^${bron}${r.pad === '/' ? '' : '/?'}$`), namen };
});

let sessie = null;
let weergave = 0;
const lijst = { status: '', pagina: 1 };
const plugins = pluginSchermen({ menu: document.getElementById('menulijst'), sessie: () => (moetWachtwoordKiezen() ? null : sessie),
  melding, verlopen });

// ---- eenmalig wachtwoord (js/account.js): tot er een eigen wachtwoord is, alleen dat scherm; de API weigert de rest ----
function moetWachtwoordKiezen() {
  return !!(sessie && sessie.wachtwoordWijzigen);
}
// ----

function zetThema(klasse) {
  if (klasse === STANDAARD_THEMA) {
    zetHuisstijl(null);
  }
  const root = document.documentElement;
  for (const k of [STANDAARD_THEMA, ...Object.values(THEMAS)]) {
    root.classList.toggle(k, k === klasse);
  }
  root.dataset.thema = klasse;
}

async function laadThema() {
  const g = sessie && sessie.gebruiker.gemeente;
  let thema = null;
  let naam = null;
  if (g && !moetWachtwoordKiezen()) {
    try {
      const gemeente = await api('GET', pad`/api/gemeenten/${g}`);
      thema = gemeente.thema;
      naam = gemeente.naam;
    } catch (f) {
      // a role that may not read its gemeente gets the neutral theme
    }
  }
  zetThema(THEMAS[thema] || STANDAARD_THEMA);
  zetHuisstijl(thema === 'eigen' ? g : null, naam);
}

/**
 * Een gemeente zonder gepubliceerd pakket design tokens (thema "eigen"): haar kleuren en logo uit haar configuratie,
 * als stylesheet van de API (GET /api/gemeenten/{g}/huisstijl.css) bovenop de neutrale tokens; null haalt hem weg.
 */
function zetHuisstijl(g, naam) {
  const root = document.documentElement;
  let link = document.getElementById('huisstijl');
  root.classList.toggle('doorbraak-huisstijl', !!g);
  if (!g) {
    if (link) {
      link.remove();
    }
    return;
  }
  const href = pad`/api/gemeenten/${g}/huisstijl.css`;
  if (!link) {
    link = el('link', { id: 'huisstijl', rel: 'stylesheet', href });
    document.head.append(link);
  } else if (link.getAttribute('href') !== href) {
    link.setAttribute('href', href);
  }
  document.getElementById('logo').setAttribute('aria-label', `Logo van ${naam || 'de gemeente'}`);
}

/** Of de gebruiker deze route mag openen: zijn rollen, en een gemeente als het scherm er een nodig heeft. */
function magRoute(r) {
  return (!r.rollen || heeftRol(sessie, ...r.rollen)) && (r.gemeente === false || !!sessie.gebruiker.gemeente);
}

/** De vaste menu-items uit routes.json voor deze gebruiker (de plug-ins zetten hun items erachter). */
function tekenMenu() {
  const menu = document.getElementById('menulijst');
  menu.querySelectorAll('li[data-vast]').forEach((li) => li.remove());
  const items = sessie && !moetWachtwoordKiezen() ? routes.filter((r) => r.menu && magRoute(r)) : [];
  menu.prepend(...items.map((r) => el('li', { class: 'utrecht-nav-list__item', 'data-vast': true },
    el('a', { class: 'utrecht-link utrecht-nav-list__link', href: r.pad, 'data-route': true }, r.menu))));
}

function toonGebruiker() {
  menuVak.hidden = !sessie || moetWachtwoordKiezen();
  tekenMenu();
  if (!sessie) {
    plugins.leeg();
    vervang(gebruikerVak);
    return;
  }
  const u = sessie.gebruiker;
  vervang(gebruikerVak,
    // the name opens the own account (js/account.js: password, details)
    el('span', { id: 'ingelogd' }, el('a', { class: 'utrecht-link', href: '/account', 'data-route': true, id: 'mijn-account',
      title: 'Mijn account' }, u.naam || u.gebruikersnaam)),
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

/** Het scherm van een pad uit routes.json; een onbekend pad of een scherm dat de gebruiker niet mag: de start. */
async function naarRoute(ctx, p) {
  let gevonden = null;
  for (const r of routes) {
    const m = r.patroon.exec(p);
    if (m) {
      gevonden = { r, parameters: Object.fromEntries(r.namen.map((n, i) => [n, m[i + 1]])) };
      break;
    }
  }
  if (!gevonden || !magRoute(gevonden.r)) {
    // an account without a gemeente starts on the first screen it may open (e.g. the platform's), if any
    const start = routes.find((r) => r.menu && magRoute(r));
    if (gevonden && gevonden.r.rollen && !heeftRol(sessie, ...gevonden.r.rollen)) {
      ctx.titel('Geen toegang');
      const h1 = kop('Geen toegang');
      vervang(inhoud, h1, melding('warning', 'Dit scherm is er niet voor uw rol.'));
      return h1;
    }
    if (!start) {
      // no screen of the app for this account (the Rijk): its first plug-in screen, if it has one
      await ctx.klaarMetMenu;
      if (!ctx.actueel()) {
        return null;
      }
      const eerste = plugins.eerste();
      if (eerste) {
        history.replaceState(null, '', schermPad(eerste));
        return plugins.toon(ctx, eerste.plugin, eerste.id, kop);
      }
      ctx.titel('Start');
      const h1 = kop('Welkom');
      vervang(inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente, en er is nog geen scherm voor uw rol. '
        + 'Casussen staan per gemeente.'));
      return h1;
    }
    if (p !== start.pad) {
      history.replaceState(null, '', start.pad);
    }
    gevonden = { r: start, parameters: {} };
  }
  const module = await import(`./${gevonden.r.module}`);
  return module[gevonden.r.scherm](ctx, gevonden.parameters);
}

/** Toont het scherm van het huidige pad. */
async function toon() {
  const nummer = ++weergave;
  // every navigation: the open plug-in screen cleans up, the menu is fetched again
  const klaarMetMenu = plugins.navigatie();
  const ctx = {
    klaarMetMenu,
    plugins,
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
    } else if (moetWachtwoordKiezen()) {
      focus = (await import('./account.js')).eersteWachtwoord(ctx);
    } else {
      focus = await naarRoute(ctx, window.location.pathname);
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
