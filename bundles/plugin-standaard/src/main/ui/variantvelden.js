/**
 * Scherm "Variantvelden" van de standaardtafel: de extra velden van een casus in een tabel.
 *
 * Het contract van een plug-in-scherm (nl.doorbraak.api.http.Scherm): de default-export toon(element, context)
 * tekent in element en geeft een functie terug die opruimt. context.gemeente is het id van de gemeente,
 * context.gebruiker de ingelogde gebruiker (GET /api/sessies/huidig) en context.fetch is fetch met sessie en
 * CSRF-header. Geen inline stijlen of scripts: de Content-Security-Policy staat ze niet toe; de opmaak komt van de
 * klassen van de NL Design System-componenten (Utrecht).
 */

const KOLOMMEN = ['Veld', 'Omschrijving', 'Soort', 'Verplicht', 'Maximale lengte', 'Keuzes'];
const SOORTEN = { tekst: 'Tekst', getal: 'Getal', ja_nee: 'Ja/nee', keuze: 'Keuze', datum: 'Datum' };

export default function toon(element, context) {
  const afbreken = new AbortController();
  const kop = maak('h2', 'utrecht-heading-2', 'Velden van de standaardtafel');
  const status = maak('p', 'utrecht-paragraph', 'De velden worden geladen…');
  status.setAttribute('role', 'status');
  element.replaceChildren(kop, status);

  const pad = `/api/gemeenten/${encodeURIComponent(context.gemeente)}/standaard/velden`;
  context.fetch(pad, { signal: afbreken.signal, headers: { Accept: 'application/json' } })
    .then(async (antwoord) => {
      if (!antwoord.ok) {
        throw new Error(await melding(antwoord));
      }
      return antwoord.json();
    })
    .then((gegevens) => {
      status.textContent = `${gegevens.naam}, schemaversie ${gegevens.schemaVersie}: `
        + `${gegevens.velden.length} ${gegevens.velden.length === 1 ? 'veld' : 'velden'}.`;
      element.append(tabel(gegevens.velden));
    })
    .catch((fout) => {
      if (fout.name !== 'AbortError') {
        status.textContent = `De velden konden niet worden geladen. ${fout.message}`;
      }
    });

  // het scherm sluit of de plug-in verdwijnt: een lopend verzoek is niet meer nodig
  return () => afbreken.abort();
}

function tabel(velden) {
  const tabel = maak('table', 'utrecht-table utrecht-table--html-table');
  tabel.append(maak('caption', 'utrecht-table__caption', 'Extra velden van een casus aan de standaardtafel'));
  const kop = maak('thead', 'utrecht-table__header');
  const kopRij = maak('tr', 'utrecht-table__row');
  for (const kolom of KOLOMMEN) {
    const cel = maak('th', 'utrecht-table__header-cell', kolom);
    cel.scope = 'col';
    kopRij.append(cel);
  }
  kop.append(kopRij);
  const romp = maak('tbody', 'utrecht-table__body');
  for (const veld of velden) {
    const rij = maak('tr', 'utrecht-table__row');
    const naam = maak('th', 'utrecht-table__header-cell', veld.naam);
    naam.scope = 'row';
    rij.append(naam,
      maak('td', 'utrecht-table__cell', veld.label),
      maak('td', 'utrecht-table__cell', SOORTEN[veld.type] ?? veld.type),
      maak('td', 'utrecht-table__cell', veld.verplicht ? 'Ja' : 'Nee'),
      maak('td', 'utrecht-table__cell utrecht-table__cell--numeric', veld.maxLengte > 0 ? String(veld.maxLengte) : '—'),
      maak('td', 'utrecht-table__cell', veld.waarden.length > 0 ? veld.waarden.join(', ') : '—'));
    romp.append(rij);
  }
  tabel.append(kop, romp);
  return tabel;
}

/** De Nederlandse uitleg uit een problem+json-antwoord, of de HTTP-status. */
async function melding(antwoord) {
  try {
    const probleem = await antwoord.json();
    return probleem.detail || probleem.title || `Status ${antwoord.status}.`;
  } catch {
    return `Status ${antwoord.status}.`;
  }
}

function maak(naam, klassen, tekst) {
  const e = document.createElement(naam);
  e.className = klassen;
  if (tekst !== undefined) {
    e.textContent = tekst;
  }
  return e;
}
