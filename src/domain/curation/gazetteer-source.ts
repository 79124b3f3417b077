/**
 * Where a place's coordinates come from, read from its curation note (`gazetteer`, free text
 * written for curators, e.g. "GeoNames 2210247 (Tripoli): 32.87519, 13.18746 (…)"), so the
 * interface can say it in a sentence of its own language instead of showing the note.
 */
export type GazetteerSource =
  | { kind: 'geonames'; id: string }
  | { kind: 'factbook' }
  | { kind: 'wikipedia' }
  | { kind: 'other' };

export function gazetteerSource(note: string): GazetteerSource {
  const head = note.trimStart();
  const geonames = /^GeoNames\s+(\d+)/.exec(head);
  if (geonames?.[1]) return { kind: 'geonames', id: geonames[1] };
  if (/^CIA World Factbook/i.test(head)) return { kind: 'factbook' };
  if (/^[A-Z][a-z]+ Wikipedia\b/.test(head)) return { kind: 'wikipedia' };
  return { kind: 'other' };
}
