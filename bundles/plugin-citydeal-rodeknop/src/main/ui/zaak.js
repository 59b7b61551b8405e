// Wat een rode-knopzaak toont, voor de gemeente en voor het Rijk: dezelfde woorden op beide schermen.
import { alinea, bedrag, datum, el, gegevens, kop3, lijst } from './dom.js';

export const STATUS = {
  ingediend: 'Ingediend: wacht op het rode-knopoverleg',
  'overleg-gepland': 'Rode-knopoverleg gepland',
  uitkomst: 'Uitkomst bekend: de follow-up volgt',
  afgerond: 'Afgerond na de follow-up',
};

export const SOORT = {
  doorbraak: 'Doorbraak: een uitzondering op de regel',
  omwisselbesluit: 'Omwisselbesluit: de landelijke regel omgewisseld voor een betere lokale invulling',
  'geen-oplossing': 'Geen oplossing',
};

export const VELDEN = {
  regel: 'De regel die knelt',
  vraag: 'Wat de gemeente vraagt',
  thema: 'Thema',
  geprobeerd: 'Wat de gemeente al probeerde',
  situatie: 'De situatie',
  organisaties: 'Betrokken organisaties',
};

export function regelTekst(r) {
  if (!r) {
    return null;
  }
  const waar = [r.wet, r.artikel].filter(Boolean).join(', ');
  return waar ? `${r.omschrijving} (${waar})` : r.omschrijving;
}

/** De namen van partij-ids, met het id als er geen naam is. */
export function partijNamen(ids, partijen) {
  const namen = new Map((partijen || []).map((p) => [p.id, p.afkorting || p.naam]));
  return (ids || []).map((id) => namen.get(id) || id).join(', ');
}

/** Het verloop: overleg, uitkomst en follow-up, wat er al van is. */
export function verloop(z, partijen) {
  const delen = [];
  if (z.overleg) {
    delen.push(kop3('Rode-knopoverleg'), gegevens([
      ['Datum', datum(z.overleg.datum)],
      ['Met', partijNamen(z.overleg.partijen, partijen)],
      ['Toelichting', z.overleg.toelichting],
      ['Gepland door', z.overleg.door],
    ]));
  }
  if (z.uitkomst) {
    delen.push(kop3('Uitkomst'), gegevens([
      ['Soort', SOORT[z.uitkomst.soort] || z.uitkomst.soort],
      ['Toelichting', z.uitkomst.toelichting],
      ['Reden', z.uitkomst.reden],
      ['Afspraken', z.uitkomst.afspraken && z.uitkomst.afspraken.length ? lijst(z.uitkomst.afspraken) : null],
      ['Besparing per jaar', bedrag(z.uitkomst.besparing)],
      ['Vastgelegd', `${datum(z.uitkomst.vastgelegd)} door ${z.uitkomst.door}`],
    ]));
  }
  if (z.followUp) {
    delen.push(kop3('Follow-up'), gegevens([
      ['Gepland op', datum(z.followUp.vervalt)],
      ['Vastgelegd', z.followUp.vastgelegd ? `${datum(z.followUp.vastgelegd)} door ${z.followUp.door}` : 'Nog niet'],
      ['Opgelost', z.followUp.opgelost === null || z.followUp.opgelost === undefined ? null : (z.followUp.opgelost ? 'Ja' : 'Nee')],
      ['Bevinding', z.followUp.bevinding],
    ]));
  }
  return delen;
}

/** Status en termijn in één zin. */
export function stand(z) {
  const termijn = z.status === 'ingediend' || z.status === 'overleg-gepland'
    ? ` Uitkomst uiterlijk ${datum(z.deadline)}${z.verlopen ? ' (termijn verstreken)' : ''}.` : '';
  const follow = z.status === 'uitkomst' && z.followUp ? ` Follow-up op ${datum(z.followUp.vervalt)}.` : '';
  return alinea(el('strong', {}, STATUS[z.status] || z.status), `.${termijn}${follow}`);
}
