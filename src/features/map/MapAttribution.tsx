import { control, type ControlPosition } from 'leaflet';
import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import { escapeHtml } from '../../ui/escape-html';

interface MapAttributionProps {
  position: ControlPosition;
  /** The language of the credits: the line runs in its direction. */
  lang: 'ar' | 'en';
  /** Credits as [text, link]; the text is escaped here. */
  credits: readonly (readonly [string, string])[];
  /** What stands between two credits (the language's comma). */
  separator: string;
}

/** Arabic letters: a credit without any is a proper name in its own (Latin) spelling. */
const ARABIC = /\p{Script=Arabic}/u;
/** A Latin name inside an Arabic credit ("OpenStreetMap"). */
const LATIN_RUN = /[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)*/g;

/** A credit as markup: escaped, with a Latin name inside an Arabic credit marked as English. */
function creditHtml(text: string): string {
  if (!ARABIC.test(text)) return escapeHtml(text);
  let html = '';
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    html += `${escapeHtml(text.slice(at, match.index))}<span lang="en">${escapeHtml(match[0])}</span>`;
    at = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * The attribution control, created once; its credits given as one line, in the language's
 * direction: each credit is isolated (dir="auto"), so that a Latin name inside an Arabic
 * credit (OpenStreetMap), a ©, or a Latin credit next to an Arabic one keeps its place.
 */
export function MapAttribution({ position, lang, credits, separator }: MapAttributionProps) {
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
  useEffect(() => {
    const box = attribution.getContainer();
    box?.setAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    box?.setAttribute('lang', lang);
  }, [attribution, lang]);
  const line = credits
    .map(
      ([text, href]) =>
        `<a href="${escapeHtml(href)}" lang="${ARABIC.test(text) ? 'ar' : 'en'}" dir="auto">${creditHtml(text)}</a>`,
    )
    .join(escapeHtml(separator));
  useEffect(() => {
    if (!line) return;
    attribution.addAttribution(line);
    return () => {
      attribution.removeAttribution(line);
    };
  }, [attribution, line]);
  return null;
}
