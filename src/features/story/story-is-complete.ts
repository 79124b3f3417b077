import { story as storySchema, type Story } from '../../domain/corpus/schema';

/** Whether a draft is a story the corpus contract accepts (every caption in both languages). */
export function storyIsComplete(draft: Story): boolean {
  return storySchema.safeParse(draft).success;
}
