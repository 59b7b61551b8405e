// Beheer van accounts (/beheer/gebruikers): de gemeentebeheerder de accounts van zijn gemeente, de platformbeheerder
// de platformaccounts (en de gemeentebeheerders van een gemeente) en de geblokkeerde clientadressen. Wie wat mag,
// beslist de API; dit scherm toont haar antwoorden. Zie docs/accounts.md en docs/webapp.md.
import { api, ApiFout, metVersie, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { gegevens, heeftRol, knop, kop, kop2, link, melding, opDatum, tabel } from './onderdelen.js';
import { ROLNAMEN, rolTekst } from './account.js';

const LIJST = '/beheer/gebruikers';
const NIEUW = '/beheer/gebruikers/nieuw';
const EEN = '/beheer/gebruikers/account';
const GEMEENTEROLLEN = ['gemeentebeheerder', 'casusregisseur', 'tafellid', 'transformaatje'];
const PLATFORMROLLEN = ['platformbeheerder', 'rijk'];

/** Voor de platformbeheerder: welke accounts hij bekijkt ('' = die van het platform, anders het id van een gemeente). */
let bereikPlatform = '';
/** Een melding voor het volgende tekenen (na een wijziging tekent het scherm opnieuw). */
let naMelding = null;

function isPlatform(ctx) {
  return heeftRol(ctx.sessie, 'platformbeheerder');
}

/** De gemeente waarvan de accounts getoond worden, of null voor de platformaccounts. */
function bereik(ctx) {
  return isPlatform(ctx) ? (bereikPlatform || null) : ctx.sessie.gebruiker.gemeente;
}

function basis(gemeente) {
  return gemeente ? pad`/api/gemeenten/${gemeente}/gebruikers` : '/api/platform/gebruikers';
}

function accountPad(gemeente, naam) {
  return `${basis(gemeente)}${pad`/${naam}`}`;
}

/** De rollen die deze beheerder in dit bereik kan geven (de API controleert het zelf ook). */
function rolOpties(ctx, gemeente) {
  if (!gemeente) {
    return PLATFORMROLLEN;
  }
  return heeftRol(ctx.sessie, 'gemeentebeheerder') ? GEMEENTEROLLEN : ['gemeentebeheerder'];
}

/** Alle pagina's van een lijst van de API (accounts en tafels zijn er per gemeente hooguit enkele honderden). */
async function alle(basisPad) {
  const uit = [];
  for (let pagina = 1; pagina <= 50; pagina++) {
    const a = await api('GET', `${basisPad}${basisPad.includes('?') ? '&' : '?'}page=${pagina}&pageSize=100`);
    uit.push(...(a.results || []));
    if (!a.next) {
      break;
    }
  }
  return uit;
}

/** De tafels van de gemeente (id → naam); een rol die ze niet mag lezen (403) krijgt er geen. */
async function tafelsVan(gemeente) {
  if (!gemeente) {
    return new Map();
  }
  try {
    return new Map((await alle(pad`/api/gemeenten/${gemeente}/tafels`)).map((t) => [t.id, t.naam || t.id]));
  } catch (f) {
    if (f instanceof ApiFout && (f.status === 403 || f.status === 404)) {
      return new Map();
    }
    throw f;
  }
}

function geblokkeerd(acc) {
  return !!acc.geblokkeerdTot && new Date(acc.geblokkeerdTot).getTime() > Date.now();
}

function statusTekst(acc) {
  const delen = [acc.actief ? 'Actief' : 'Gedeactiveerd'];
  if (geblokkeerd(acc)) {
    delen.push(`geblokkeerd tot ${opDatum(acc.geblokkeerdTot, true)}`);
  }
  if (acc.actief && acc.bron !== 'sso' && !acc.wachtwoordGezet) {
    delen.push('nog geen wachtwoord');
  }
  return delen.join(', ');
}

function foutMelding(f, wat) {
  if (f instanceof ApiFout && f.status === 403) {
    return melding('error', f.detail || 'U heeft geen toegang tot dit deel.');
  }
  if (f instanceof ApiFout && f.status === 404) {
    return melding('error', 'Dit account is niet gevonden, of het hoort niet bij uw gemeente.');
  }
  return melding('error', (f instanceof ApiFout && f.detail) || `${wat} kon niet worden geladen.`);
}

/** Naar één account; de naam gaat in de geschiedenis (history.state), nooit in het adres. */
function openAccount(ctx, gemeente, naam) {
  history.pushState({ gebruiker: naam, gemeente }, '', EEN);
  ctx.toon();
}

function accountLink(ctx, gemeente, naam) {
  return el('a', { class: 'utrecht-link', href: EEN, 'data-gebruiker': naam, onclick: (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) {
      return;
    }
    e.preventDefault();
    openAccount(ctx, gemeente, naam);
  } }, naam);
}

// ---- de lijst ----

export async function gebruikers(ctx) {
  ctx.titel('Gebruikers');
  const h1 = kop('Gebruikers');
  const gemeente = bereik(ctx);
  const bericht = naMelding;
  naMelding = null;
  const aantal = el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced', id: 'aantal', role: 'status' },
    'De accounts worden geladen…');
  const lijst = el('div', { id: 'gebruikerslijst' });
  const keuze = isPlatform(ctx) ? el('div', { id: 'bereik' }) : null;
  const blokkades = isPlatform(ctx) && !gemeente ? el('section', { id: 'adresblokkades', 'aria-labelledby': 'blokkades-kop' },
    kop2('Geblokkeerde adressen', 'blokkades-kop'), el('div', {})) : null;
  vervang(ctx.inhoud, h1,
    bericht ? melding('ok', bericht, 'gebruikers-melding') : null,
    el('p', { class: 'utrecht-paragraph' }, gemeente
      ? (isPlatform(ctx) ? 'De accounts van deze gemeente. U maakt en beheert hier haar gemeentebeheerders; de '
        + 'andere accounts beheert de gemeentebeheerder.' : 'De accounts van uw gemeente: rollen, tafels, '
        + 'blokkades en eenmalige codes.')
      : 'De accounts van het platform: platformbeheerders en Rijk.'),
    keuze,
    el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' },
      el('a', { class: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action', href: NIEUW,
        'data-route': true, id: 'nieuw-account' }, 'Nieuw account')),
    aantal, lijst, blokkades);
  if (keuze) {
    toonBereikKeuze(ctx, keuze);
  }
  if (blokkades) {
    toonBlokkades(ctx, blokkades.lastElementChild);
  }
  let accounts;
  let tafels;
  try {
    [accounts, tafels] = await Promise.all([alle(basis(gemeente)), tafelsVan(gemeente)]);
  } catch (f) {
    if (!ctx.actueel()) {
      return h1;
    }
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    vervang(aantal);
    vervang(lijst, foutMelding(f, 'De lijst'));
    return h1;
  }
  if (!ctx.actueel()) {
    return h1;
  }
  vervang(aantal, accounts.length === 1 ? '1 account.' : `${accounts.length} accounts.`);
  if (!accounts.length) {
    return h1;
  }
  vervang(lijst, tabel({
    id: 'gebruikers',
    bijschrift: gemeente ? 'Accounts van de gemeente' : 'Accounts van het platform',
    koppen: ['Gebruikersnaam', 'Naam', 'Rollen', 'Tafels', 'Status', 'Laatst ingelogd'],
    rijen: accounts.map((a) => [
      accountLink(ctx, gemeente, a.gebruikersnaam),
      a.naam || '',
      rolTekst(a.rollen),
      (a.tafels || []).map((t) => tafels.get(t) || t).join(', '),
      statusTekst(a),
      opDatum(a.laatstIngelogd, true) || 'nooit',
    ]),
    rijAttributen: (i) => ({ 'data-account': accounts[i].gebruikersnaam }),
  }));
  return h1;
}

/** De platformbeheerder kiest: de platformaccounts of de accounts van een gemeente. */
async function toonBereikKeuze(ctx, houder) {
  let gemeenten = [];
  try {
    gemeenten = await alle('/api/gemeenten');
  } catch (f) {
    // without the list only the platform's accounts
  }
  if (!ctx.actueel() || !gemeenten.length) {
    return;
  }
  const select = el('select', { class: 'utrecht-select utrecht-select--html-select', id: 'bereik-keuze', name: 'bereik' },
    el('option', { value: '', selected: !bereikPlatform }, 'Het platform (platformbeheerders en Rijk)'),
    gemeenten.map((g) => el('option', { value: g.id, selected: bereikPlatform === g.id }, g.naam || g.id)));
  const form = el('form', { class: 'doorbraak-filter', 'aria-label': 'Welke accounts' },
    el('div', { class: 'utrecht-form-field utrecht-form-field--text utrecht-form-field--distanced' },
      el('div', { class: 'utrecht-form-field__label' }, el('label', { class: 'utrecht-form-label', for: 'bereik-keuze' },
        'Accounts van')),
      el('div', { class: 'utrecht-form-field__input' }, select)),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'submit' }, 'Toon'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    bereikPlatform = select.value;
    ctx.toon();
  });
  vervang(houder, form);
}

/** GET /api/platform/blokkades, met per adres "Blokkade opheffen". */
async function toonBlokkades(ctx, houder) {
  vervang(houder, el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Wordt geladen…'));
  let adressen;
  try {
    adressen = await alle('/api/platform/blokkades');
  } catch (f) {
    if (ctx.actueel()) {
      vervang(houder, foutMelding(f, 'De lijst met adressen'));
    }
    return;
  }
  if (!ctx.actueel()) {
    return;
  }
  const uitleg = el('p', { class: 'utrecht-paragraph' }, 'Clientadressen met mislukte inlogpogingen. Na 20 mislukte '
    + 'pogingen binnen 15 minuten kan vanaf een adres niemand meer inloggen, tot de blokkade verloopt of u hem opheft.');
  if (!adressen.length) {
    vervang(houder, uitleg, el('p', { class: 'utrecht-paragraph', id: 'geen-blokkades' },
      'Er zijn geen adressen met mislukte inlogpogingen.'));
    return;
  }
  const status = el('div', { id: 'blokkades-status' });
  vervang(houder, uitleg, status, tabel({
    id: 'blokkades',
    bijschrift: 'Clientadressen met mislukte inlogpogingen',
    koppen: ['Adres', 'Mislukte pogingen', 'Geblokkeerd tot', 'Actie'],
    rijen: adressen.map((b) => [
      b.adres,
      String(b.mislukt),
      b.geblokkeerdTot && new Date(b.geblokkeerdTot).getTime() > Date.now() ? opDatum(b.geblokkeerdTot, true) : 'niet geblokkeerd',
      knop('Blokkade opheffen', async (e) => {
        e.currentTarget.disabled = true;
        try {
          await api('DELETE', pad`/api/platform/blokkades/${b.adres}`);
        } catch (f) {
          if (ctx.actueel()) {
            vervang(status, melding('error', (f instanceof ApiFout && f.detail) || 'Opheffen lukte niet.'));
          }
          return;
        }
        await toonBlokkades(ctx, houder);
        if (ctx.actueel()) {
          houder.prepend(melding('ok', `De blokkade van ${b.adres} is opgeheven.`, 'blokkade-opgeheven'));
        }
      }, 'secondary', { 'data-adres': b.adres, 'aria-label': `Blokkade opheffen voor ${b.adres}` }),
    ]),
    rijAttributen: (i) => ({ 'data-adres': adressen[i].adres }),
  }));
}

// ---- rollen en tafels in een formulier ----

/**
 * Een groep vinkjes (fieldset met legend) voor rollen of tafels, met een eigen plek voor de fout van de API: de
 * invalidParams "rollen" en "tafels" horen bij de groep, niet bij één veld van formulier().
 */
function vinkjes(id, legenda, opties, gekozen, uitleg) {
  const fout = el('div', { class: 'utrecht-form-field-error-message', id: `${id}-fout`, hidden: true });
  const vakjes = opties.map(([waarde, tekst]) => {
    const vakId = `${id}-${waarde.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    return el('div', { class: 'utrecht-form-field utrecht-form-field--checkbox' },
      el('div', { class: 'utrecht-form-field__input' }, el('input', { class: 'utrecht-checkbox utrecht-checkbox--html-input',
        type: 'checkbox', id: vakId, name: id, value: waarde, checked: gekozen.has(waarde) })),
      el('div', { class: 'utrecht-form-field__label utrecht-form-field__label--checkbox' },
        el('label', { class: 'utrecht-form-label', for: vakId }, tekst)));
  });
  const groep = el('fieldset', { class: 'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset utrecht-form-fieldset--distanced',
    id, tabindex: '-1', 'aria-describedby': uitleg ? `${id}-uitleg` : null },
  el('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, legenda),
  uitleg ? el('div', { class: 'utrecht-form-field__description', id: `${id}-uitleg` }, uitleg) : null,
  fout, vakjes);
  return {
    element: groep,
    waarden: () => [...groep.querySelectorAll('input:checked')].map((i) => i.value),
    fout(reden) {
      fout.hidden = !reden;
      vervang(fout, reden ? el('p', { class: 'utrecht-paragraph' }, reden) : null);
      groep.classList.toggle('utrecht-form-fieldset--invalid', !!reden);
      groep.setAttribute('aria-describedby', [reden ? fout.id : null, uitleg ? `${id}-uitleg` : null].filter(Boolean).join(' '));
      if (!groep.getAttribute('aria-describedby')) {
        groep.removeAttribute('aria-describedby');
      }
    },
  };
}

/**
 * Rollen en tafels als groepen in een formulier(); verstuur(body) krijgt de gekozen rollen en tafels erbij. Fouten
 * van de API bij "rollen" of "tafels" komen bij hun groep; de rest gaat naar formulier() zoals gewoonlijk.
 */
function metRollenEnTafels(groepen, verstuur) {
  return async (waarden) => {
    for (const g of Object.values(groepen).filter(Boolean)) {
      g.fout(null);
    }
    try {
      return await verstuur({ ...waarden, rollen: groepen.rollen.waarden(),
        tafels: groepen.tafels ? groepen.tafels.waarden() : [] });
    } catch (f) {
      if (!(f instanceof ApiFout) || !f.invalidParams.length) {
        throw f;
      }
      const rest = [];
      let eerste = null;
      for (const p of f.invalidParams) {
        const naam = String(p.name || '').split('.')[0];
        const g = groepen[naam];
        if (g) {
          g.fout(p.reason);
          eerste = eerste || g.element;
        } else {
          rest.push(p);
        }
      }
      if (eerste && !rest.length) {
        // only group errors: formulier() shows the API's detail above; the focus goes to the first group
        setTimeout(() => eerste.focus(), 0);
      }
      throw new ApiFout(f.status, { title: f.titel, detail: f.detail, invalidParams: rest });
    }
  };
}

function zetVoorKnoppen(f, ...elementen) {
  f.element.querySelector('.doorbraak-voortgang').before(...elementen.filter(Boolean));
}

function tafelGroep(gemeente, tafels, gekozen) {
  if (!gemeente || !tafels.size) {
    return null;
  }
  return vinkjes('tafels', 'Tafels', [...tafels].map(([id, naam]) => [id, naam]), new Set(gekozen || []),
    'Alleen voor de rol tafellid: de tafels waarvan het tafellid de casussen ziet.');
}

// ---- nieuw account ----

export async function nieuweGebruiker(ctx) {
  ctx.titel('Nieuw account');
  const h1 = kop('Nieuw account');
  const gemeente = bereik(ctx);
  const terug = el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced' }, link(LIJST, 'Terug naar de gebruikers'));
  vervang(ctx.inhoud, terug, h1, el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Wordt geladen…'));
  let tafels;
  try {
    tafels = await tafelsVan(gemeente);
  } catch (f) {
    if (ctx.actueel()) {
      vervang(ctx.inhoud, terug, h1, foutMelding(f, 'De tafels'));
    }
    return h1;
  }
  if (!ctx.actueel()) {
    return h1;
  }
  const groepen = {
    rollen: vinkjes('rollen', 'Rollen', rolOpties(ctx, gemeente).map((r) => [r, ROLNAMEN[r] || r]), new Set()),
    tafels: tafelGroep(gemeente, tafels, []),
  };
  const f = formulier({
    id: 'nieuw-account-formulier',
    knop: 'Account aanmaken',
    velden: [
      { naam: 'gebruikersnaam', label: 'Gebruikersnaam', verplicht: true, beschrijving: 'Uniek op het hele platform: '
        + '3 tot 100 kleine letters, cijfers en . _ @ -. Neem de gemeente erin op, bijvoorbeeld j.devries.utrecht of '
        + 'j.devries@utrecht.nl.' },
      { naam: 'naam', label: 'Naam', verplicht: true, beschrijving: 'De volledige naam van de gebruiker.' },
      gemeente ? { naam: 'sso', label: 'Logt in via de identity provider van de gemeente (SSO)', type: 'janee',
        beschrijving: 'Alleen als uw gemeente inloggen via haar identity provider heeft: maak het account vooraf onder de '
          + 'gebruikersnaam die de identity provider zal geven. Er komt dan geen eenmalige code.' } : null,
    ].filter(Boolean),
    verstuur: metRollenEnTafels(groepen, async (w) => {
      try {
        return await api('POST', basis(gemeente), { gebruikersnaam: w.gebruikersnaam, naam: w.naam, rollen: w.rollen,
          tafels: w.tafels, bron: w.sso ? 'sso' : 'lokaal' });
      } catch (fout) {
        if (fout instanceof ApiFout && fout.status === 409 && !fout.invalidParams.length) {
          // the only conflict of a new account: the name is taken; its message belongs at that field
          throw new ApiFout(409, { title: fout.titel, detail: fout.detail,
            invalidParams: [{ name: 'gebruikersnaam', reason: fout.detail }] });
        }
        throw fout;
      }
    }),
    klaar: (n) => toonNieuweCode(ctx, invoer, gemeente, n),
  });
  f.veld('gebruikersnaam').setAttribute('autocapitalize', 'none');
  f.veld('gebruikersnaam').setAttribute('spellcheck', 'false');
  f.veld('gebruikersnaam').setAttribute('autocomplete', 'off');
  zetVoorKnoppen(f, groepen.rollen.element, groepen.tafels && groepen.tafels.element);
  const invoer = el('div', { id: 'nieuw-invoer' },
    el('p', { class: 'utrecht-paragraph' }, !gemeente ? 'Een account van het platform: platformbeheerder of Rijk.'
      : isPlatform(ctx) ? 'Een gemeentebeheerder van de gekozen gemeente.' : 'Een account van uw gemeente.'),
    el('p', { class: 'utrecht-paragraph' }, 'U krijgt na het aanmaken eenmalig een code. Geef die persoonlijk of per '
      + 'telefoon door: daarmee kiest de gebruiker op het inlogscherm zelf een wachtwoord.'),
    f.element);
  vervang(ctx.inhoud, terug, h1, invoer);
  return h1;
}

/** Na het aanmaken: de eenmalige code, één keer te zien (een volgende GET geeft hem niet). */
function toonNieuweCode(ctx, invoer, gemeente, n) {
  const acc = n.account || n;
  const kopCode = el('h2', { class: 'utrecht-heading-2 utrecht-heading-2--distanced', tabindex: '-1', id: 'code-kop' },
    n.code ? 'Eenmalige code' : 'Aangemaakt');
  // the form goes: the account exists, a second click would only say that the name is taken
  const houder = el('div', { id: 'nieuw-resultaat' });
  invoer.replaceWith(houder);
  vervang(houder, kopCode,
    melding('ok', `Het account ${acc.gebruikersnaam} is aangemaakt.`, 'aangemaakt'),
    n.code ? [
      gegevens('code-gegevens', [
        ['Gebruikersnaam', acc.gebruikersnaam],
        ['Eenmalige code', el('strong', { id: 'eenmalige-code', class: 'doorbraak-code' }, n.code.code)],
        ['Geldig tot', opDatum(n.code.geldigTot, true)],
      ]),
      el('p', { class: 'utrecht-paragraph' }, 'Deze code ziet u maar één keer. Geef hem buiten Doorbraak door '
        + '(persoonlijk of per telefoon). De gebruiker kiest ermee op het inlogscherm, onder "Ik heb een eenmalige '
        + 'code van mijn beheerder", zelf een wachtwoord.')]
      : el('p', { class: 'utrecht-paragraph' }, 'Dit account logt in via de identity provider van de gemeente; de '
        + 'eerste aanmelding daar koppelt het.'),
    el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' },
      knop('Naar het account', () => openAccount(ctx, gemeente, acc.gebruikersnaam), 'primary', { id: 'naar-account' }),
      link(LIJST, 'Terug naar de gebruikers')));
  kopCode.focus();
}

// ---- één account ----

export async function gebruiker(ctx) {
  ctx.titel('Account');
  const staat = history.state || {};
  const terug = el('p', { class: 'utrecht-paragraph utrecht-paragraph--distanced' }, link(LIJST, 'Terug naar de gebruikers'));
  if (!staat.gebruiker) {
    const h1 = kop('Account');
    vervang(ctx.inhoud, terug, h1, melding('info', 'Kies een account in de lijst met gebruikers.'));
    return h1;
  }
  const gemeente = staat.gemeente || null;
  if (isPlatform(ctx)) {
    bereikPlatform = gemeente || '';
  }
  vervang(ctx.inhoud, terug, el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Het account wordt geladen…'));
  let acc;
  let tafels;
  try {
    [acc, tafels] = await Promise.all([api('GET', accountPad(gemeente, staat.gebruiker)), tafelsVan(gemeente)]);
  } catch (f) {
    if (!ctx.actueel()) {
      return null;
    }
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    const h1 = kop(f.status === 404 ? 'Account niet gevonden' : 'Het account kon niet worden geladen');
    vervang(ctx.inhoud, terug, h1, foutMelding(f, 'Het account'));
    return h1;
  }
  if (!ctx.actueel()) {
    return null;
  }
  const bericht = naMelding;
  naMelding = null;
  const h1 = kop(acc.naam || acc.gebruikersnaam);
  const opnieuw = (tekst) => {
    naMelding = tekst;
    return ctx.toon();
  };
  const acties = el('div', { id: 'account-acties' });
  const status = el('div', { id: 'actie-status' });
  vervang(ctx.inhoud, terug, h1,
    bericht ? melding('ok', bericht, 'account-melding') : null,
    gegevens('account', [
      ['Gebruikersnaam', acc.gebruikersnaam],
      ['Naam', acc.naam || ''],
      ['Gemeente', acc.gemeente || 'Geen: een account van het platform'],
      ['Rollen', el('span', { id: 'account-rollen' }, rolTekst(acc.rollen))],
      acc.tafels && acc.tafels.length ? ['Tafels', acc.tafels.map((t) => tafels.get(t) || t).join(', ')] : null,
      ['Inloggen', acc.bron === 'sso' ? 'via de identity provider van de gemeente (SSO)' : 'met wachtwoord van Doorbraak'],
      ['Status', el('span', { id: 'account-status' }, statusTekst(acc))],
      acc.mislukt ? ['Mislukte pogingen op rij', String(acc.mislukt)] : null,
      acc.codeGeldigTot ? ['Eenmalige code geldig tot', opDatum(acc.codeGeldigTot, true)] : null,
      ['Laatst ingelogd', opDatum(acc.laatstIngelogd, true) || 'nooit'],
      ['Aangemaakt', opDatum(acc.aangemaakt, true)],
    ]),
    status, acties);
  tekenActies(ctx, acties, status, gemeente, acc, opnieuw);
  ctx.inhoud.append(wijzigFormulier(ctx, gemeente, acc, tafels, opnieuw));
  const audit = el('section', { id: 'audittrail-deel', 'aria-labelledby': 'audittrail-kop' },
    kop2('Audittrail', 'audittrail-kop'), el('p', { class: 'utrecht-paragraph', role: 'status' }, 'Wordt geladen…'));
  ctx.inhoud.append(audit);
  toonAudittrail(ctx, audit, gemeente, acc);
  return h1;
}

/** Blokkade opheffen, nieuwe eenmalige code, deactiveren of weer activeren. */
function tekenActies(ctx, houder, status, gemeente, acc, opnieuw) {
  const doe = async (knopElement, werk) => {
    knopElement.disabled = true;
    vervang(status);
    try {
      await werk();
      knopElement.disabled = false;
    } catch (f) {
      knopElement.disabled = false;
      if (f instanceof ApiFout && f.status === 401) {
        ctx.toon();
        return;
      }
      if (ctx.actueel()) {
        vervang(status, melding('error', (f instanceof ApiFout && f.detail) || 'Dat lukte niet. Probeer het opnieuw.'));
      }
    }
  };
  const knoppen = [];
  if (geblokkeerd(acc)) {
    houder.append(melding('warning', `Dit account is geblokkeerd tot ${opDatum(acc.geblokkeerdTot, true)}, na te veel `
      + 'mislukte inlogpogingen.', 'blokkade-melding'));
    knoppen.push(knop('Blokkade opheffen', (e) => doe(e.currentTarget, async () => {
      await api('DELETE', `${accountPad(gemeente, acc.gebruikersnaam)}/blokkade`);
      await opnieuw('De blokkade is opgeheven: de gebruiker kan weer inloggen.');
    }), 'primary', { id: 'deblokkeer' }));
  }
  if (acc.bron !== 'sso' && acc.actief) {
    knoppen.push(knop('Nieuwe eenmalige code', (e) => doe(e.currentTarget, async () => {
      const c = await api('POST', `${accountPad(gemeente, acc.gebruikersnaam)}/code`);
      const kopCode = el('h2', { class: 'utrecht-heading-2 utrecht-heading-2--distanced', tabindex: '-1' }, 'Nieuwe eenmalige code');
      vervang(status, el('div', { class: 'doorbraak-nieuwe-code' }, kopCode,
        gegevens('code-gegevens', [
          ['Eenmalige code', el('strong', { id: 'eenmalige-code', class: 'doorbraak-code' }, c.code)],
          ['Geldig tot', opDatum(c.geldigTot, true)],
        ]),
        el('p', { class: 'utrecht-paragraph' }, 'Deze code ziet u maar één keer; een eerdere code vervalt. Het huidige '
          + 'wachtwoord werkt tot de gebruiker met de code een nieuw kiest.')));
      kopCode.focus();
    }), 'secondary', { id: 'nieuwe-code' }));
  }
  if (acc.actief) {
    const bevestig = el('div', { id: 'deactiveer-bevestig', hidden: true },
      melding('warning', 'Na deactiveren kan dit account niet meer inloggen; lopende sessies vervallen meteen. Het '
        + 'account blijft bestaan (de audittrail verwijst ernaar) en kan later weer actief worden.'),
      el('div', { class: 'utrecht-button-group' },
        knop('Ja, deactiveren', (e) => doe(e.currentTarget, async () => {
          await api('DELETE', accountPad(gemeente, acc.gebruikersnaam));
          await opnieuw('Het account is gedeactiveerd.');
        }), 'primary', { id: 'deactiveer-ja' }),
        knop('Annuleren', () => {
          bevestig.hidden = true;
          vraag.focus();
        }, 'secondary')));
    const vraag = knop('Deactiveren', () => {
      bevestig.hidden = false;
      bevestig.querySelector('#deactiveer-ja').focus();
    }, 'secondary', { id: 'deactiveer' });
    knoppen.push(vraag);
    houder.append(el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' }, knoppen), bevestig);
    return;
  }
  knoppen.push(knop('Weer activeren', (e) => doe(e.currentTarget, async () => {
    await metVersie('PUT', accountPad(gemeente, acc.gebruikersnaam), { naam: acc.naam, rollen: acc.rollen,
      tafels: acc.tafels, contactId: acc.contactId || null, actief: true }, acc.versie);
    await opnieuw('Het account is weer actief.');
  }), 'primary', { id: 'activeer' }));
  houder.append(el('div', { class: 'utrecht-button-group utrecht-button-group--distanced' }, knoppen));
}

/** Naam, rollen en tafels wijzigen: PUT met If-Match; bij 409/412 blijft de invoer staan. */
function wijzigFormulier(ctx, gemeente, acc, tafels, opnieuw) {
  const opties = rolOpties(ctx, gemeente);
  // a role the account has but this beheerder does not give stays visible (and is sent back unchanged)
  const alleRollen = [...opties, ...(acc.rollen || []).filter((r) => !opties.includes(r))];
  const groepen = {
    rollen: vinkjes('rollen', 'Rollen', alleRollen.map((r) => [r, ROLNAMEN[r] || r]), new Set(acc.rollen || [])),
    tafels: tafelGroep(gemeente, tafels, acc.tafels),
  };
  const f = formulier({
    id: 'account-wijzigen',
    knop: 'Wijzigingen opslaan',
    velden: [{ naam: 'naam', label: 'Naam', verplicht: true, waarde: acc.naam || '' }],
    verstuur: metRollenEnTafels(groepen, (w) => metVersie('PUT', accountPad(gemeente, acc.gebruikersnaam),
      { naam: w.naam, rollen: w.rollen, tafels: w.tafels, contactId: acc.contactId || null, actief: acc.actief },
      acc.versie)),
    klaar: () => opnieuw('De wijzigingen zijn opgeslagen.'),
    herlaad: () => ctx.toon(),
  });
  zetVoorKnoppen(f, groepen.rollen.element, groepen.tafels && groepen.tafels.element);
  return el('section', { id: 'wijzigen', 'aria-labelledby': 'wijzigen-kop' },
    kop2('Naam, rollen en tafels', 'wijzigen-kop'),
    acc.bron === 'sso' ? melding('info', 'Dit account logt in via de identity provider van de gemeente: die geeft bij '
      + 'elke aanmelding de rollen en tafels opnieuw. Wijzig ze daar.') : null,
    f.element);
}

function waardeTekst(w) {
  if (w === null || w === undefined || w === '') {
    return '—';
  }
  if (Array.isArray(w)) {
    return w.length ? w.join(', ') : '—';
  }
  return typeof w === 'object' ? JSON.stringify(w) : String(w);
}

async function toonAudittrail(ctx, sectie, gemeente, acc) {
  let regels;
  try {
    regels = await alle(`${accountPad(gemeente, acc.gebruikersnaam)}/audittrail`);
  } catch (f) {
    if (ctx.actueel()) {
      sectie.lastElementChild.replaceWith(foutMelding(f, 'De audittrail'));
    }
    return;
  }
  if (!ctx.actueel()) {
    return;
  }
  sectie.lastElementChild.replaceWith(regels.length ? tabel({
    id: 'audittrail',
    bijschrift: 'Audittrail van het account',
    koppen: ['Wanneer', 'Door', 'Wat', 'Wijzigingen'],
    rijen: regels.map((r) => [
      opDatum(r.op, true),
      r.door || '',
      r.actie || '',
      (r.wijzigingen || []).map((w) => `${w.veld}: ${waardeTekst(w.oud)} → ${waardeTekst(w.nieuw)}`).join('; '),
    ]),
  }) : el('p', { class: 'utrecht-paragraph' }, 'Nog geen wijzigingen.'));
}
