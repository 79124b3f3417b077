/**
 * A story file (as exported, or as kept in data/curation/stories/) read back: its JSON, its
 * shape, and every step's view checked with the link's rules against the loaded corpus. The
 * answer is the story or the first problem, for a message naming the step.
 */
import { story as storySchema, type Story } from '../../domain/corpus/schema';
import { checkStory, DEFAULT_VIEW_STATE, type Dropped, type KnownIds } from '../../url-state';

export type StoryFileProblem =
  | { kind: 'json' }
  | { kind: 'shape'; problem: string }
  | { kind: 'caption'; step: number }
  | { kind: 'step'; step: number; key: string; value: Dropped['value'] };

export function readStoryFile(
  text: string,
  known: KnownIds,
): { story: Story } | { problem: StoryFileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: { kind: 'json' } };
  }
  const parsed = storySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [list, position, part] = issue?.path ?? [];
    if (list === 'steps' && typeof position === 'number' && part === 'caption')
      return { problem: { kind: 'caption', step: position + 1 } };
    const where = issue ? issue.path.map(String).join('.') : '';
    return {
      problem: { kind: 'shape', problem: `${where ? `${where}: ` : ''}${issue?.message ?? ''}` },
    };
  }
  const first = checkStory(parsed.data, known, DEFAULT_VIEW_STATE)[0];
  if (first)
    return { problem: { kind: 'step', step: first.step, key: first.key, value: first.value } };
  return { story: parsed.data };
}
