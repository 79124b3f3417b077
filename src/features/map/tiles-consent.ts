/** The browser's answer to "load the online map?": asked once, remembered here. */
const KEY = 'athar.onlineTiles';

export type TilesConsent = 'yes' | 'no' | null;

export function readTilesConsent(): TilesConsent {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'yes' || value === 'no' ? value : null;
  } catch {
    return null; // storage blocked: ask (and ask again next time)
  }
}

export function writeTilesConsent(value: 'yes' | 'no'): void {
  try {
    globalThis.localStorage?.setItem(KEY, value);
  } catch {
    // storage blocked: the answer holds for this page only
  }
}
