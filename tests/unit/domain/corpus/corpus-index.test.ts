import { describe, expect, it } from 'vitest';
import {
  buildCorpusIndex,
  compareEvents,
  isoDayMs,
} from '../../../../src/domain/corpus/corpus-index';
import { syntheticIndex } from '../../search/synthetic-index';
import { realCorpus, realIndex } from '../../search/real-index';
import { DAY_MS } from '../../../../src/domain/dates/day-ms';

describe('buildCorpusIndex', () => {
  it('isoDayMs is the start of the day in UTC', () => {
    for (const iso of [
      '0000-01-01',
      '0099-12-31',
      '1900-03-01',
      '1970-01-01',
      '2000-02-29',
      '2021-12-24',
      '9999-12-31',
    ])
      expect(isoDayMs(iso), iso).toBe(Date.parse(`${iso}T00:00:00Z`));
  });

  it('orders events by start, end, then id, with their times alongside', () => {
    for (const index of [realIndex, syntheticIndex(2_000, 4)]) {
      const events = [...index.corpus.events].sort(compareEvents);
      expect(index.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
      index.events.forEach((e, i) => {
        expect(index.startMs[i]).toBe(Date.parse(`${e.date.start}T00:00:00Z`));
        expect(index.endMs[i]).toBe(Date.parse(`${e.date.end}T00:00:00Z`) + DAY_MS);
      });
    }
  });

  it('lists an actor named twice in one event once', () => {
    const corpus = realCorpus;
    const event = {
      ...corpus.events[0]!,
      actors: [...corpus.events[0]!.actors, corpus.events[0]!.actors[0]!],
    };
    const index = buildCorpusIndex({ ...corpus, events: [event] });
    const id = event.actors[0]!.id;
    expect(index.eventsByActor.get(id)).toEqual([event.id]);
  });
});
