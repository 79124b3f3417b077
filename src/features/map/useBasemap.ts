import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';

export type BasemapState =
  { status: 'loading' } | { status: 'ready'; data: FeatureCollection } | { status: 'failed' };

function isFeatureCollection(value: unknown): value is FeatureCollection {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'FeatureCollection' &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

/** The embedded basemap (GeoJSON), fetched once per URL. */
export function useBasemap(url: string): BasemapState {
  const [state, setState] = useState<{ url: string; value: BasemapState }>({
    url,
    value: { status: 'loading' },
  });
  useEffect(() => {
    const controller = new AbortController();
    const done = (value: BasemapState): void => {
      if (!controller.signal.aborted) setState({ url, value });
    };
    fetch(url, { signal: controller.signal })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((data: unknown) =>
        done(isFeatureCollection(data) ? { status: 'ready', data } : { status: 'failed' }),
      )
      .catch(() => done({ status: 'failed' }));
    return () => controller.abort();
  }, [url]);
  return state.url === url ? state.value : { status: 'loading' };
}
