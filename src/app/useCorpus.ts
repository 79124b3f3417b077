/**
 * The corpora of this tab: the bundled one (fetched once; `retry` fetches it again) and the
 * last file the user opened (kept in memory, and in sessionStorage when small, so Back,
 * Forward and a reload still find it). `wanted` is the URL's `corpus` name: when it names the
 * kept file and that file is not in memory yet, it is restored. The search index of each is
 * built in the background once it is shown (prepare-search-index.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildCorpusIndex } from '../domain/corpus/corpus-index';
import type { OpenStatus } from '../features/open-corpus/open-status';
import type { BundledCorpusState, UserCorpus } from './corpus-source';
import { corpusSourceName } from './corpus-source-name';
import { corpusSourceStorage } from './corpus-source-storage';
import { loadCorpus } from './load-corpus';
import { parseCorpusFile } from './parse-corpus-file';
import { prepareSearchIndex } from './prepare-search-index';

export interface Corpora {
  bundled: BundledCorpusState;
  user: UserCorpus | null;
  /** Opening a file: reading, or why the last one failed. */
  open: OpenStatus;
  /** The URL names the corpus kept in this tab and it is being read back. */
  restoring: boolean;
  retry(): void;
  /** Reads and checks `file`; resolves to its corpus name when it can be explored, else null. */
  openFile(file: File): Promise<string | null>;
  /** Forgets why the last file failed. */
  dismiss(): void;
}

export function useCorpus(wanted: string | null): Corpora {
  const [attempt, setAttempt] = useState(0);
  const [bundled, setBundled] = useState<BundledCorpusState>({ status: 'loading' });
  const [user, setUser] = useState<UserCorpus | null>(null);
  const [open, setOpen] = useState<OpenStatus>({ state: 'idle' });
  const [restoreTried, setRestoreTried] = useState<string | null>(null);
  const serial = useRef(0);

  useEffect(() => {
    let live = true;
    void loadCorpus().then((result) => {
      if (!live) return;
      setBundled(
        'error' in result
          ? { status: 'error', error: result.error }
          : { status: 'ready', corpus: result },
      );
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  // The search index of the corpus shown is built when the page is idle, after the views.
  const bundledIndex = bundled.status === 'ready' ? bundled.corpus.index : null;
  useEffect(() => (bundledIndex ? prepareSearchIndex(bundledIndex) : undefined), [bundledIndex]);
  const userIndex = user?.corpus.index ?? null;
  useEffect(() => (userIndex ? prepareSearchIndex(userIndex) : undefined), [userIndex]);

  const retry = useCallback(() => {
    setBundled({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const restoring =
    wanted !== null &&
    user?.name !== wanted &&
    restoreTried !== wanted &&
    corpusSourceStorage.name() === wanted;

  useEffect(() => {
    if (!restoring || wanted === null) return;
    const text = corpusSourceStorage.text(wanted);
    let live = true;
    void parseCorpusFile(new Blob([text ?? ''])).then((result) => {
      if (!live) return;
      setRestoreTried(wanted);
      if ('error' in result) return;
      serial.current += 1;
      setUser({
        name: wanted,
        corpus: { index: buildCorpusIndex(result.corpus), problems: result.problems },
        serial: serial.current,
      });
    });
    return () => {
      live = false;
    };
  }, [restoring, wanted]);

  const openFile = useCallback(async (file: File): Promise<string | null> => {
    serial.current += 1;
    const mine = serial.current;
    setOpen({ state: 'reading', fileName: file.name });
    const result = await parseCorpusFile(file);
    if (mine !== serial.current) return null; // another file was opened meanwhile
    if ('error' in result) {
      setOpen({ state: 'failed', fileName: file.name, error: result.error });
      return null;
    }
    const name = corpusSourceName(file.name);
    setUser({
      name,
      corpus: { index: buildCorpusIndex(result.corpus), problems: result.problems },
      serial: mine,
    });
    setOpen({ state: 'idle' });
    // Kept for a reload of this tab when small enough; read again, after the switch.
    if (corpusSourceStorage.fits(file.size))
      void file.text().then(
        (text) => corpusSourceStorage.save(name, text),
        () => corpusSourceStorage.save(name, null),
      );
    else corpusSourceStorage.save(name, null);
    return name;
  }, []);

  const dismiss = useCallback(() => setOpen({ state: 'idle' }), []);

  return { bundled, user, open, restoring, retry, openFile, dismiss };
}
