import './OpenCorpus.css';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import type { OpenStatus } from './open-status';

interface OpenCorpusProps {
  lang: Language;
  status: OpenStatus;
  /** A file the user chose; the owner reads and checks it. */
  onOpen(file: File): void;
  /** 'bar': a small button for a dark app bar; 'page': a prominent one. */
  look?: 'bar' | 'page';
}

/**
 * Opening a corpus file of one's own: a button with a file picker (JSON files), and what is
 * being read. The file stays in the browser: nothing is uploaded. (Drag and drop onto the page
 * is CorpusDropZone.)
 */
export function OpenCorpus({ lang, status, onOpen, look = 'bar' }: OpenCorpusProps) {
  const { t } = useTranslation('open', { lng: lang });
  const input = useRef<HTMLInputElement>(null);
  const reading = status.state === 'reading';
  return (
    <div className={`open-corpus open-corpus--${look}`}>
      <button
        type="button"
        className="open-corpus__button"
        disabled={reading}
        title={t('hint')}
        onClick={() => input.current?.click()}
      >
        {t('button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same file can be chosen again
          if (file) onOpen(file);
        }}
      />
      <span role="status" className="open-corpus__status">
        {reading ? t('reading', { name: status.fileName }) : ''}
      </span>
    </div>
  );
}
