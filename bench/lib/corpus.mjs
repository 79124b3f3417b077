// The synthetic corpus: actors, places, then documents until `eventCount` events are written.
import { makeActors } from './actors.mjs';
import { publicationDay } from './dates.mjs';
import { makeDocument } from './document.mjs';
import { TYPE_WEIGHTS } from './phrases.mjs';
import { makePlaces } from './places.mjs';
import { createRandom, createZipf } from './random.mjs';

/** Actors and places grow with the square root of the events: 1k → 300 / 60, 100k → 3,000 / 520. */
export function corpusShape(eventCount) {
  const scale = Math.sqrt(eventCount / 1000);
  return {
    actors: Math.min(3000, Math.round(300 * scale)),
    places: Math.min(520, Math.round(60 * scale)),
  };
}

function weightedDraw(random, weights) {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return () => {
    let x = random.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[0][0];
  };
}

/**
 * A corpus that passes `corpusSchema` with exactly `eventCount` events. Deterministic: the
 * same count and seed give the same corpus, byte for byte.
 */
export function generateCorpus(eventCount, seed = 20240101) {
  const random = createRandom(seed ^ eventCount);
  const shape = corpusShape(eventCount);
  const actors = makeActors(random, shape.actors);
  const places = makePlaces(random, shape.places);
  // Popularity is Zipf-like over a shuffled order: a few actors and places are everywhere.
  const actorOrder = random.shuffle(actors.map((_, i) => i));
  const placeOrder = random.shuffle(places.map((_, i) => i));
  const actorRank = createZipf(random, actors.length, 1);
  const placeRank = createZipf(random, places.length, 1);
  const media = actors.filter((a) => a.kind === 'media');
  const ctx = {
    random,
    actors,
    places,
    drawType: weightedDraw(random, TYPE_WEIGHTS),
    drawActor: () => actorOrder[actorRank()],
    /** The busiest actor, in about 40% of the events (document.mjs). */
    lead: actorOrder[0],
    drawPlace: () => placeOrder[placeRank()],
    publisher: () =>
      media.length > 0
        ? { ...random.pick(media).name }
        : { ar: 'موقع إخباري', en: 'A news website' },
  };
  const documents = [];
  const events = [];
  while (events.length < eventCount) {
    const count = Math.min(eventCount - events.length, random.int(1, 7));
    const { document, events: reported } = makeDocument(
      ctx,
      documents.length,
      count,
      events.length,
      publicationDay(random),
    );
    documents.push(document);
    events.push(...reported);
  }
  return {
    version: 1,
    id: `synthetic-${eventCount}`,
    name: {
      ar: `مجموعة اصطناعية لقياس الأداء (${eventCount} حدث)`,
      en: `Synthetic benchmark corpus (${eventCount} events)`,
    },
    documents,
    actors,
    places,
    events,
  };
}
