// De korte lijnen: contactpersonen met organisatie, rol, mandaat, wijk en onderwerp; zoeken, vastleggen, wijzigen en
// deactiveren (gemeentebeheerder, casusregisseur). Zie docs/webapp.md en docs/korte-lijnen-en-signalen.md.
import { api, ApiFout, metVersie, pad } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, bedrag, gegevens, heeftRol, kop, kop2, laad, link, melding, tabel, veld } from './onderdelen.js';

const PAGINA_GROOTTE = 20;
/** Het filter van de lijst, zolang de pagina open is (terug uit een contact: hetzelfde filter). */
const filter = { q: '', organisatie: '', wijk: '', functie: '', actief: 'true', pagina: 1 };
/** Eenmalig na een opslag: de melding bij het volgende scherm. */
let bericht = null;

function magBeheren(sessie) {
  return heeftRol(sessie, 'casusregisseur', 'gemeentebeheerder');
}

function functies(c) {
  return [c.trekker ? 'trekker' : null, c.aanjager ? 'aanjager' : null].filter(Boolean).join(' en ');
}

function bereikbaar(c) {
  return [c.telefoon ? el('a', { class: 'utrecht-link', href: `tel:${c.telefoon.replace(/[^0-9+]/g, '')}` }, c.telefoon) : null,
    c.telefoon && c.email ? el('br', {}) : null,
    c.email ? el('a', { class: 'utrecht-link', href: `mailto:${c.email}` }, c.email) : null];
}

/** De velden van een contact (NieuwContact in de OpenAPI). */
function contactVelden(c = {}) {
  return [
    { naam: 'organisatie', label: 'Organisatie', verplicht: true, waarde: c.organisatie, maxLengte: 200 },
    { naam: 'naam', label: 'Naam', verplicht: true, waarde: c.naam, maxLengte: 200 },
    { naam: 'rol', label: 'Rol', waarde: c.rol, beschrijving: 'Bijvoorbeeld: teamleider incasso.' },
    { naam: 'mandaat', label: 'Mandaat', type: 'tekstvak', rijen: 3, waarde: c.mandaat,
      beschrijving: 'Wat deze persoon zelf mag besluiten, in woorden.' },
    { naam: 'mandaatBedrag', label: 'Mandaat tot (euro)', type: 'bedrag', min: 0, waarde: c.mandaatBedrag },
    { naam: 'wijk', label: 'Wijk', waarde: c.wijk, beschrijving: 'Leeg: de hele gemeente.' },
    { naam: 'telefoon', label: 'Telefoon', waarde: c.telefoon, beschrijving: 'Telefoon of e-mail: minstens één van de twee.' },
    { naam: 'email', label: 'E-mail', waarde: c.email },
    { naam: 'trekker', label: 'Trekker', type: 'janee', waarde: c.trekker === true,
      beschrijving: 'Trekt het onderwerp of het deel van zijn organisatie.' },
    { naam: 'aanjager', label: 'Aanjager', type: 'janee', waarde: c.aanjager === true, beschrijving: 'Jaagt de werkwijze aan.' },
    { naam: 'onderwerp', label: 'Onderwerp', waarde: c.onderwerp, beschrijving: 'Waarvan trekker of aanjager.' },
  ];
}

function geenGemeente(ctx, titel) {
  const h1 = kop(titel);
  vervang(ctx.inhoud, h1, melding('info', 'Uw account hoort niet bij een gemeente; de korte lijnen staan per gemeente.'));
  return h1;
}

// ---- de lijst ----

export async function contacten(ctx) {
  ctx.titel('Contacten');
  const g = ctx.sessie.gebruiker.gemeente;
  if (!g) {
    return geenGemeente(ctx, 'Contacten');
  }
  const beheer = magBeheren(ctx.sessie);
  const h1 = kop('Contacten');
  const tekst = (id, label, waarde) => veld(id, label, el('input', { class: 'utrecht-textbox utrecht-textbox--html-input',
    id, name: id, type: id === 'zoek-q' ? 'search' : 'text', value: waarde }));
  const keuze = (id, label, opties, waarde) => veld(id, label, el('select', { class: 'utrecht-select utrecht-select--html-select', id, name: id },
    opties.map(([w, t]) => el('option', { value: w, selected: w === waarde }, t))));
  const zoek = el('form', { class: 'doorbraak-filter', role: 'search', 'aria-label': 'Contacten zoeken', id: 'contacten-zoeken' },
    tekst('zoek-q', 'Zoeken in naam, rol, organisatie of wijk', filter.q),
    tekst('zoek-organisatie', 'Organisatie', filter.organisatie),
    tekst('zoek-wijk', 'Wijk', filter.wijk),
    keuze('zoek-functie', 'Trekker of aanjager', [['', 'Iedereen'], ['trekker', 'Trekkers'], ['aanjager', 'Aanjagers']], filter.functie),
    beheer ? keuze('zoek-actief', 'Actief', [['true', 'Actieve contacten'], ['false', 'Gedeactiveerde'], ['alle', 'Alle']], filter.actief) : null,
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'submit' }, 'Zoeken'));
  zoek.addEventListener('submit', (e) => {
    e.preventDefault();
    filter.q = zoek.querySelector('#zoek-q').value.trim();
    filter.organisatie = zoek.querySelector('#zoek-organisatie').value.trim();
    filter.wijk = zoek.querySelector('#zoek-wijk').value.trim();
    filter.functie = zoek.querySelector('#zoek-functie').value;
    filter.actief = beheer ? zoek.querySelector('#zoek-actief').value : 'true';
    filter.pagina = 1;
    ctx.toon();
  });
  const aantal = alinea('De contacten worden geladen…', { id: 'contacten-aantal', role: 'status' });
  const lijst = el('div', { id: 'contacten-lijst' });
  const nieuw = beheer ? nieuwContact(ctx, g) : null;
  vervang(ctx.inhoud, h1, zoek, aantal, lijst, nieuw);

  const q = new URLSearchParams({ page: String(filter.pagina), pageSize: String(PAGINA_GROOTTE) });
  for (const k of ['q', 'organisatie', 'wijk', 'functie']) {
    if (filter[k]) {
      q.set(k, filter[k]);
    }
  }
  if (filter.actief !== 'true') {
    q.set('actief', filter.actief);
  }
  let antwoord;
  try {
    antwoord = await api('GET', `${pad`/api/gemeenten/${g}/contacten`}?${q}`);
  } catch (f) {
    if (f instanceof ApiFout && f.status === 401) {
      throw f;
    }
    if (ctx.actueel()) {
      vervang(aantal);
      vervang(lijst, melding('error', f.status === 403 ? 'U heeft geen toegang tot de contacten.'
        : (f.detail || 'De contacten konden niet worden geladen.')));
    }
    return h1;
  }
  if (!ctx.actueel()) {
    return null;
  }
  vervang(aantal, antwoord.count === 1 ? '1 contact.' : `${antwoord.count} contacten.`);
  if (!antwoord.results.length) {
    return h1;
  }
  const naar = (p) => () => {
    filter.pagina = p;
    ctx.toon();
  };
  const paginas = Math.max(1, Math.ceil(antwoord.count / PAGINA_GROOTTE));
  vervang(lijst, tabel({
    id: 'contacten',
    bijschrift: 'Contacten',
    koppen: ['Naam', 'Organisatie', 'Rol', 'Wijk', 'Trekker of aanjager', 'Bereikbaar'],
    rijen: antwoord.results.map((c) => [link(pad`/contacten/${c.id}`, c.naam), c.organisatie, c.rol || '',
      c.wijk || 'hele gemeente', [functies(c), c.onderwerp && functies(c) ? `: ${c.onderwerp}` : ''].join('')
        + (c.actief ? '' : ' (gedeactiveerd)'), bereikbaar(c)]),
    rijAttributen: (i) => ({ 'data-contact': antwoord.results[i].id }),
  }), paginas > 1 ? el('nav', { class: 'doorbraak-bladeren', 'aria-label': 'Paginering' },
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', disabled: !antwoord.previous,
      onclick: naar(filter.pagina - 1) }, 'Vorige'),
    el('span', { id: 'contacten-pagina' }, `Pagina ${filter.pagina} van ${paginas}`),
    el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', disabled: !antwoord.next,
      onclick: naar(filter.pagina + 1) }, 'Volgende')) : null);
  return h1;
}

function nieuwContact(ctx, g) {
  const f = formulier({
    id: 'nieuw-contact',
    knop: 'Contact vastleggen',
    bezigTekst: 'Het contact wordt vastgelegd…',
    velden: contactVelden(),
    verstuur: (w) => api('POST', pad`/api/gemeenten/${g}/contacten`, w),
    klaar: (c) => {
      bericht = 'Het contact is vastgelegd.';
      ctx.navigeer(pad`/contacten/${c.id}`);
    },
  });
  return el('section', { id: 'contact-nieuw', 'aria-labelledby': 'contact-nieuw-kop' },
    kop2('Een contact vastleggen', 'contact-nieuw-kop'), f.element);
}

// ---- één contact ----

export async function contact(ctx, { id }) {
  ctx.titel('Contact');
  const g = ctx.sessie.gebruiker.gemeente;
  if (!g) {
    return geenGemeente(ctx, 'Contact');
  }
  const terug = alinea(link('/contacten', 'Terug naar de contacten'), { class: 'utrecht-paragraph utrecht-paragraph--distanced' });
  vervang(ctx.inhoud, alinea('Het contact wordt geladen…', { role: 'status' }));
  const geladen = await laad(ctx, async () => {
    const contact = await api('GET', pad`/api/gemeenten/${g}/contacten/${id}`);
    // the tafels of the contact are extra: without them the contact still shows
    const aan = await api('GET', pad`/api/gemeenten/${g}/contacten/${id}/tafels`).catch((f) => {
      if (f instanceof ApiFout && f.status === 401) {
        throw f;
      }
      return null;
    });
    return { contact, aan };
  }, {
    nietGevonden: 'Contact niet gevonden', melding404: 'Dit contact is niet gevonden, of u heeft er geen toegang toe.',
    fout: 'Het contact kon niet worden geladen', melding403: 'U heeft geen toegang tot de contacten.', terug,
  });
  if (!geladen.waarde) {
    return geladen.h1;
  }
  const c = geladen.waarde.contact;
  const tafels = geladen.waarde.aan;
  const h1 = kop(c.naam);
  const melden = bericht ? melding('ok', bericht, 'contact-bericht') : null;
  bericht = null;
  const delen = [terug, h1, melden,
    c.actief ? null : melding('warning', 'Dit contact is gedeactiveerd: het staat niet meer in de gewone lijst.', 'contact-gedeactiveerd'),
    gegevens('contactgegevens', [
      ['Organisatie', c.organisatie],
      ['Rol', c.rol || '—'],
      ['Mandaat', c.mandaat || '—'],
      c.mandaatBedrag !== null && c.mandaatBedrag !== undefined ? ['Mandaat tot', bedrag(c.mandaatBedrag)] : null,
      ['Wijk', c.wijk || 'hele gemeente'],
      ['Bereikbaar', ...bereikbaar(c)],
      functies(c) ? ['Trekker of aanjager', functies(c) + (c.onderwerp ? `: ${c.onderwerp}` : '')] : null,
    ]),
    kop2('Aan tafel', 'contact-tafels-kop'),
    tafels && tafels.results.length
      ? el('ul', { class: 'utrecht-unordered-list', id: 'contact-tafels' }, tafels.results.map((t) => el('li',
        { class: 'utrecht-unordered-list__item' }, link(pad`/tafels/${t.id}`, t.naam))))
      : alinea(tafels ? 'Dit contact zit aan geen tafel.' : 'De tafels van dit contact konden niet worden geladen.')];
  if (magBeheren(ctx.sessie)) {
    const pad0 = pad`/api/gemeenten/${g}/contacten/${c.id}`;
    const f = formulier({
      id: 'contact-wijzigen',
      knop: 'Wijzigingen opslaan',
      bezigTekst: 'Het contact wordt opgeslagen…',
      velden: contactVelden(c),
      verstuur: (w) => metVersie('PUT', pad0, w, c.versie),
      klaar: () => {
        bericht = 'Het contact is opgeslagen.';
        ctx.toon();
      },
      herlaad: () => ctx.toon(),
    });
    const status = el('div', { id: 'contact-actief-fout' });
    const wissel = async () => {
      knopActief.disabled = true;
      try {
        if (c.actief) {
          await metVersie('DELETE', pad0, undefined, c.versie);
          bericht = 'Het contact is gedeactiveerd. Tafels en acties die ernaar verwijzen, vinden het nog.';
        } else {
          await metVersie('PUT', pad0, { ...velden(c), actief: true }, c.versie);
          bericht = 'Het contact is weer actief.';
        }
        ctx.toon();
      } catch (fout) {
        if (fout instanceof ApiFout && fout.status === 401) {
          throw fout;
        }
        knopActief.disabled = false;
        vervang(status, melding('error', fout.detail || 'Dat lukte niet. Probeer het opnieuw.'));
      }
    };
    const knopActief = el('button', { class: 'utrecht-button utrecht-button--secondary-action', type: 'button', id: 'contact-actief',
      onclick: wissel }, c.actief ? 'Contact deactiveren' : 'Weer actief maken');
    delen.push(kop2('Contact wijzigen', 'contact-wijzigen-kop'), f.element,
      kop2(c.actief ? 'Contact deactiveren' : 'Contact weer actief maken', 'contact-actief-kop'),
      alinea(c.actief ? 'Vertrekt iemand? Een contact wordt nooit verwijderd, alleen gedeactiveerd: tafels en acties die ernaar verwijzen, blijven het vinden.'
        : 'Een actief contact staat weer in de lijst en kan weer aan tafel.'),
      status, el('div', { class: 'utrecht-button-group' }, knopActief));
  }
  vervang(ctx.inhoud, ...delen);
  return h1;
}

/** De velden van een contact zoals een PUT ze verwacht. */
function velden(c) {
  const uit = {};
  for (const k of ['organisatie', 'naam', 'rol', 'mandaat', 'mandaatBedrag', 'wijk', 'telefoon', 'email', 'trekker', 'aanjager', 'onderwerp']) {
    uit[k] = c[k] ?? null;
  }
  return uit;
}
