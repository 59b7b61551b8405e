// A part of the casus screen: context.casus is the id of the casus shown; it calls the plug-in's own route for it.
export default function toon(element, context) {
  const afbreken = new AbortController();
  const status = document.createElement('p');
  status.className = 'utrecht-paragraph';
  status.id = 'rijktest-casus';
  status.textContent = 'Wordt geladen…';
  element.replaceChildren(status);
  const pad = `/api/gemeenten/${encodeURIComponent(context.gemeente)}/rijktest/casussen/${encodeURIComponent(context.casus)}`;
  context.fetch(pad, { signal: afbreken.signal, headers: { Accept: 'application/json' } })
    .then((antwoord) => (antwoord.ok ? antwoord.json() : Promise.reject(new Error(`HTTP ${antwoord.status}`))))
    .then((a) => {
      status.textContent = `De plug-in ziet casus ${a.casus} in ${a.gemeente}.`;
    })
    .catch((f) => {
      if (f.name !== 'AbortError') {
        status.textContent = `Dit deel kon niet worden geladen. ${f.message}`;
      }
    });
  return () => afbreken.abort();
}
