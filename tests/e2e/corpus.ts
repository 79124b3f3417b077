// The bundled corpus, read by the browser tests to know what a view must show.
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../src/domain/corpus/schema';

export const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;

export function eventsWithActor(id: string) {
  return corpus.events.filter((e) => e.actors.some((a) => a.id === id));
}

export function actorName(id: string, lang: 'ar' | 'en'): string {
  const actor = corpus.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`no actor ${id}`);
  return actor.name[lang];
}

export function eventById(id: string) {
  const event = corpus.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}
