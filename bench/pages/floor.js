// The floor: fetch the corpus and JSON.parse it, as the app does, and nothing else. A corpus
// too large for the browser (no string that long) is reported as an error, not waited for.
(async () => {
  try {
    const response = await fetch('../data/corpus.json', { cache: 'no-cache' });
    const text = await response.text();
    const fetchedAt = performance.now();
    const data = JSON.parse(text);
    window.__floor = { fetchedAt, parsedAt: performance.now(), events: data.events.length };
  } catch (err) {
    window.__floor = { error: String(err?.message ?? err) };
  }
})();
