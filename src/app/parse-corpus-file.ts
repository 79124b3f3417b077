/**
 * A file the user opened → a checked corpus, without freezing the page: reading, JSON.parse
 * and checking run in a Web Worker (corpus-worker.ts). Where there is no Worker (tests in
 * jsdom) the same work runs here.
 */
import type { CorpusPart } from './corpus-parts';
import { CORPUS_SOURCE_LIMIT } from './corpus-source-limit';
import { parseCorpus, type ParsedCorpus } from './parse-corpus';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function readFailed(err: unknown): ParsedCorpus {
  const detail = err instanceof Error ? err.message : String(err);
  return { error: { kind: 'read', detail } };
}

function onThisThread(file: Blob): Promise<ParsedCorpus> {
  return file.text().then(parseCorpus, readFailed);
}

function inWorker(
  file: Blob,
  { corpusAssembler }: typeof import('./corpus-parts'),
): Promise<ParsedCorpus> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./corpus-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(onThisThread(file));
      return;
    }
    const done = (result: ParsedCorpus): void => {
      worker.terminate();
      resolve(result);
    };
    // The answer comes in parts, each read back in a task of its own (corpus-parts.ts).
    const assembler = corpusAssembler();
    worker.onmessage = (e: MessageEvent<CorpusPart>) => {
      let result: ParsedCorpus | null;
      try {
        result = assembler.add(e.data);
      } catch (err) {
        result = readFailed(err);
      }
      if (result) done(result);
    };
    worker.onmessageerror = () => done(readFailed('the result could not be passed back'));
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault(); // reported as a failed file, not as an uncaught error
      done(readFailed(e.message || 'the file could not be read'));
    };
    worker.postMessage(file);
  });
}

export function parseCorpusFile(file: Blob): Promise<ParsedCorpus> {
  if (file.size > CORPUS_SOURCE_LIMIT) {
    return Promise.resolve({
      error: {
        kind: 'too-large',
        detail: `${megabytes(file.size)} (${String(file.size)} bytes)`,
      },
    });
  }
  if (typeof Worker !== 'function') return onThisThread(file);
  // What puts the worker's answer together loads with the first file, not with the page.
  return import('./corpus-parts').then(
    (parts) => inWorker(file, parts),
    () => onThisThread(file),
  );
}
