/**
 * Grouping name candidates into proposals: candidates with one key are one name, and every
 * further mention of its names (found like a known name's) is added; known names, a guess a
 * gazetteer place contradicts and a place inside an organisation's name are left out.
 */
import { findMentions } from '../text/find-mentions';
import type { Candidate, NameProposal, NameSpan } from './name-proposal';
import { spanMask, type SpanMask } from '../text/span-mask';

/** One proposal per name: every candidate and every further mention of its names. */
export function groupNames(
  text: string,
  candidates: readonly Candidate[],
  known: SpanMask,
): NameProposal[] {
  const gazetteerMask = spanMask(
    text.length,
    candidates.filter((c) => c.entry),
  );
  const fresh = candidates.filter(
    (c) =>
      !known.covers(c) &&
      // The gazetteer's reading of a place wins over a guess from «مدينة …».
      !(c.kind === 'place' && !c.entry && gazetteerMask.covers(c)),
  );
  // A gazetteer place inside an organisation or outlet name is part of that name.
  const namesMask = spanMask(
    text.length,
    fresh.filter((o) => o.kind !== 'place'),
  );
  const kept = fresh.filter((c) => !(c.kind === 'place' && namesMask.covers(c)));
  const byKey = new Map<string, Candidate[]>();
  for (const c of kept) {
    const list = byKey.get(c.key);
    if (list) list.push(c);
    else byKey.set(c.key, [c]);
  }
  const keys = [...byKey.keys()];
  const foundByKey = new Map<string, NameSpan[]>();
  for (const m of findMentions(
    text,
    keys.map((key) => ({ id: key, names: (byKey.get(key) ?? []).flatMap((c) => c.names) })),
  )) {
    if (known.covers(m)) continue;
    const list = foundByKey.get(m.entity);
    if (list) list.push({ start: m.start, end: m.end });
    else foundByKey.set(m.entity, [{ start: m.start, end: m.end }]);
  }
  const proposals: NameProposal[] = [];
  for (const key of keys) {
    const list = byKey.get(key) as Candidate[];
    const spans: NameSpan[] = foundByKey.get(key) ?? [];
    const spansMask = spanMask(text.length, spans);
    for (const c of list)
      if (!spansMask.covers(c)) {
        spans.push({ start: c.start, end: c.end });
        spansMask.add(c);
      }
    spans.sort((a, b) => a.start - b.start);
    const longest = [...list].sort((a, b) => b.end - b.start - (a.end - a.start))[0] as Candidate;
    const entry = longest.entry;
    proposals.push({
      id: '',
      kind: longest.kind,
      ...(longest.placeKind ? { placeKind: longest.placeKind } : {}),
      name: longest.display,
      en: entry ? entry.en : null,
      cue: longest.cue,
      mentions: spans,
      ...(entry
        ? {
            gazetteer: {
              lat: entry.lat,
              lon: entry.lon,
              country: entry.country,
              source: entry.source,
            },
          }
        : {}),
    });
  }
  // Where two proposals claim the same words, the one found first in the text keeps them.
  proposals.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const taken = spanMask(text.length);
  const out: NameProposal[] = [];
  const counters = new Map<string, number>();
  const usedIds = new Set<string>();
  for (const p of proposals) {
    const mentions = p.mentions.filter((m) => !taken.covers(m));
    if (mentions.length === 0) continue;
    for (const m of mentions) taken.add(m);
    let id = p.en ? slug(p.en) : '';
    if (!id || usedIds.has(id)) {
      const n = (counters.get(p.kind) ?? 0) + 1;
      counters.set(p.kind, n);
      id = `new-${p.kind}-${n}`;
    }
    usedIds.add(id);
    out.push({ ...p, id, mentions });
  }
  return out;
}

/** A lower-case id from an English name («Misrata» → misrata, «Türkiye» → turkiye). */
function slug(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
