import { control, type ControlPosition } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { escapeHtml } from '../../ui/escape-html';

interface MapAttributionProps {
  position: ControlPosition;
  /** Credits as [text, link]; the text is escaped here. */
  credits: readonly (readonly [string, string])[];
}

/** The attribution control, created once; credits added and removed as they change. */
export function MapAttribution({ position, credits }: MapAttributionProps) {
  const map = useMap();
  const [attribution] = useState(() =>
    control.attribution({
      position,
      prefix: '<a href="https://leafletjs.com" lang="en" dir="ltr">Leaflet</a>',
    }),
  );
  useEffect(() => {
    attribution.addTo(map);
    return () => {
      attribution.remove();
    };
  }, [map, attribution]);
  useEffect(() => {
    if (attribution.getPosition() !== position) attribution.setPosition(position);
  }, [attribution, position]);
  const html = credits.map(
    // Credits are proper names (Natural Earth, OpenStreetMap): kept in their own spelling.
    ([text, href]) => `<a href="${escapeHtml(href)}" lang="en" dir="ltr">${escapeHtml(text)}</a>`,
  );
  const key = html.join('\n');
  useEffect(() => {
    const items = key.split('\n').filter(Boolean);
    for (const item of items) attribution.addAttribution(item);
    return () => {
      for (const item of items) attribution.removeAttribution(item);
    };
  }, [attribution, key]);
  return null;
}
