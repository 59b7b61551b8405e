/**
 * Deel "Rode knop (Rijk)" van het casusscherm: de casus aan het Rijk voorleggen, en de zaak volgen tot na de
 * follow-up. Contract: nl.doorbraak.api.http.VariantEndpoint#casusdelen (context.casus is het id van de casus).
 */
import { vervang, alinea, api, datum, el, formulier, gegevens, knop, melding } from './dom.js';
import { partijNamen, regelTekst, stand, VELDEN, verloop } from './zaak.js';

const DEELBAAR = [
  ['thema', 'Het thema'],
  ['geprobeerd', 'Wat de gemeente al probeerde'],
  ['situatie', 'De situatie'],
  ['organisaties', 'De betrokken organisaties'],
];

export default function toon(element, context) {
  let weg = false;
  const basis = `/api/gemeenten/${encodeURIComponent(context.gemeente)}/rodeknop`;
  const regisseur = (context.gebruiker?.rollen || []).includes('casusregisseur');

  async function laad(bericht) {
    vervang(element, alinea('De rode knop wordt geladen…'));
    try {
      const [zaken, partijen] = await Promise.all([
        api(context, 'GET', `${basis}/casussen/${encodeURIComponent(context.casus)}`),
        api(context, 'GET', `${basis}/partijen`),
      ]);
      if (!weg) {
        teken(zaken.results, partijen, bericht);
      }
    } catch (fout) {
      if (!weg) {
        vervang(element, melding(fout.status === 404 ? 'info' : 'error',
          fout.status === 404 ? 'De rode knop is hier niet beschikbaar.' : `De rode knop kon niet worden geladen. ${fout.message}`));
      }
    }
  }

  function teken(zaken, partijen, bericht) {
    const open = zaken.find((z) => z.status !== 'afgerond');
    const delen = [bericht ? melding('ok', bericht) : null];
    if (open) {
      delen.push(zaakBlok(open, partijen.results));
      if (open.status === 'uitkomst' && regisseur) {
        delen.push(followUpKnop(open));
      }
    } else {
      delen.push(alinea('Kan de tafel deze casus niet oplossen binnen de eigen bevoegdheden van de gemeente, omdat een '
        + 'landelijke regel knelt? Met de rode knop legt u hem voor aan de ministeries en landelijke uitvoerders. '
        + 'U kiest wat zij te zien krijgen; naam, BSN en de notities van de casus gaan nooit mee.'));
      delen.push(el('div', { class: 'utrecht-button-group' },
        knopMetId('rodeknop-open', 'Rode knop: leg voor aan het Rijk', () => drukFormulier(partijen))));
    }
    const eerder = zaken.filter((z) => z !== open);
    if (eerder.length) {
      delen.push(el('details', {}, el('summary', {}, `Eerdere rode-knopzaken (${eerder.length})`),
        eerder.map((z) => zaakBlok(z, partijen.results))));
    }
    vervang(element, ...delen.filter(Boolean));
  }

  function zaakBlok(z, partijen) {
    return el('div', { class: 'rodeknop-zaak', 'data-zaak': z.id },
      stand(z),
      gegevens([
        [VELDEN.regel, regelTekst(z.regel)],
        [VELDEN.vraag, z.vraag],
        ['Voorgelegd aan', partijNamen(z.partijen, partijen)],
        ['Gedeeld met het Rijk', z.gedeeld.map((v) => VELDEN[v] || v).join(', ')],
        ['Ingediend', `${datum(z.ingediend)} door ${z.ingediendDoor || 'onbekend'}`],
      ]),
      verloop(z, partijen));
  }

  function drukFormulier(partijen) {
    const themas = partijen.themas.map((t) => [t, t]);
    const alle = partijen.results.map((p) => [p.id, `${p.naam} (${p.themas.join(', ')})`]);
    const { form, invoer } = formulier({
      id: 'rodeknop-druk',
      titel: 'De casus aan het Rijk voorleggen',
      knopTekst: 'Rode knop indrukken',
      velden: [
        { naam: 'thema', label: 'Thema', soort: 'keuze', verplicht: true, opties: themas,
          beschrijving: 'De partijen die dit thema dekken worden voorgesteld.', bijWijziging: stelVoor },
        { naam: 'regel.omschrijving', label: 'Welke regel knelt', verplicht: true },
        { naam: 'regel.wet', label: 'Wet', beschrijving: 'Waar bekend, bijvoorbeeld Participatiewet' },
        { naam: 'regel.artikel', label: 'Artikel', beschrijving: 'Waar bekend, bijvoorbeeld art. 22a' },
        { naam: 'geprobeerd', label: 'Wat de gemeente al probeerde', soort: 'tekstvak', verplicht: true },
        { naam: 'vraag', label: 'Wat de gemeente aan het Rijk vraagt', soort: 'tekstvak', verplicht: true },
        { naam: 'situatie', label: 'De situatie, zonder naam of BSN', soort: 'tekstvak',
          beschrijving: 'Alleen wat het Rijk nodig heeft om de vraag te begrijpen.' },
        { naam: 'partijen', label: 'Voorleggen aan', soort: 'vinkjes', opties: alle,
          beschrijving: 'Zonder keuze: de partijen die het thema dekken.' },
        { naam: 'delen', label: 'Wat het Rijk te zien krijgt', soort: 'vinkjes', opties: DEELBAAR, waarde: ['thema'],
          beschrijving: 'De regel en de vraag gaan altijd mee. Naam, BSN en de notities van de casus nooit.' },
      ],
      annuleer: () => laad(),
      verstuur: async (w) => {
        const body = {
          thema: w.thema,
          regel: { omschrijving: w['regel.omschrijving'], wet: w['regel.wet'], artikel: w['regel.artikel'] },
          geprobeerd: w.geprobeerd,
          vraag: w.vraag,
          situatie: w.situatie,
          delen: w.delen,
        };
        if (w.partijen.length) {
          body.partijen = w.partijen;
        }
        await api(context, 'POST', `${basis}/casussen/${encodeURIComponent(context.casus)}`, body);
        await laad('De casus ligt bij het Rijk. De partijen zien hem in hun inbox.');
      },
    });

    function stelVoor() {
      const thema = invoer.get('thema').e.value;
      const voor = new Set(partijen.results.filter((p) => p.themas.includes(thema)).map((p) => p.id));
      invoer.get('partijen').groep.querySelectorAll('input').forEach((i) => {
        i.checked = voor.has(i.value);
      });
    }

    vervang(element, form);
    form.querySelector('h3').focus();
  }

  function followUpKnop(z) {
    return el('div', { class: 'utrecht-button-group' }, knopMetId('rodeknop-followup-open', 'Follow-up vastleggen', () => {
      const { form } = formulier({
        id: 'rodeknop-followup',
        titel: 'Follow-up van de rode knop',
        knopTekst: 'Follow-up vastleggen',
        velden: [
          { naam: 'opgelost', label: 'Loste de afspraak het probleem op?', soort: 'keuzerondjes', verplicht: true,
            opties: [['ja', 'Ja'], ['nee', 'Nee']] },
          { naam: 'bevinding', label: 'Wat de follow-up liet zien', soort: 'tekstvak', verplicht: true },
        ],
        annuleer: () => laad(),
        verstuur: async (w) => {
          await api(context, 'POST', `${basis}/zaken/${encodeURIComponent(z.id)}/followup`, {
            opgelost: w.opgelost === null ? null : w.opgelost === 'ja', bevinding: w.bevinding, versie: z.versie });
          await laad('De follow-up is vastgelegd: de zaak is op Rijksniveau afgerond.');
        },
      });
      vervang(element, form);
      form.querySelector('h3').focus();
    }));
  }

  function knopMetId(id, tekst, actie) {
    const k = knop(tekst, actie, 'primary');
    k.id = id;
    return k;
  }

  laad();
  return () => {
    weg = true;
  };
}
