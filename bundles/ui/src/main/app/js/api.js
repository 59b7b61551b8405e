// De publieke REST-API, met de sessiecookie (HttpOnly, dus onzichtbaar voor dit script) en het CSRF-token.

let csrfToken = null;

/** Het token uit het antwoord van POST /api/sessies of GET /api/sessies/huidig. */
export function zetCsrf(token) {
  csrfToken = token || null;
}

/**
 * fetch voor het scherm van een plug-in (context.fetch): de sessiecookie, X-Requested-With en het CSRF-token bij een
 * wijziging, verder zoals window.fetch (de module leest zelf status en body).
 */
export function fetchMetSessie(invoer, opties = {}) {
  const headers = new Headers(opties.headers || {});
  headers.set('X-Requested-With', 'doorbraak-ui');
  const methode = String(opties.method || 'GET').toUpperCase();
  if (methode !== 'GET' && methode !== 'HEAD' && csrfToken) {
    headers.set('X-CSRF-Token', csrfToken);
  }
  return fetch(invoer, { ...opties, headers, credentials: 'same-origin' });
}

/** Een antwoord dat geen 2xx is, met de problem+json van de API (title, detail, invalidParams). */
export class ApiFout extends Error {
  constructor(status, probleem) {
    super(probleem.detail || probleem.title || `HTTP ${status}`);
    this.status = status;
    this.titel = probleem.title || '';
    this.detail = probleem.detail || this.message;
    this.invalidParams = probleem.invalidParams || [];
  }
}

/**
 * Een verzoek aan de API: {json, etag} van het antwoord (json null bij 204), of een ApiFout; een verbroken verbinding
 * is een ApiFout met status 0. extra: headers erbij, zoals { 'If-Match': '"3"' }.
 */
export async function verzoek(methode, pad, body, extra) {
  // X-Requested-With: a 401 without a Basic challenge (WWW-Authenticate), else the browser asks for a password itself
  const headers = { Accept: 'application/json', 'X-Requested-With': 'doorbraak-ui', ...(extra || {}) };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (methode !== 'GET' && methode !== 'HEAD' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let antwoord;
  try {
    antwoord = await fetch(pad, {
      method: methode,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    throw new ApiFout(0, { title: 'Geen verbinding', detail: 'Het platform is niet bereikbaar. Probeer het opnieuw.' });
  }
  if (antwoord.status === 204) {
    return { json: null, etag: antwoord.headers.get('ETag') };
  }
  const type = antwoord.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await antwoord.json().catch(() => null) : null;
  if (!antwoord.ok) {
    throw new ApiFout(antwoord.status, json || {
      title: 'Fout',
      detail: `Het platform antwoordde met HTTP ${antwoord.status}. Probeer het later opnieuw.`,
    });
  }
  return { json, etag: antwoord.headers.get('ETag') };
}

/** Een verzoek aan de API: de JSON van het antwoord (null bij 204), of een ApiFout (zie verzoek). */
export async function api(methode, pad, body, extra) {
  return (await verzoek(methode, pad, body, extra)).json;
}

/**
 * Een wijziging van wat de gebruiker in versie {@code versie} las (If-Match): de JSON van het antwoord, of een ApiFout;
 * een 409 of 412 als iemand anders het intussen wijzigde (formulier() houdt dan de invoer vast).
 */
export function metVersie(methode, pad, body, versie) {
  return api(methode, pad, body, { 'If-Match': `"${versie}"` });
}

/** Een pad met veilig gecodeerde delen: pad`/api/gemeenten/${g}/casussen` */
export function pad(delen, ...waarden) {
  return delen.reduce((uit, deel, i) => uit + deel + (i < waarden.length ? encodeURIComponent(waarden[i]) : ''), '');
}

function probleemUit(status, tekst) {
  try {
    const json = JSON.parse(tekst);
    if (json && typeof json === 'object') {
      return json;
    }
  } catch (e) {
    // not JSON: the generic message below
  }
  return { title: 'Fout', detail: `Het platform antwoordde met HTTP ${status}. Probeer het later opnieuw.` };
}

/**
 * Een verzoek met een grote body (een upload) en voortgang: opVoortgang(fractie) tijdens het versturen. XMLHttpRequest,
 * want fetch meldt geen voortgang van een upload. Geeft de JSON van het antwoord, of werpt een ApiFout.
 */
export function verstuurMetVoortgang(methode, pad, body, type, opVoortgang) {
  return new Promise((klaar, fout) => {
    const x = new XMLHttpRequest();
    x.open(methode, pad);
    x.setRequestHeader('Accept', 'application/json');
    x.setRequestHeader('X-Requested-With', 'doorbraak-ui');
    x.setRequestHeader('Content-Type', type);
    if (csrfToken) {
      x.setRequestHeader('X-CSRF-Token', csrfToken);
    }
    x.upload.onprogress = (e) => opVoortgang && opVoortgang(e.lengthComputable ? e.loaded / e.total : null);
    // after the upload the server still works (e.g. installing): an indeterminate bar
    x.upload.onload = () => opVoortgang && opVoortgang(null);
    x.onerror = () => fout(new ApiFout(0, { title: 'Geen verbinding', detail: 'Het platform is niet bereikbaar. Probeer het opnieuw.' }));
    x.onload = () => {
      if (x.status >= 200 && x.status < 300) {
        klaar(x.status === 204 || !x.responseText ? null : JSON.parse(x.responseText));
      } else {
        fout(new ApiFout(x.status, probleemUit(x.status, x.responseText)));
      }
    };
    x.send(body);
  });
}

/**
 * Haalt een bestand (CSV, rapport) op met voortgang: opVoortgang(fractie), of null als de grootte onbekend is.
 * Geeft een Blob; de pagina biedt hem aan als download (geen persoonsgegevens in een adres).
 */
export async function haalMetVoortgang(pad, opVoortgang) {
  let antwoord;
  try {
    antwoord = await fetch(pad, { headers: { 'X-Requested-With': 'doorbraak-ui' }, credentials: 'same-origin', cache: 'no-store' });
  } catch (e) {
    throw new ApiFout(0, { title: 'Geen verbinding', detail: 'Het platform is niet bereikbaar. Probeer het opnieuw.' });
  }
  if (!antwoord.ok) {
    throw new ApiFout(antwoord.status, probleemUit(antwoord.status, await antwoord.text()));
  }
  const totaal = Number(antwoord.headers.get('Content-Length')) || 0;
  const lezer = antwoord.body.getReader();
  const delen = [];
  let gelezen = 0;
  for (;;) {
    const { done, value } = await lezer.read();
    if (done) {
      break;
    }
    delen.push(value);
    gelezen += value.length;
    if (opVoortgang) {
      opVoortgang(totaal ? gelezen / totaal : null);
    }
  }
  return new Blob(delen, { type: antwoord.headers.get('Content-Type') || 'application/octet-stream' });
}

/** Biedt een Blob aan als download met deze bestandsnaam. */
export function bewaar(blob, bestandsnaam) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = bestandsnaam;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
