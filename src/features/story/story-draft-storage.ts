/**
 * The story a user is writing, kept in this browser (localStorage, one per corpus) so that a
 * reload loses nothing. Reading never throws: storage that is off, full or holds something
 * else gives an empty draft.
 */
import type { Story } from '../../domain/corpus/schema';

export const DRAFT_ID = 'my-story';
const KEY = 'athar.story-draft.';

export function emptyDraft(title: Story['title'], summary: Story['summary']): Story {
  return { id: DRAFT_ID, title, summary, steps: [] };
}

function isDraft(value: unknown): value is Story {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Story>;
  return (
    typeof v.title?.ar === 'string' &&
    typeof v.title.en === 'string' &&
    typeof v.summary?.ar === 'string' &&
    typeof v.summary.en === 'string' &&
    Array.isArray(v.steps) &&
    v.steps.every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        typeof s.view === 'object' &&
        s.view !== null &&
        Object.values(s.view).every((x) => typeof x === 'string') &&
        typeof s.caption?.ar === 'string' &&
        typeof s.caption.en === 'string',
    )
  );
}

export function loadDraft(corpusId: string): Story | null {
  try {
    const raw = localStorage.getItem(KEY + corpusId);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    return isDraft(value) ? { ...value, id: DRAFT_ID } : null;
  } catch {
    return null;
  }
}

/** Saves the draft; false when the browser refused (storage off or full). */
export function saveDraft(corpusId: string, draft: Story): boolean {
  try {
    localStorage.setItem(KEY + corpusId, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}
