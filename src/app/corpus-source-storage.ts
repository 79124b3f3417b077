/**
 * The corpus the user opened, kept in this tab's sessionStorage when it is small, so that a
 * reload of the tab still finds it. Never sent anywhere; gone when the tab closes. Every
 * access is guarded: storage may be disabled or full.
 */
const NAME = 'athar.userCorpus.name';
const TEXT = 'athar.userCorpus.text';
/** Larger files are kept in memory only (sessionStorage holds about 5 MB). */
const MAX_CHARS = 2_000_000;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export const corpusSourceStorage = {
  /** The name of the corpus kept in this tab, or null. */
  name(): string | null {
    try {
      return storage()?.getItem(NAME) ?? null;
    } catch {
      return null;
    }
  },
  /** The text of the corpus kept under `name`, or null. */
  text(name: string): string | null {
    try {
      const store = storage();
      return store?.getItem(NAME) === name ? store.getItem(TEXT) : null;
    } catch {
      return null;
    }
  },
  /** Whether a file of `bytes` may be kept (a UTF-8 file has at least as many bytes as chars). */
  fits(bytes: number): boolean {
    return bytes <= MAX_CHARS;
  },
  /** Keeps `text` under `name` when it is small enough; otherwise forgets any kept corpus. */
  save(name: string, text: string | null): void {
    const store = storage();
    if (!store) return;
    try {
      store.removeItem(NAME);
      store.removeItem(TEXT);
      if (text === null || text.length > MAX_CHARS) return;
      store.setItem(TEXT, text);
      store.setItem(NAME, name);
    } catch {
      try {
        store.removeItem(TEXT);
      } catch {
        // nothing more to do
      }
    }
  },
};
