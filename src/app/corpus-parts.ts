/**
 * A checked corpus passed from the corpus worker to the page in parts. One message holding a
 * whole corpus is read back (structured clone) in one main-thread task, and a 3.3 MB document
 * with 100,000 sentences and mentions made that task last 300 ms and more; in parts of at most
 * PART_SIZE rows, each message is a short task of its own. Pure: the worker posts
 * `corpusParts(...)` in order, the page feeds each to `corpusAssembler().add` until it answers.
 */
import type { DataProblem } from '../domain/corpus/check-corpus';
import type { Corpus, CorpusEvent, Mention, Sentence } from '../domain/corpus/schema';
import type { ParsedCorpus } from './parse-corpus';

/** Rows per message: a few milliseconds to read back each. */
const PART_SIZE = 5000;

export type CorpusPart =
  | { kind: 'whole'; parsed: ParsedCorpus }
  /** The corpus without its events and its documents' sentences and mentions; `parts` follow. */
  | { kind: 'head'; corpus: Corpus; problems: DataProblem[]; parts: number }
  | { kind: 'events'; rows: CorpusEvent[] }
  | { kind: 'sentences'; document: number; rows: Sentence[] }
  | { kind: 'mentions'; document: number; rows: Mention[] };

function slices<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The messages that carry `parsed`, in the order they are to be read. */
export function corpusParts(parsed: ParsedCorpus, size = PART_SIZE): CorpusPart[] {
  if (!('corpus' in parsed)) return [{ kind: 'whole', parsed }];
  const { corpus, problems } = parsed;
  const rest: CorpusPart[] = slices(corpus.events, size).map((rows) => ({ kind: 'events', rows }));
  corpus.documents.forEach((doc, document) => {
    for (const rows of slices(doc.sentences, size))
      rest.push({ kind: 'sentences', document, rows });
    for (const rows of slices(doc.mentions, size)) rest.push({ kind: 'mentions', document, rows });
  });
  const head: Corpus = {
    ...corpus,
    events: [],
    documents: corpus.documents.map((doc) => ({ ...doc, sentences: [], mentions: [] })),
  };
  return [{ kind: 'head', corpus: head, problems, parts: rest.length }, ...rest];
}

function append<T>(into: T[], rows: readonly T[]): void {
  for (const row of rows) into.push(row);
}

/** Puts the parts back together: `add` answers the corpus once its last part is in, else null. */
export function corpusAssembler(): { add(part: CorpusPart): ParsedCorpus | null } {
  let head: Extract<CorpusPart, { kind: 'head' }> | null = null;
  let received = 0;
  return {
    add(part) {
      if (part.kind === 'whole') return part.parsed;
      if (part.kind === 'head') head = part;
      else if (!head) throw new Error('a part of the corpus came before its head');
      else {
        const { corpus } = head;
        if (part.kind === 'events') append(corpus.events, part.rows);
        else {
          const doc = corpus.documents[part.document];
          if (!doc) throw new Error(`a part names document ${String(part.document)}, not there`);
          if (part.kind === 'sentences') append(doc.sentences, part.rows);
          else append(doc.mentions, part.rows);
        }
        received++;
      }
      return received === head.parts ? { corpus: head.corpus, problems: head.problems } : null;
    },
  };
}
