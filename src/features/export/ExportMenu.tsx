import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { exportFileName } from '../../domain/export/export-file-name';
import { EXPORT_FORMATS, type ExportFormat } from '../../domain/export/export-formats';
import type { CorpusEvent } from '../../domain/corpus/schema';
import { downloadFile } from './download-file';
import { runExport, type ExportRun } from './run-export';
import './ExportMenu.css';

export interface ExportMenuProps {
  index: CorpusIndex;
  /** The events on screen (after every filter), in the order shown. */
  events: readonly CorpusEvent[];
  lang: 'ar' | 'en';
  /** The link that reproduces the view; the page's address when not given. */
  link?: string;
}

const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/**
 * "Export": a disclosure button that opens the four formats (CSV, GeoJSON, JSON, iCalendar);
 * each downloads the events on screen with their sources and the link to this view.
 * Escape or a click elsewhere closes it; focus returns to the button.
 */
export function ExportMenu({ index, events, lang, link }: ExportMenuProps) {
  const { t } = useTranslation('export', { lng: lang });
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  /** The export being built: its format, progress (0–1) and how to cancel it. */
  const [running, setRunning] = useState<{ format: ExportFormat; progress: number } | null>(null);
  const run = useRef<ExportRun | null>(null);
  useEffect(() => () => run.current?.cancel(), []);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = (focus: boolean) => {
    setOpen(false);
    if (focus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const save = (format: ExportFormat) => {
    run.current?.cancel();
    const name = exportFileName(index.corpus.id, events.length, format);
    setRunning({ format, progress: 0 });
    setStatus(t('preparing', { format: t(`format.${format}`) }));
    close(true);
    const current = runExport(
      format,
      index,
      events,
      lang,
      link ?? window.location.href,
      (progress) => setRunning({ format, progress }),
    );
    run.current = current;
    current.done.then(
      (blob) => {
        if (run.current !== current) return;
        run.current = null;
        setRunning(null);
        if (!blob) return setStatus(t('cancelled'));
        downloadFile(name, EXPORT_FORMATS[format].mediaType, blob);
        setStatus(t('downloaded', { file: name }));
      },
      () => {
        if (run.current !== current) return;
        run.current = null;
        setRunning(null);
        setStatus(t('failed'));
      },
    );
  };
  const cancel = () => {
    const current = run.current;
    run.current = null;
    current?.cancel();
    setRunning(null);
    setStatus(t('cancelled'));
  };

  return (
    <div
      ref={rootRef}
      className="export-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          close(true);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="export-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('buttonLabel', { count: events.length })}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="export-menu__icon">
          ⤓
        </span>
        {t('button')}
      </button>
      <div
        id={panelId}
        className="export-menu__panel"
        role="group"
        aria-label={t('menuLabel')}
        hidden={!open}
      >
        <p className="export-menu__intro">{t('intro', { count: events.length })}</p>
        <ul className="export-menu__list">
          {FORMATS.map((format) => (
            <li key={format}>
              <button type="button" className="export-menu__format" onClick={() => save(format)}>
                <span className="export-menu__name" lang="en" dir="ltr">
                  {t(`format.${format}`)}
                </span>
                <span className="export-menu__describe">{t(`describe.${format}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {running ? (
        <div className="export-menu__progress">
          <progress
            max={1}
            value={running.progress}
            aria-label={t('preparing', { format: t(`format.${running.format}`) })}
          />
          <button type="button" className="export-menu__cancel" onClick={cancel}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
