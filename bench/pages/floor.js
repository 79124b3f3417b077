// The floor: fetch the corpus and JSON.parse it, as the app does, and nothing else.
(async () => {
  const response = await fetch('../data/corpus.json', { cache: 'no-cache' });
  const text = await response.text();
  const fetchedAt = performance.now();
  const data = JSON.parse(text);
  window.__floor = { fetchedAt, parsedAt: performance.now(), events: data.events.length };
})();
