/* global TL */
// TimelineJS3 given the same events (converted to its JSON format in Node beforehand), with
// every resource local: its script path points here and no web font is loaded.
(async () => {
  const state = { error: null, loadedAt: null };
  window.__tl = state;
  try {
    const response = await fetch('timelinejs.json', { cache: 'no-cache' });
    const data = await response.json();
    state.parsedAt = performance.now();
    const timeline = new TL.Timeline('timeline', data, {
      script_path: new URL('../tl/js/', location.href).href,
      font: null,
      language: 'en',
      hash_bookmark: false,
    });
    timeline.on('loaded', () => {
      state.loadedAt = performance.now();
    });
  } catch (err) {
    state.error = String(err);
  }
})();
