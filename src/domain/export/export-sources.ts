/**
 * What an export came from: the corpus, and the documents the exported events cite (their
 * evidence and the words that give their dates), in corpus order.
 */
import { readyDocument } from '../corpus/document-texts';
import type { ExportIndex } from './export-index';
import type { Bilingual, CorpusDocument, CorpusEvent } from '../corpus/schema';

export interface ExportSources {
  corpus: { id: string; name: Bilingual };
  documents: CorpusDocument[];
}

export function exportSources(index: ExportIndex, events: readonly CorpusEvent[]): ExportSources {
  const cited = new Set<string>();
  for (const event of events) {
    for (const span of event.evidence) cited.add(span.document);
    if (event.date.expression) cited.add(event.date.expression.document);
  }
  return {
    corpus: { id: index.corpus.id, name: index.corpus.name },
    // Whole, as their texts are in memory (else their metadata with no text).
    documents: index.corpus.documents
      .filter((d) => cited.has(d.id))
      .map(
        (d) => readyDocument(index.texts, d.id) ?? { ...d, text: '', sentences: [], mentions: [] },
      ),
  };
}
