// Elementen maken zonder innerHTML: tekst uit de API komt er altijd als tekst in, nooit als HTML.

/**
 * el('p', {class: 'utrecht-paragraph'}, 'tekst', kind) — attributen met on* zijn luisteraars; null/undefined/false
 * als kind of attribuut wordt overgeslagen.
 */
export function el(tag, attributen, ...kinderen) {
  const e = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attributen || {})) {
    if (waarde === null || waarde === undefined || waarde === false) {
      continue;
    }
    if (naam.startsWith('on') && typeof waarde === 'function') {
      e.addEventListener(naam.substring(2), waarde);
    } else if (waarde === true) {
      e.setAttribute(naam, '');
    } else {
      e.setAttribute(naam, String(waarde));
    }
  }
  voegToe(e, kinderen);
  return e;
}

function voegToe(e, kinderen) {
  for (const kind of kinderen) {
    if (kind === null || kind === undefined || kind === false) {
      continue;
    }
    if (Array.isArray(kind)) {
      voegToe(e, kind);
    } else {
      e.append(kind instanceof Node ? kind : document.createTextNode(String(kind)));
    }
  }
}

/** Vervangt de inhoud van een element. */
export function vervang(e, ...kinderen) {
  e.replaceChildren();
  voegToe(e, kinderen);
}
