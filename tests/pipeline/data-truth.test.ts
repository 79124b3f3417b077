/**
 * The corrections of the issue-19 audit, as the committed corpus has them (public/data/corpus.json,
 * which `npm run test:corpus` checks is what preprocess makes) and with the references the
 * curation records for each.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../../src/domain/corpus/schema';

const corpus = corpusSchema.parse(JSON.parse(readFileSync('public/data/corpus.json', 'utf8')));
const curated = JSON.parse(readFileSync('data/curation/events.json', 'utf8')) as {
  id: string;
  references?: { url: string; published: string; supports: string }[];
}[];
const event = (id: string) => {
  const e = corpus.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const references = (id: string) => curated.find((e) => e.id === id)?.references ?? [];
const FRIDAY = '2020-07-03';

describe('the four corrected events', () => {
  it('the Guterres–Haftar call is on 1 July 2020, before the briefing that reports it', () => {
    const call = event('guterres-haftar-phone-call');
    const briefing = event('un-briefing-dujarric-on-libya');
    expect(call.date).toMatchObject({ start: '2020-07-01', end: '2020-07-01', basis: 'external' });
    expect(call.date.notAfterEvent).toBe(briefing.id);
    expect(call.date.end <= briefing.date.start).toBe(true);
    expect(call.date.openStart).toBeUndefined();
    expect(references(call.id).length).toBeGreaterThan(0);
  });
  it('the Tarhuna graves were found in June 2020, before the 3 July meeting', () => {
    const graves = event('tarhuna-mass-graves-found');
    expect(graves.date).toMatchObject({
      basis: 'external',
      start: '2020-06-05',
      end: '2020-06-18',
    });
    expect(graves.date.note?.en).toMatch(/UNSMIL/);
    expect(graves.date.end < FRIDAY).toBe(true);
    expect(references(graves.id).length).toBeGreaterThanOrEqual(2);
  });
  it('the 2021 elections are a plan, set by the forum on 13 November 2020, and not held', () => {
    const elections = event('libyan-elections-2021-12-24');
    expect(elections.plan?.status).toMatch(/^(postponed|cancelled)$/);
    expect(elections.plan?.decidedBy).toBe('lpdf-sets-election-date');
    const decision = event('lpdf-sets-election-date');
    expect(decision.date).toMatchObject({ start: '2020-11-13', basis: 'external' });
    expect(decision.actors.map((a) => a.id)).toContain('lpdf');
    expect(references(elections.id).length).toBeGreaterThan(0);
    expect(references(decision.id).length).toBeGreaterThan(0);
  });
  it('the training headquarters visit is in Tripoli, not at the centroid of Libya', () => {
    const visit = event('akar-guler-visit-training-cooperation-hq');
    expect(visit.place).toBe('tripoli');
    const tripoli = corpus.places.find((p) => p.id === 'tripoli')!;
    expect(Math.abs(tripoli.lat - 32.89)).toBeLessThan(0.05);
    expect(Math.abs(tripoli.lon - 13.19)).toBeLessThan(0.05);
    expect(references(visit.id).length).toBeGreaterThan(0);
  });
});

describe('the smaller notes', () => {
  it('Güler is at the Mitiga welcome ceremony', () => {
    expect(event('mitiga-welcome-ceremony-for-akar').actors.map((a) => a.id)).toContain('guler');
    expect(references('mitiga-welcome-ceremony-for-akar').length).toBeGreaterThan(0);
  });
  it('the training-centres agreement is placed in Tripoli', () => {
    expect(event('namroush-akar-agree-on-training-centres').place).toBe('tripoli');
  });
  it.each([
    'namroush-akar-agree-on-training-centres',
    'namroush-affirms-continued-turkish-support',
    'namroush-briefs-akar-and-guler-on-tarhuna',
    'akar-meets-mishri-tripoli',
    'akar-press-statement-libya-for-libyans',
  ])('%s is on or after the Friday visit, not open before it', (id) => {
    const e = event(id);
    expect(e.date.notBeforeEvent).toBe('akar-visits-tripoli-2020');
    expect(e.date.start).toBe(FRIDAY);
    expect(e.date.openStart).toBeUndefined();
    expect(references(id).length).toBeGreaterThan(0);
  });
});
