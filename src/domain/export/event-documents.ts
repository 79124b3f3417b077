/** The ids of the documents an event's evidence cites, each once, in order of first citation. */
import type { CorpusEvent } from '../corpus/schema';

export function eventDocuments(event: CorpusEvent): string[] {
  return [...new Set(event.evidence.map((span) => span.document))];
}
