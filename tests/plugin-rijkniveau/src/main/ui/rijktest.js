// A plug-in screen for the Rijk (an account without gemeente): it calls the plug-in's own route under /api/rijk and
// shows what it answers. Contract: nl.doorbraak.api.http.Scherm; context.gemeente is null here.
export default function toon(element, context) {
  const afbreken = new AbortController();
  const status = document.createElement('p');
  status.className = 'utrecht-paragraph';
  status.id = 'rijktest-status';
  status.setAttribute('role', 'status');
  status.textContent = 'Wordt geladen…';
  element.replaceChildren(status);
  context.fetch('/api/rijk/rijktest', { signal: afbreken.signal, headers: { Accept: 'application/json' } })
    .then((antwoord) => (antwoord.ok ? antwoord.json() : Promise.reject(new Error(`HTTP ${antwoord.status}`))))
    .then((a) => {
      status.textContent = `Ingelogd als ${a.gebruiker}; gemeente: ${a.gemeente === null ? 'geen' : a.gemeente}; `
        + `gemeente in de context: ${context.gemeente === null ? 'geen' : context.gemeente}.`;
    })
    .catch((f) => {
      if (f.name !== 'AbortError') {
        status.textContent = `Het Rijk kon niet worden geladen. ${f.message}`;
      }
    });
  return () => afbreken.abort();
}
