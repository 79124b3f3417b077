import { useCallback, useState } from 'react';

function read(key: string): boolean | null {
  try {
    const value = localStorage.getItem(key);
    return value === '1' ? true : value === '0' ? false : null;
  } catch {
    return null;
  }
}

/**
 * A yes/no choice remembered in this browser (localStorage), with a default for when the user
 * has not chosen yet. Throwaway UI state: never in the URL, never shared by a link.
 */
export function useStoredFlag(key: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const [stored, setStored] = useState<Record<string, boolean | null>>({});
  const value = (key in stored ? stored[key] : read(key)) ?? fallback;
  const set = useCallback(
    (next: boolean) => {
      setStored((s) => ({ ...s, [key]: next }));
      try {
        localStorage.setItem(key, next ? '1' : '0');
      } catch {
        // Private mode or full storage: the choice lasts for this page only.
      }
    },
    [key],
  );
  return [value, set];
}
