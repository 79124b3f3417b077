import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useLocation } from 'react-router';
import { vi } from 'vitest';
import { App } from '../../../src/app/App';
import { i18n } from '../../../src/i18n/i18n';
import indexText from '../../../public/data/corpus/index.json?raw';

/** The bundled corpus's shards, by path under data/corpus/. */
const SHARDS = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('../../../public/data/corpus/shards/*.json', {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  ).map(([path, text]) => [path.slice(path.indexOf('shards/')), text]),
);

/**
 * A fetch answering data/corpus/index.json with `corpus` (a status, or a body: by default the
 * bundled split index, whose shards it serves too; a whole corpus's text also loads) and a tiny
 * basemap.
 */
export function mockFetch(corpus: string | number | Error = indexText) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    const shard = /data\/corpus\/(shards\/[0-9a-f]+\.json)$/.exec(url)?.[1];
    if (shard && SHARDS[shard] !== undefined)
      return Promise.resolve(new Response(SHARDS[shard], { status: 200 }));
    if (url.endsWith('data/corpus/index.json')) {
      if (corpus instanceof Error) return Promise.reject(corpus);
      if (typeof corpus === 'number')
        return Promise.resolve(new Response('', { status: corpus, statusText: 'Not Found' }));
      return Promise.resolve(new Response(corpus, { status: 200 }));
    }
    if (url.endsWith('data/basemap.json'))
      return Promise.resolve(
        new Response('{"type":"FeatureCollection","features":[]}', { status: 200 }),
      );
    return Promise.reject(new Error(`unexpected fetch ${url}`));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The location the app is at, for assertions. */
export const seen = { search: '' };

function LocationProbe() {
  const { search } = useLocation();
  useEffect(() => {
    seen.search = search;
  }, [search]);
  return null;
}

/** jsdom lays nothing out, so it has no ResizeObserver: one that never reports (as jsdom). */
class StillResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

/** The whole app at `url` (path and query), as main.tsx renders it but in a MemoryRouter. */
export function renderApp(url: string) {
  // The resizable stage (react-resizable-panels) observes its panes.
  if (typeof window.ResizeObserver !== 'function')
    vi.stubGlobal('ResizeObserver', StillResizeObserver);
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[url]}>
        <App />
        <LocationProbe />
      </MemoryRouter>
    </I18nextProvider>,
  );
}
