/**
 * Scherm "Agenda Den Haag": de agenda van de Bestuurstafel. Regels die over gemeenten heen knellen (signalen en
 * rode-knopzaken), geanonimiseerd: alleen aantallen per gemeente. Het Rijk zet voorstellen op de agenda en houdt de
 * status en de uitkomst bij; een gemeente leest mee (context.gemeente gezet: alleen lezen). Met de cijfers van de
 * rode knop eronder, en voor de gemeentebeheerder of de gemeente haar precedenten deelt (het 20 %-register).
 */
import { vervang, alinea, api, el, formulier, kop2, kop3, knop, melding, tabel } from './dom.js';
import { SOORT } from './zaak.js';

const STATUS = {
  voorgesteld: 'Voorgesteld',
  geagendeerd: 'Geagendeerd',
  'in-behandeling': 'In behandeling',
  afgerond: 'Afgerond',
};
const VOLGORDE = Object.keys(STATUS);

export default function toon(element, context) {
  let weg = false;
  const rijk = !context.gemeente;
  const beheerder = !rijk && ((context.gebruiker && context.gebruiker.rollen) || []).includes('gemeentebeheerder');
  const basis = rijk ? '/api/rijk/rodeknop' : `/api/gemeenten/${encodeURIComponent(context.gemeente)}/rodeknop`;

  const perGemeente = (a) => (a && a.perGemeente && a.perGemeente.length
    ? a.perGemeente.map((g) => `${g.naam}: ${g.casussen}`).join(', ') : 'nog geen');

  async function laad(bericht) {
    vervang(element, alinea('De agenda wordt geladen…'));
    try {
      const [agenda, voorstellen, cijfers, partijen, instellingen] = await Promise.all([
        api(context, 'GET', `${basis}/agenda`),
        rijk ? api(context, 'GET', `${basis}/agenda/voorstellen`) : null,
        api(context, 'GET', `${basis}/cijfers`),
        rijk ? api(context, 'GET', `${basis}/partijen`) : null,
        beheerder ? api(context, 'GET', `${basis}/instellingen`) : null,
      ]);
      if (!weg) {
        teken(agenda, voorstellen, cijfers, partijen, instellingen, bericht);
      }
    } catch (fout) {
      if (!weg) {
        vervang(element, melding('error', `De agenda kon niet worden geladen. ${fout.message}`));
      }
    }
  }

  function teken(agenda, voorstellen, cijfers, partijen, instellingen, bericht) {
    const kop = kop2('Agenda van de Bestuurstafel', 'rk-agenda-kop');
    vervang(element,
      kop,
      bericht ? melding('ok', bericht) : null,
      alinea('Wat in meer gemeenten knelt, wordt een les voor landelijk beleid. Hier staan de regels die de '
        + 'Bestuurstafel in Den Haag bespreekt, met een trekker, de status en de uitkomst. Alleen aantallen per '
        + 'gemeente: geen casussen, geen namen.'),
      agenda.results.length
        ? tabel(`${agenda.count} ${agenda.count === 1 ? 'agendapunt' : 'agendapunten'}`,
          ['Agendapunt', 'Regel', 'Trekker', 'Status', 'Casussen per gemeente', 'Uitkomst'],
          agenda.results.map((p) => [p.titel, p.regel, p.trekker.naam, STATUS[p.status] || p.status,
            perGemeente(p.aantallen), p.uitkomst || '—']))
        : melding('info', 'Er staat nog niets op de agenda.'),
      rijk ? werk(agenda, voorstellen, partijen) : null,
      cijferBlok(cijfers),
      instellingen ? delenBlok(instellingen) : null);
    kop.focus();
  }

  function werk(agenda, voorstellen, partijen) {
    const open = agenda.results.filter((p) => p.status !== 'afgerond');
    return el('div', {},
      kop3('Voorstellen'),
      alinea(`Regels die in twee of meer gemeenten knellen, of in ten minste ${voorstellen.drempel} casussen.`),
      voorstellen.results.length
        ? tabel(`${voorstellen.count} ${voorstellen.count === 1 ? 'voorstel' : 'voorstellen'}`,
          ['Regel', "Thema's", 'Casussen per gemeente', 'Agenderen'],
          voorstellen.results.map((v, i) => [v.regel, (v.themas || []).join(', ') || '—', perGemeente(v),
            agenderenKnop(v, i, partijen)]))
        : melding('info', 'Er zijn nu geen voorstellen.'),
      open.length ? statusFormulier(open) : null);
  }

  function agenderenKnop(v, i, partijen) {
    const k = knop('Op de agenda zetten', () => {
      const trekkers = [...partijen.results.map((p) => [p.id, p.naam]),
        ...(v.perGemeente || []).map((g) => [g.gemeente, g.naam])];
      const { form } = formulier({
        id: 'rodeknop-agenderen',
        titel: `Op de agenda: ${v.regel}`,
        knopTekst: 'Op de agenda zetten',
        velden: [
          { naam: 'titel', label: 'Titel', verplicht: true, waarde: v.regel },
          { naam: 'trekker', label: 'Trekker', soort: 'keuze', verplicht: true, opties: trekkers,
            beschrijving: 'Een Rijkspartij of een gemeente die het punt trekt.' },
          { naam: 'toelichting', label: 'Toelichting', soort: 'tekstvak' },
        ],
        annuleer: () => laad(),
        verstuur: async (w) => {
          await api(context, 'POST', `${basis}/agenda`, { ...w, regel: v.regel });
          await laad('De regel staat op de agenda.');
        },
      });
      vervang(element, form);
      form.querySelector('h3').focus();
    });
    k.id = `rodeknop-voorstel-${i}`;
    k.setAttribute('aria-label', `${v.regel} op de agenda zetten`);
    return k;
  }

  function statusFormulier(open) {
    const { form } = formulier({
      id: 'rodeknop-agendastatus',
      titel: 'De status van een agendapunt bijwerken',
      knopTekst: 'Status bijwerken',
      velden: [
        { naam: 'punt', label: 'Agendapunt', soort: 'keuze', verplicht: true,
          opties: open.map((p) => [p.id, `${p.titel} (${STATUS[p.status]})`]) },
        { naam: 'status', label: 'Nieuwe status', soort: 'keuze', verplicht: true,
          opties: VOLGORDE.slice(1).map((s) => [s, STATUS[s]]) },
        { naam: 'uitkomst', label: 'Uitkomst (bij afgerond)', soort: 'tekstvak',
          beschrijving: `Bijvoorbeeld: wet aangepast, ${SOORT.omwisselbesluit.toLowerCase()}, of geen wijziging met de reden.` },
      ],
      verstuur: async (w) => {
        const punt = open.find((p) => p.id === w.punt);
        await api(context, 'POST', `${basis}/agenda/${encodeURIComponent(w.punt || 'onbekend')}/status`,
          { status: w.status, uitkomst: w.uitkomst, versie: punt ? punt.versie : undefined });
        await laad('De status is bijgewerkt.');
      },
    });
    return form;
  }

  function cijferBlok(c) {
    const z = c.zaken || {};
    const o = c.tijdTotOverleg || {};
    const rijen = [
      ['Rode-knopzaken', `${z.totaal ?? 0} (${z.open ?? 0} open, ${z.afgerond ?? 0} afgerond)`],
      ['Dagen tot het overleg (mediaan)', o.aantal ? `${o.mediaanDagen} (gemiddeld ${o.gemiddeldeDagen}, ${o.aantal} zaken)` : '—'],
      ...Object.entries(c.uitkomsten || {}).map(([s, n]) => [`Uitkomst: ${SOORT[s] || s}`, String(n)]),
      ['Follow-ups aan de beurt', String(c.followUps?.aanDeBeurt ?? 0)],
      ['Lessen op de agenda', String(c.lessen?.totaal ?? 0)],
      ['Precedenten in het register', String(c.precedenten?.aantal ?? 0)],
      ['Keren dat een tafel een precedent gebruikte', String(c.precedenten?.gebruikt ?? 0)],
    ];
    const partijen = (c.perPartij || []).filter((p) => p.zaken > 0);
    return el('div', {},
      kop3(rijk ? 'De rode knop in cijfers (alle gemeenten)' : 'De rode knop in cijfers (uw gemeente)'),
      tabel('Kerncijfers', ['Cijfer', 'Waarde'], rijen),
      partijen.length ? tabel('Zaken per Rijkspartij', ['Partij', 'Zaken'], partijen.map((p) => [p.naam, String(p.zaken)])) : null);
  }

  /** Het 20 %-register: deelt de gemeente haar doorbraken (geanonimiseerd) met andere gemeenten en het Rijk? */
  function delenBlok(inst) {
    const { form } = formulier({
      id: 'rodeknop-delen',
      titel: 'Precedenten delen (20 %-register)',
      knopTekst: 'Bewaren',
      velden: [
        { naam: 'precedentenDelen', label: 'Deelt uw gemeente haar precedenten?', soort: 'keuzerondjes', verplicht: true,
          waarde: inst.precedentenDelen ? 'ja' : 'nee',
          beschrijving: 'Elk doorbraakbesluit en elke uitkomst van de rode knop wordt, zonder namen of casussen, een '
            + 'precedent dat tafels van andere gemeenten en het Rijk kunnen vinden. Uw eigen tafels blijven uw '
            + 'precedenten altijd zien; wat al gedeeld was, is bij "nee" meteen niet meer te vinden voor anderen.',
          opties: [['ja', 'Ja, delen met andere gemeenten en het Rijk'], ['nee', 'Nee, alleen voor onze eigen tafels']] },
      ],
      verstuur: async (w) => {
        await api(context, 'PUT', `${basis}/instellingen`,
          { precedentenDelen: w.precedentenDelen === 'ja', versie: inst.versie });
        await laad(w.precedentenDelen === 'ja' ? 'Uw gemeente deelt haar precedenten.'
          : 'Uw gemeente deelt haar precedenten niet meer.');
      },
    });
    return form;
  }

  laad();
  return () => {
    weg = true;
  };
}
