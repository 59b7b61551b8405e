// Het eigen account: het wachtwoord wijzigen (/account), eerst een eigen wachtwoord kiezen na inloggen met een
// eenmalig wachtwoord, en op het inlogscherm met een eenmalige code van een beheerder een wachtwoord kiezen.
// Zie docs/accounts.md (hoofdstuk 2 en 3) en docs/webapp.md.
import { api, ApiFout } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { gegevens, kop, kop2, melding } from './onderdelen.js';

export const ROLNAMEN = {
  platformbeheerder: 'Platformbeheerder',
  rijk: 'Rijk',
  gemeentebeheerder: 'Gemeentebeheerder',
  casusregisseur: 'Casusregisseur',
  tafellid: 'Tafellid',
  transformaatje: 'Transformaatje',
};

const VOLGORDE = Object.keys(ROLNAMEN);

/** De rollen in woorden, altijd in dezelfde volgorde (de API geeft een verzameling zonder vaste volgorde). */
export function rolTekst(rollen) {
  const plek = (r) => (VOLGORDE.includes(r) ? VOLGORDE.indexOf(r) : VOLGORDE.length);
  return [...(rollen || [])].sort((a, b) => plek(a) - plek(b)).map((r) => ROLNAMEN[r] || r).join(', ');
}

const REGELS = 'Minstens 12 tekens; een zin van een paar woorden is het beste. Een wachtwoord dat uitgelekt of '
  + 'veelgebruikt is, of uw gebruikersnaam bevat, wordt geweigerd.';

/** Een melding voor het volgende tekenen van /account (na een gewijzigd wachtwoord tekent de app opnieuw). */
let naMelding = null;

/**
 * Wachtwoordvelden in een formulier(): type password met de juiste autocomplete, en de waarde precies zoals getypt
 * (formulier() haalt spaties aan begin en eind weg; in een wachtwoord tellen ze mee).
 */
function wachtwoordVelden(f, velden) {
  for (const [naam, autocomplete] of Object.entries(velden)) {
    const e = f.veld(naam);
    e.type = 'password';
    e.setAttribute('autocomplete', autocomplete);
    e.classList.add('utrecht-textbox--password');
  }
  return (naam) => f.veld(naam).value;
}

/** Twee keer hetzelfde nieuwe wachtwoord, anders een fout bij het veld "herhaal" (zoals de API zijn fouten geeft). */
function controleerHerhaling(nieuw, herhaal) {
  if (nieuw && herhaal !== nieuw) {
    throw new ApiFout(400, { title: 'Ongeldige invoer', detail: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
      invalidParams: [{ name: 'herhaal', reason: 'Typ hier hetzelfde nieuwe wachtwoord nog een keer.' }] });
  }
}

/** Het formulier voor PUT /api/account/wachtwoord; daarna een nieuwe sessie (cookie en CSRF-token). */
function wachtwoordFormulier(ctx, knop, huidigLabel = 'Huidig wachtwoord') {
  const f = formulier({
    id: 'wachtwoord-wijzigen',
    knop,
    velden: [
      { naam: 'huidigWachtwoord', label: huidigLabel, verplicht: true },
      { naam: 'nieuwWachtwoord', label: 'Nieuw wachtwoord', verplicht: true, beschrijving: REGELS },
      { naam: 'herhaal', label: 'Nieuw wachtwoord nog een keer', verplicht: true },
    ],
    verstuur: () => {
      controleerHerhaling(waarde('nieuwWachtwoord'), waarde('herhaal'));
      return api('PUT', '/api/account/wachtwoord', { huidigWachtwoord: waarde('huidigWachtwoord'),
        nieuwWachtwoord: waarde('nieuwWachtwoord') });
    },
    klaar: async (sessie) => {
      // shown by /account; after a forced change the app goes on to the address the user asked for
      naMelding = window.location.pathname === '/account' ? 'Uw wachtwoord is gewijzigd.' : null;
      // the answer is a new session (Set-Cookie, csrfToken), without wachtwoordWijzigen: the app draws again
      await ctx.ingelogd(sessie);
    },
  });
  const waarde = wachtwoordVelden(f, { huidigWachtwoord: 'current-password', nieuwWachtwoord: 'new-password',
    herhaal: 'new-password' });
  return f.element;
}

/** /account: de gegevens van de ingelogde gebruiker en, voor een lokaal account, het wachtwoord wijzigen. */
export function account(ctx) {
  ctx.titel('Mijn account');
  const h1 = kop('Mijn account');
  const u = ctx.sessie.gebruiker;
  const bericht = naMelding;
  naMelding = null;
  vervang(ctx.inhoud, h1,
    bericht ? melding('ok', bericht, 'account-melding') : null,
    gegevens('accountgegevens', [
      ['Gebruikersnaam', u.gebruikersnaam],
      ['Naam', u.naam || ''],
      ['Gemeente', u.gemeente || 'Geen: een account van het platform'],
      ['Rollen', rolTekst(u.rollen)],
    ]),
    kop2('Wachtwoord wijzigen', 'wachtwoord-kop'),
    ctx.sessie.sso
      ? melding('info', 'U logt in via de identity provider van uw gemeente. Uw wachtwoord wijzigt u daar, niet in '
        + 'Doorbraak.', 'sso-account')
      : wachtwoordFormulier(ctx, 'Wachtwoord wijzigen'));
  return h1;
}

/**
 * Ingelogd met een eenmalig wachtwoord (de sessie heeft wachtwoordWijzigen): de app toont alleen dit scherm tot er
 * een eigen wachtwoord is; de API weigert intussen al het andere (403).
 */
export function eersteWachtwoord(ctx) {
  ctx.titel('Kies een wachtwoord');
  const h1 = kop('Kies een eigen wachtwoord');
  vervang(ctx.inhoud, h1,
    melding('info', 'U bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord; daarna kunt u '
      + 'verder.', 'eenmalig-melding'),
    wachtwoordFormulier(ctx, 'Wachtwoord opslaan en verder', 'Eenmalig wachtwoord'));
  return h1;
}

/**
 * Op het inlogscherm: met de eenmalige code van een beheerder (nieuw account of wachtwoord vergeten) een eigen
 * wachtwoord kiezen (POST /api/account/herstel, zonder login), en daarmee meteen inloggen. Geeft het eerste veld.
 */
export function codeFormulier(ctx, houder) {
  const f = formulier({
    id: 'code-formulier',
    knop: 'Wachtwoord kiezen en inloggen',
    velden: [
      { naam: 'gebruikersnaam', label: 'Gebruikersnaam', verplicht: true },
      { naam: 'code', label: 'Eenmalige code', verplicht: true,
        beschrijving: 'De code die u van uw beheerder kreeg, bijvoorbeeld ABCD-EFGH-JKMN. Hij geldt één keer.' },
      { naam: 'nieuwWachtwoord', label: 'Nieuw wachtwoord', verplicht: true, beschrijving: REGELS },
      { naam: 'herhaal', label: 'Nieuw wachtwoord nog een keer', verplicht: true },
    ],
    verstuur: async (w) => {
      controleerHerhaling(waarde('nieuwWachtwoord'), waarde('herhaal'));
      await api('POST', '/api/account/herstel', { gebruikersnaam: w.gebruikersnaam, code: w.code,
        nieuwWachtwoord: waarde('nieuwWachtwoord') });
      return api('POST', '/api/sessies', { gebruikersnaam: w.gebruikersnaam, wachtwoord: waarde('nieuwWachtwoord') });
    },
    klaar: (sessie) => ctx.ingelogd(sessie),
  });
  const waarde = wachtwoordVelden(f, { nieuwWachtwoord: 'new-password', herhaal: 'new-password' });
  const naam = f.veld('gebruikersnaam');
  naam.setAttribute('autocomplete', 'username');
  naam.setAttribute('autocapitalize', 'none');
  naam.setAttribute('spellcheck', 'false');
  f.veld('code').setAttribute('autocomplete', 'one-time-code');
  f.veld('code').setAttribute('autocapitalize', 'characters');
  vervang(houder, kop2('Wachtwoord kiezen met een eenmalige code', 'code-kop'),
    el('p', { class: 'utrecht-paragraph' }, 'Heeft u een nieuw account, of bent u uw wachtwoord vergeten? Dan gaf '
      + 'uw beheerder u een eenmalige code. Kies daarmee zelf een wachtwoord; daarna bent u ingelogd.'),
    f.element);
  return naam;
}
