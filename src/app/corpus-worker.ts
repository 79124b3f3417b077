/**
 * The Web Worker that reads a corpus file the user opened, parses it and checks it, off the
 * main thread: a large file does not freeze the page. Receives a Blob, answers a ParsedCorpus
 * in parts (corpus-parts.ts), so that reading the answer back does not freeze it either.
 */
import { corpusParts, type CorpusPart } from './corpus-parts';
import { parseCorpus, type ParsedCorpus } from './parse-corpus';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: CorpusPart): void;
}

const scope = globalThis as unknown as WorkerScope;

async function handle(data: unknown): Promise<ParsedCorpus> {
  if (!(data instanceof Blob)) return { error: { kind: 'read', detail: 'not a file' } };
  try {
    return parseCorpus(await data.text());
  } catch (err) {
    return { error: { kind: 'read', detail: err instanceof Error ? err.message : String(err) } };
  }
}

scope.onmessage = (event) => {
  void handle(event.data).then((result) => {
    for (const part of corpusParts(result)) scope.postMessage(part);
  });
};
