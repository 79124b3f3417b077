import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/domain/corpus/schema';
import {
  checkStory,
  DEFAULT_VIEW_STATE,
  parseViewState,
  serialiseViewState,
  stepViewOf,
  stepViewState,
  type KnownIds,
} from '../../../src/url-state';

const known: KnownIds = {
  events: new Set(['akar-visits-tripoli-2020', 'mou']),
  actors: new Set(['akar', 'guler']),
  places: new Set(['tripoli']),
  documents: new Set(['doc-1']),
  types: new Set(['visit']),
};
const caption = { ar: 'تعليق', en: 'A caption' };
const reader = { ...DEFAULT_VIEW_STATE, lang: 'ar' as const, corpus: 'mine', tiles: true };

describe('a story step read with the link’s rules', () => {
  it('shows its view over the defaults and keeps the reader’s language, corpus and tiles', () => {
    const base = { ...reader, actors: ['guler'], q: 'old search' };
    const { state, dropped } = stepViewState(
      { view: { event: 'akar-visits-tripoli-2020', map: '9/32.80/13.30' }, caption },
      base,
      known,
    );
    expect(dropped).toEqual([]);
    expect(state.event).toBe('akar-visits-tripoli-2020');
    expect(state.map).toEqual({ zoom: 9, lat: 32.8, lon: 13.3 });
    // What the step does not set is the default, not what was on screen before.
    expect(state.actors).toEqual([]);
    expect(state.q).toBe('');
    expect([state.lang, state.corpus, state.tiles]).toEqual(['ar', 'mine', true]);
  });

  it('drops what a link would drop, and keys that belong to the reader', () => {
    const { state, dropped } = stepViewState(
      {
        view: { event: 'no-such-event', lang: 'en', from: '2020-13-01', colour: 'red' },
        caption,
      },
      reader,
      known,
    );
    expect(dropped.map((d) => [d.key, d.reason]).sort()).toEqual(
      [
        ['colour', 'unknown-key'],
        ['event', 'unknown-id'],
        ['from', 'malformed'],
        ['lang', 'unknown-key'],
      ].sort(),
    );
    expect(state.event).toBeNull();
    expect(state.lang).toBe('ar');
  });

  it('numbers each problem with its step, from 1', () => {
    const story: Story = {
      id: 's',
      title: caption,
      summary: caption,
      steps: [
        { view: { event: 'mou' }, caption },
        { view: { actors: 'akar,nobody' }, caption },
        { view: { story: 'other' }, caption },
      ],
    };
    expect(checkStory(story, known, DEFAULT_VIEW_STATE).map((p) => [p.step, p.key])).toEqual([
      [2, 'actors'],
      [3, 'story'],
    ]);
  });

  it('turns the view on screen into a step and back, without the reader’s keys', () => {
    const { state } = parseViewState(
      '?lang=en&event=mou&actors=akar,guler&mode=all&map=6/33.50/14.00&story=s&step=2&tiles=1',
    );
    const view = stepViewOf(state);
    expect(view).toEqual({ event: 'mou', actors: 'akar,guler', mode: 'all', map: '6/33.50/14.00' });
    const back = stepViewState({ view, caption }, state, known).state;
    expect(serialiseViewState(back)).toBe(serialiseViewState(state));
  });
});

describe('the story and step keys', () => {
  it('read a story id and a step from 1 to 100, and nothing else', () => {
    expect(parseViewState('?story=turkey-and-the-gna&step=3').state).toMatchObject({
      story: 'turkey-and-the-gna',
      step: 3,
    });
    for (const bad of ['0', '-1', '01', '1.5', '101', '٣', ' 3', '3a']) {
      const parsed = parseViewState(`?step=${encodeURIComponent(bad)}`);
      expect(parsed.state.step, bad).toBeNull();
      expect(parsed.dropped, bad).toHaveLength(1);
    }
    expect(parseViewState('?story=Not%20An%20Id').state.story).toBeNull();
  });
});
