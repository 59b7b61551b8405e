// Het scherm Platform voor de platformbeheerder: de bundles met versie, toestand en rechten, een plug-in installeren
// (upload met voortgang) of verwijderen (met bevestiging), en welke gemeente welke variant aanzet. Zie docs/webapp.md.
import { api, ApiFout, pad, verstuurMetVoortgang } from './api.js';
import { el, vervang } from './dom.js';
import { formulier } from './formulier.js';
import { alinea, kop, kop2, knop, melding, tabel } from './onderdelen.js';

const TOESTAND = {
  actief: 'Actief',
  opgelost: 'Opgelost (niet gestart)',
  'geïnstalleerd': 'Geïnstalleerd (start niet)',
  start: 'Start',
  stopt: 'Stopt',
  verwijderd: 'Verwijderd',
};

/** Alle pagina's van een lijst van de API (pageSize 100). */
async function alles(basis) {
  const uit = [];
  let pagina = 1;
  let antwoord;
  do {
    antwoord = await api('GET', `${basis}?pageSize=100&page=${pagina++}`);
    uit.push(...antwoord.results);
  } while (antwoord.next);
  return uit;
}

function rechtenTekst(r) {
  if (!r) {
    return 'platform';
  }
  const delen = [];
  delen.push(r.verleend.length ? `verleend: ${r.verleend.join(', ')}` : 'geen rechten');
  if (r.geweigerd.length) {
    delen.push(`geweigerd: ${r.geweigerd.join(', ')}`);
  }
  if (r.onbekend.length) {
    delen.push(`onbekend: ${r.onbekend.join(', ')}`);
  }
  return delen.join('; ');
}

export async function platform(ctx) {
  ctx.titel('Platform');
  const h1 = kop('Platform');
  const bundlesDeel = el('div', { id: 'platform-bundles-deel' }, alinea('De bundles worden geladen…'));
  const bericht = el('div', { id: 'platform-bericht', tabindex: '-1' });
  const variantenDeel = el('div', { id: 'platform-varianten-deel' }, alinea('De varianten worden geladen…'));

  async function toonBundles() {
    let bundles;
    try {
      bundles = await alles('/api/platform/bundles');
    } catch (f) {
      if (f instanceof ApiFout && f.status === 401) {
        throw f;
      }
      vervang(bundlesDeel, melding('error', f.detail || 'De bundles konden niet worden geladen.'));
      return;
    }
    if (!ctx.actueel()) {
      return;
    }
    bundles.sort((a, b) => a.symbolischeNaam.localeCompare(b.symbolischeNaam) || a.id - b.id);
    vervang(bundlesDeel, alinea(`${bundles.length} bundles.`, { id: 'platform-bundles-aantal' }),
      tabel({
        id: 'platform-bundles',
        bijschrift: 'Bundles van het platform met versie, toestand en rechten',
        koppen: ['Bundle', 'Versie', 'Toestand', 'Rechten', 'Actie'],
        rijen: bundles.map((b) => [
          b.symbolischeNaam || `(bundle ${b.id})`,
          b.versie,
          TOESTAND[b.status] || b.status,
          rechtenTekst(b.rechten),
          // a plug-in has rights (null for the platform's own bundles); only a plug-in can be removed here
          b.rechten ? knop('Verwijderen', () => bevestigVerwijderen(b), 'secondary',
            { 'data-verwijder': b.symbolischeNaam, 'aria-label': `${b.symbolischeNaam} verwijderen` }) : '',
        ]),
        rijAttributen: (i) => ({ 'data-bundle': bundles[i].symbolischeNaam, 'data-status': bundles[i].status }),
      }));
  }

  async function toonVarianten() {
    let varianten;
    let gemeenten;
    try {
      [varianten, gemeenten] = await Promise.all([alles('/api/varianten'), alles('/api/gemeenten')]);
    } catch (f) {
      if (f instanceof ApiFout && f.status === 401) {
        throw f;
      }
      vervang(variantenDeel, melding('error', f.detail || 'De varianten konden niet worden geladen.'));
      return;
    }
    if (!ctx.actueel()) {
      return;
    }
    vervang(variantenDeel, tabel({
      id: 'platform-varianten',
      bijschrift: 'Tafelvarianten en de gemeenten die ze aanzetten',
      koppen: ['Variant', 'Plug-in', 'Status', 'Aangezet door'],
      rijen: varianten.map((v) => {
        const door = gemeenten.filter((g) => (g.varianten || []).includes(v.id)).map((g) => g.naam || g.id);
        return [
          v.naam ? `${v.naam} (${v.id})` : v.id,
          v.bundle ? `${v.bundle} ${v.versie}` : 'geen plug-in geïnstalleerd',
          v.status === 'actief' ? 'Actief' : 'Afwezig',
          door.length ? door.join(', ') : 'geen gemeente',
        ];
      }),
      rijAttributen: (i) => ({ 'data-variant': varianten[i].id }),
    }));
  }

  function bevestigVerwijderen(b) {
    const ja = knop('Ja, verwijderen', async () => {
      ja.disabled = true;
      ja.setAttribute('aria-busy', 'true');
      try {
        await api('DELETE', pad`/api/platform/bundles/${b.symbolischeNaam}`);
        vervang(bericht, melding('ok', `${b.symbolischeNaam} is verwijderd. Zijn gegevens blijven bewaard.`));
      } catch (f) {
        if (f instanceof ApiFout && f.status === 401) {
          throw f;
        }
        vervang(bericht, melding('error', f.detail || 'Verwijderen lukte niet.'));
      }
      bericht.focus();
      await Promise.all([toonBundles(), toonVarianten()]);
    }, 'primary', { id: 'platform-verwijderen-ja' });
    const nee = knop('Annuleren', () => {
      vervang(bericht);
      const terug = bundlesDeel.querySelector(`[data-verwijder="${CSS.escape(b.symbolischeNaam)}"]`);
      if (terug) {
        terug.focus();
      }
    }, 'secondary', { id: 'platform-verwijderen-nee' });
    vervang(bericht, el('div', { class: 'utrecht-alert utrecht-alert--warning doorbraak-alert', role: 'alert' },
      el('div', { class: 'utrecht-alert__content' }, el('div', { class: 'utrecht-alert__message' },
        alinea(`Plug-in ${b.symbolischeNaam} ${b.versie} verwijderen? Zijn schermen en routes verdwijnen; casussen en `
          + 'gegevens van de plug-in blijven bewaard en zijn terug als u hem opnieuw installeert.'),
        el('div', { class: 'utrecht-button-group' }, ja, nee)))));
    bericht.focus();
  }

  const upload = formulier({
    id: 'platform-upload',
    knop: 'Installeren',
    bezigTekst: 'De plug-in wordt geüpload en gestart…',
    velden: [{
      // "body": the API's invalidParams for a bad jar name this field
      naam: 'body',
      label: 'Jar-bestand van de plug-in',
      type: 'bestand',
      accept: '.jar,application/java-archive',
      verplicht: true,
      beschrijving: 'Een nieuwe plug-in, of een nieuwe versie van een geïnstalleerde: die wordt ter plekke bijgewerkt.',
    }],
    verstuur: async (w, { voortgang }) => {
      try {
        return await verstuurMetVoortgang('POST', '/api/platform/bundles', w.body, 'application/java-archive', voortgang);
      } catch (f) {
        // a plug-in that is in deploy/ but does not start (409): the list shows it as it is
        if (f instanceof ApiFout && f.status === 409) {
          toonBundles();
        }
        throw f;
      }
    },
    klaar: async (b) => {
      upload.reset();
      vervang(bericht, melding('ok', `${b.symbolischeNaam} ${b.versie} is ${b.status === 'actief' ? 'actief' : b.status}.`));
      bericht.focus();
      await Promise.all([toonBundles(), toonVarianten()]);
    },
  });

  vervang(ctx.inhoud, h1, bericht,
    el('section', { 'aria-labelledby': 'platform-upload-kop' }, kop2('Plug-in installeren', 'platform-upload-kop'),
      upload.element),
    el('section', { 'aria-labelledby': 'platform-bundles-kop' }, kop2('Bundles', 'platform-bundles-kop'), bundlesDeel),
    el('section', { 'aria-labelledby': 'platform-varianten-kop' }, kop2('Varianten per gemeente', 'platform-varianten-kop'),
      variantenDeel));
  await Promise.all([toonBundles(), toonVarianten()]);
  return h1;
}
