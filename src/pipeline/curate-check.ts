/**
 * The check a curate decision must pass before anything is written: preprocess's own check
 * (makeCorpusFiles: readInputs → buildCorpus → readStories → the corpus schema), run on the
 * curation as it would be with the decision, held in memory. Only the generated files
 * (corpus.json, its schema, the basemap) are not produced; they add no check of the inputs.
 */
import { buildCorpus, INPUT_FILES } from '../domain/pipeline/build-corpus';
import { actorsFile, eventsFile, placesFile } from '../domain/curation/curation-schema';
import type { Problem } from '../domain/corpus/problem';
import { corpusSchema, type Actor, type Place } from '../domain/corpus/schema';
import type { CurationEvent } from '../domain/curation/curation-schema';
import { htmlLineToText } from './html-line-to-text';
import { CORPUS_FILE } from './make-corpus-files';
import { parseJson, readInputs } from './read-inputs';
import { readStories } from './read-stories';

export interface ProposedCuration {
  actors?: unknown[];
  places?: unknown[];
  events?: unknown[];
  /** Other input files as they would be written (a document's meta or translation), by path. */
  files?: Readonly<Record<string, unknown>>;
}

/** Every problem preprocess would report if the curation were `proposed` (empty: it passes). */
export function checkCuration(root: string, proposed: ProposedCuration = {}): Problem[] {
  const { inputs, problems } = readInputs(root, new Map(Object.entries(proposed.files ?? {})));
  if (!inputs) return problems;
  const out: Problem[] = [];
  const actors =
    proposed.actors === undefined
      ? inputs.actors
      : parseJson<Actor[]>(INPUT_FILES.actors, proposed.actors, actorsFile, out);
  const places =
    proposed.places === undefined
      ? inputs.places
      : parseJson<Place[]>(INPUT_FILES.places, proposed.places, placesFile, out);
  const events =
    proposed.events === undefined
      ? inputs.events
      : parseJson<CurationEvent[]>(INPUT_FILES.events, proposed.events, eventsFile, out);
  if (!actors || !places || !events) return out;
  const built = buildCorpus({ ...inputs, actors, places, events, htmlToText: htmlLineToText });
  if (!built.corpus) return built.problems;
  const stories = readStories(root, built.corpus);
  if (stories.problems.length > 0) return stories.problems;
  if (stories.stories.length > 0) built.corpus.stories = stories.stories;
  const checked = corpusSchema.safeParse(built.corpus);
  return checked.success
    ? []
    : checked.error.issues.map((i) => ({
        file: CORPUS_FILE,
        path: i.path.join('.'),
        message: i.message,
      }));
}
