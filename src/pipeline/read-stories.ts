/**
 * The stories of data/curation/stories/<id>.json: each file one story, checked like the rest of
 * the curation and against the built corpus with the link's own rules (a step can say nothing a
 * link could not), every problem named with its file and step.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../domain/corpus/problem';
import { story as storySchema, type Corpus, type Story } from '../domain/corpus/schema';
import { checkStory, DEFAULT_VIEW_STATE, type KnownIds } from '../url-state';
import { readJson } from './read-inputs';

export const STORIES_DIR = 'data/curation/stories';

/** The keys with which a step shows something to read: an event, or a filter. */
const SHOWING_KEYS = ['event', 'actors', 'places', 'types', 'from', 'to', 'q'];

const REASONS: Record<string, string> = {
  'unknown-key': 'is not a key a story step may set',
  'unknown-id': 'names nothing in the corpus',
  malformed: 'is not a value the link accepts',
  'too-long': 'is longer than the link accepts',
};

function knownIdsOf(corpus: Corpus): KnownIds {
  return {
    events: new Set(corpus.events.map((e) => e.id)),
    actors: new Set(corpus.actors.map((a) => a.id)),
    places: new Set(corpus.places.map((p) => p.id)),
    documents: new Set(corpus.documents.map((d) => d.id)),
    types: new Set(corpus.events.map((e) => e.type)),
  };
}

/** The stories on disk, in file order, or the problems that keep them out. */
export function readStories(
  root: string,
  corpus: Corpus,
): { stories: Story[]; problems: Problem[] } {
  const dir = join(root, STORIES_DIR);
  if (!existsSync(dir)) return { stories: [], problems: [] };
  const problems: Problem[] = [];
  const stories: Story[] = [];
  const known = knownIdsOf(corpus);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const name of files) {
    const file = `${STORIES_DIR}/${name}`;
    const read = readJson(root, file, storySchema, problems);
    if (!read) continue;
    const stem = name.slice(0, -'.json'.length);
    const before = problems.length;
    if (read.id !== stem)
      problems.push({ file, path: 'id', message: `the id must be the file's name, "${stem}"` });
    for (const p of checkStory(read, known, DEFAULT_VIEW_STATE)) {
      problems.push({
        file,
        path: `steps[${String(p.step - 1)}].view.${p.key}`,
        message: `step ${String(p.step)}: "${p.value}" ${REASONS[p.reason] ?? p.reason}`,
      });
    }
    read.steps.forEach((step, i) => {
      if (!SHOWING_KEYS.some((key) => key in step.view))
        problems.push({
          file,
          path: `steps[${String(i)}].view`,
          message: `step ${String(i + 1)} selects no event and sets no filter: a caption needs evidence on screen`,
        });
    });
    if (problems.length === before) stories.push(read);
  }
  return { stories, problems };
}
