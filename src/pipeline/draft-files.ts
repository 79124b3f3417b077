/**
 * The draft files ingest writes for a curator, in data/curation/drafts/: the new names as
 * draft actors and places and the event drafts as draft curation events, each file marked
 * `"draft": true`. preprocess never reads them; a curator moves what is right into
 * actors.json, places.json and events.json, where it is checked like any curation.
 */
import type { ArticleReport } from '../domain/pipeline/analyse-article';
import type { NameProposal } from '../domain/pipeline/names/find-new-names';

export const DRAFTS_DIR = 'data/curation/drafts';

const TODO_BILINGUAL = { ar: 'TODO', en: 'TODO' };

function aliases(report: ArticleReport, p: NameProposal): string[] {
  return [...new Set(p.mentions.map((m) => report.text.slice(m.start, m.end)))];
}

export function draftActors(report: ArticleReport): unknown {
  return {
    draft: true,
    document: report.document,
    about:
      'New names ingest took for people, organisations and outlets. Check each against a reference, complete every TODO, then move it to data/curation/actors.json (aliases without attached و ف ب ل ك).',
    actors: report.names
      .filter((p) => p.kind !== 'place')
      .map((p) => ({
        id: p.id,
        kind: p.kind,
        name: { ar: p.name, en: p.en ?? 'TODO' },
        aliases: { ar: aliases(report, p), en: [] },
        role: TODO_BILINGUAL,
        affiliation: null,
        wikidata: null,
        reference: 'TODO where the spelling and role were checked',
        found: { cue: p.cue, mentions: p.mentions },
      })),
  };
}

export function draftPlaces(report: ArticleReport): unknown {
  return {
    draft: true,
    document: report.document,
    about:
      'New place names. Coordinates come from the gazetteer named in `gazetteer` (null: add them from a reference). Check, complete every TODO, then move each to data/curation/places.json.',
    places: report.names
      .filter((p) => p.kind === 'place')
      .map((p) => ({
        id: p.id,
        kind: p.placeKind ?? 'city',
        name: { ar: p.name, en: p.en ?? 'TODO' },
        aliases: { ar: aliases(report, p), en: [] },
        lat: p.gazetteer?.lat ?? null,
        lon: p.gazetteer?.lon ?? null,
        country: null,
        wikidata: null,
        gazetteer: p.gazetteer?.source ?? 'TODO the gazetteer the coordinates come from',
        found: { cue: p.cue, mentions: p.mentions },
      })),
  };
}

export function draftEventsFile(report: ArticleReport): unknown {
  const quote = (s: { start: number; end: number }) => report.text.slice(s.start, s.end);
  return {
    draft: true,
    document: report.document,
    about:
      'Event drafts, one per happening a sentence reports. Check type, participants and roles, place and date; write titles and summaries; merge a draft into the event `merge` proposes when it is the same happening (add its evidence there); then move it to data/curation/events.json.',
    events: report.drafts.map((d) => ({
      id: d.id,
      type: d.type,
      title: TODO_BILINGUAL,
      summary: TODO_BILINGUAL,
      date:
        d.date.from === 'sentence' && d.date.expression
          ? {
              basis: d.date.value?.basis === 'stated' ? 'stated' : 'relative',
              document: report.document,
              quote: quote(d.date.expression),
            }
          : { basis: 'reported', document: report.document },
      place: d.place,
      actors: d.actors,
      evidence: [{ document: report.document, quote: quote(d.evidence) }],
      found: {
        cue: quote(d.cue),
        dateFrom: d.date.from,
        ...(d.date.draft ? { dateOfDraft: d.date.draft } : {}),
        resolvedDate: d.date.value,
        placeFrom: d.placeFrom,
        merge: d.merge,
      },
    })),
  };
}
