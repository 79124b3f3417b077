/**
 * Runs one export: in a Web Worker where there is one (the parts sent one task at a time, so
 * that no task of the page takes long, whatever the number of events), on the main thread
 * otherwise. Reports progress (0–1) and can be cancelled.
 */
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { exportSources } from '../../domain/export/export-sources';
import { EXPORT_FORMATS, type ExportFormat } from '../../domain/export/export-formats';
import type { CorpusEvent } from '../../domain/corpus/schema';
import type { ExportWorkerReply } from './export-worker';

export interface ExportRun {
  /** The file, or null when the export was cancelled. */
  done: Promise<Blob | null>;
  cancel(): void;
}

/** Lets the page handle input and paint between two parts (a task of its own). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The corpus JSON holds the texts of the documents the events cite: those of a split corpus
 * are fetched first. Rejects, naming them, when some cannot be had (a missing or damaged shard).
 */
async function withTexts(
  format: ExportFormat,
  index: CorpusIndex,
  events: readonly CorpusEvent[],
): Promise<void> {
  if (format !== 'json') return;
  const cited = exportSources(index, events).documents.map((d) => d.id);
  await index.texts.request(cited);
  const failed = cited.filter((id) => index.texts.peek(id).status !== 'ready');
  if (failed.length > 0) throw new Error(`the texts of ${failed.join(', ')} could not be loaded`);
}

export function runExport(
  format: ExportFormat,
  corpusIndex: CorpusIndex,
  events: readonly CorpusEvent[],
  lang: 'ar' | 'en',
  link: string,
  onProgress: (fraction: number) => void,
): ExportRun {
  // The writers load with the first export, not with the page.
  if (typeof Worker !== 'function') {
    let cancelled = false;
    const done = withTexts(format, corpusIndex, events)
      .then(() => import('../../domain/export/export-content'))
      .then(({ exportContent }) =>
        cancelled
          ? null
          : new Blob([exportContent(format, corpusIndex, events, lang, link)], {
              type: EXPORT_FORMATS[format].mediaType,
            }),
      );
    return {
      done,
      cancel() {
        cancelled = true;
      },
    };
  }
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  let cancelled = false;
  let settle: (blob: Blob | null) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<Blob | null>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const total = Math.max(1, events.length);
  worker.onmessage = ({ data }: MessageEvent<ExportWorkerReply>) => {
    if (data.kind === 'received') onProgress((0.9 * data.events) / total);
    else if (data.kind === 'done') {
      onProgress(1);
      worker.terminate();
      settle(data.blob);
    } else {
      worker.terminate();
      fail(new Error(data.detail));
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    fail(new Error(e.message));
  };
  void (async () => {
    await withTexts(format, corpusIndex, events);
    const { exportParts } = await import('../../domain/export/export-job');
    for (const part of exportParts(format, corpusIndex, events, lang, link)) {
      if (cancelled) return;
      worker.postMessage(part);
      await nextTask();
    }
  })().catch((error: unknown) => {
    worker.terminate();
    fail(error instanceof Error ? error : new Error(String(error)));
  });
  return {
    done,
    cancel() {
      cancelled = true;
      worker.terminate();
      settle(null);
    },
  };
}
