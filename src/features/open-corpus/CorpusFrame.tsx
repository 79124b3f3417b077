import './OpenCorpus.css';
import type { ReactNode } from 'react';

/**
 * Puts a bar (which corpus, open a file) and notices (data problems, a file that failed)
 * above the explorer, which takes the rest of the screen. A null bar takes no room.
 */
export function CorpusFrame({
  bar,
  notices,
  children,
}: {
  bar: ReactNode | null;
  notices?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="corpus-frame">
      {bar === null ? null : <div className="corpus-frame__bar">{bar}</div>}
      {notices}
      <div className="corpus-frame__main">{children}</div>
    </div>
  );
}
