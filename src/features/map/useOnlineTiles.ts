import { useCallback, useState } from 'react';
import { readTilesConsent, writeTilesConsent, type TilesConsent } from './tiles-consent';

export interface OnlineTiles {
  /** The online tiles are drawn: asked for (URL) and agreed to (this browser). */
  show: boolean;
  /** Asked for by the link, never answered in this browser: ask its user. */
  ask: boolean;
  /** The last tile failed to load (cleared by the toggle). */
  failed: boolean;
  onError(): void;
  /** The map's button: pressing it is the user's own choice, remembered as the answer. */
  toggle(): void;
  /** The answer to the prompt. */
  answer(yes: boolean): void;
}

/** The optional online tile layer: what the link asks, what this browser has agreed to. */
export function useOnlineTiles(tiles: boolean, onTilesChange: (on: boolean) => void): OnlineTiles {
  const [consent, setConsent] = useState<TilesConsent>(readTilesConsent);
  const [failed, setFailed] = useState(false);
  // Stable: the tile layer's handlers are made from it.
  const onError = useCallback(() => setFailed(true), []);
  const show = tiles && consent === 'yes';
  return {
    show,
    ask: tiles && consent === null,
    failed,
    onError,
    toggle: () => {
      setFailed(false);
      if (!show) {
        writeTilesConsent('yes');
        setConsent('yes');
      }
      onTilesChange(!show);
    },
    answer: (yes) => {
      writeTilesConsent(yes ? 'yes' : 'no');
      setConsent(yes ? 'yes' : 'no');
      if (!yes) onTilesChange(false);
    },
  };
}
