/**
 * A story step's view, read with the link's own rules: the step's keys and values are parsed
 * exactly as a link's query would be, so a step can say nothing a link could not. Fields that
 * belong to the reader (language, corpus, online tiles) and the story's own keys are never
 * set by a step.
 */
import type { Story, StoryStep } from '../domain/corpus/schema';
import type { Dropped } from './dropped';
import { viewStateKeys } from './keys';
import { parseViewState } from './parse-view-state';
import { reconcileViewState, type KnownIds } from './reconcile-view-state';
import { serialiseViewState } from './serialise-view-state';
import type { ViewState } from './view-state';

const READER_FIELDS = ['lang', 'corpus', 'tiles', 'story', 'step'] as const;
const readerKeys: ReadonlySet<string> = new Set(READER_FIELDS.map((f) => viewStateKeys[f].name));

/** What a step's view could not say, with the step's number (from 1). */
export interface StepProblem extends Dropped {
  step: number;
}

/**
 * The view state a step shows over `base` (the reader's language, corpus and tiles are kept),
 * and what in the step's view was not usable.
 */
export function stepViewState(
  step: StoryStep,
  base: ViewState,
  known?: KnownIds,
): { state: ViewState; dropped: Dropped[] } {
  const params = new URLSearchParams();
  const dropped: Dropped[] = [];
  for (const [key, value] of Object.entries(step.view)) {
    if (readerKeys.has(key)) dropped.push({ key, value, reason: 'unknown-key' });
    else params.append(key, value);
  }
  const parsed = parseViewState(params.toString());
  dropped.push(...parsed.dropped);
  let state = parsed.state;
  if (known) {
    const reconciled = reconcileViewState(state, known);
    dropped.push(...reconciled.dropped);
    state = reconciled.state;
  }
  const next: ViewState = { ...state };
  for (const field of READER_FIELDS) Object.assign(next, { [field]: base[field] });
  return { state: next, dropped };
}

/** Every problem in a story's steps, in step order; [] when every step is a valid view. */
export function checkStory(story: Story, known: KnownIds, base: ViewState): StepProblem[] {
  return story.steps.flatMap((step, i) =>
    stepViewState(step, base, known).dropped.map((d) => ({ ...d, step: i + 1 })),
  );
}

/** A step's view of `state`: its link keys and values, without the reader's own. */
export function stepViewOf(state: ViewState): Record<string, string> {
  const view: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(serialiseViewState(state))) {
    if (!readerKeys.has(key)) view[key] = value;
  }
  return view;
}
