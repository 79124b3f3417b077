import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '../../domain/corpus/split-schema';
import type { Language } from '../../i18n/i18n';
import { DocumentOption } from './DocumentOption';
import { matchDocuments } from './match-documents';
import { popupPlace, type PopupPlace } from './popup-place';
import './DocumentCombobox.css';

interface DocumentComboboxProps {
  documents: readonly DocumentInfo[];
  value: string;
  lang: Language;
  /** Offered first, in their own group (the documents of the selected event). */
  first: readonly DocumentInfo[];
  /** Options shown at most; a line says how many more match. */
  limit: number;
  onChange(id: string): void;
}

const NO_MATCHES = { first: [], others: [], total: 0 };

/**
 * The document to read, from a search box (the ARIA 1.2 combobox pattern: a text box with a
 * listbox popup and aria-activedescendant). It shows the current document's title; typing
 * finds documents by their English or Arabic title (case, accents and Arabic spelling variants
 * folded), the selected event's documents first; at most `limit` options are in the DOM
 * whatever the size of the corpus, and nothing is matched while the list is closed.
 *
 * Keys: ↓ / ↑ open the list and move through it, Enter opens the active document, Escape
 * closes the list and puts the current title back, as does leaving the box.
 */
export function DocumentCombobox({
  documents,
  value,
  lang,
  first,
  limit,
  onChange,
}: DocumentComboboxProps) {
  const { t } = useTranslation('source', { lng: lang });
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const optionId = (i: number) => `${id}-option-${String(i)}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const controlRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const [open, setOpen] = useState(false);
  /** What the user typed, or null while the box shows the current title. */
  const [query, setQuery] = useState<string | null>(null);
  /**
   * The active option (aria-activedescendant): its position, -1 for none, or where to put it
   * once the list is shown ('current': the document being read, if listed; 'last').
   */
  const [activeAt, setActive] = useState<number | 'current' | 'last'>(-1);
  /** Where the popup goes, measured when it opens and on scroll (null: in the flow). */
  const [place, setPlace] = useState<PopupPlace | null>(null);

  const currentTitle = useMemo(
    () => documents.find((doc) => doc.id === value)?.title[lang] ?? '',
    [documents, value, lang],
  );
  const matches = useMemo(
    () => (open ? matchDocuments(documents, query ?? '', first, limit) : NO_MATCHES),
    [open, documents, query, first, limit],
  );
  const options = useMemo(() => [...matches.first, ...matches.others], [matches]);
  const active =
    activeAt === 'current'
      ? options.findIndex((doc) => doc.id === value)
      : activeAt === 'last'
        ? options.length - 1
        : Math.min(activeAt, options.length - 1);
  const hidden = matches.total - options.length;
  const typed = (query ?? '').trim() !== '';

  const close = useCallback(() => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
  }, []);
  const choose = useCallback(
    (doc: DocumentInfo) => {
      close();
      if (doc.id !== value) onChange(doc.id);
    },
    [close, onChange, value],
  );

  // Placed when it opens (before paint), and again when a scroll box around it scrolls or the
  // window changes size; a scroll inside the list itself changes nothing.
  useLayoutEffect(() => {
    const control = controlRef.current;
    if (!open || !control) return;
    setPlace(popupPlace(control));
    let frame = 0;
    const follow = (e: Event) => {
      if (e.target instanceof Node && listRef.current?.contains(e.target)) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPlace(popupPlace(control)));
    };
    window.addEventListener('scroll', follow, { capture: true, passive: true });
    window.addEventListener('resize', follow);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', follow, { capture: true });
      window.removeEventListener('resize', follow);
    };
  }, [open]);

  // Keep the active option in view inside the list (and only the list: the page stays put).
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!open || active < 0 || !list) return;
    const option = list.ownerDocument.getElementById(`${id}-option-${String(active)}`);
    if (!option || !list.contains(option)) return;
    const top = option.offsetTop;
    const bottom = top + option.offsetHeight;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight)
      list.scrollTop = bottom - list.clientHeight;
  }, [open, active, id]);

  /** Opens the list (matching starts then) with the option `at` active. */
  const openAt = (at: number | 'current' | 'last') => {
    setOpen(true);
    setActive(at);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const count = options.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) openAt(typed ? 0 : 'current');
        else if (count > 0) setActive((active + 1) % count);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openAt('last');
        else if (count > 0) setActive(active <= 0 ? count - 1 : active - 1);
        break;
      case 'Enter': {
        const doc = open ? options[active] : undefined;
        if (doc) {
          e.preventDefault();
          choose(doc);
        }
        break;
      }
      case 'Escape':
        if (open || query !== null) {
          e.preventDefault();
          close();
        }
        break;
      default:
    }
  };

  /** The option at position `i` of the whole list (the event's documents first). */
  const option = (doc: DocumentInfo, i: number) => (
    <DocumentOption
      key={doc.id}
      doc={doc}
      id={optionId(i)}
      lang={lang}
      active={i === active}
      current={doc.id === value}
      onChoose={choose}
    />
  );

  return (
    <div className="source-picker doc-combobox">
      <label htmlFor={inputId}>{t('document')}</label>
      <div className="doc-combobox__control" ref={controlRef}>
        <input
          ref={inputRef}
          id={inputId}
          className="doc-combobox__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          placeholder={t('picker.placeholder')}
          value={query ?? currentTitle}
          onChange={(e) => {
            const text = e.target.value;
            setQuery(text);
            setOpen(true);
            setActive(text.trim() === '' ? -1 : 0);
          }}
          onKeyDown={onKeyDown}
          onFocus={(e) => e.currentTarget.select()}
          onClick={() => {
            if (!open) openAt('current');
          }}
          onBlur={close}
        />
        <button
          type="button"
          className="doc-combobox__toggle"
          tabIndex={-1}
          aria-label={t('picker.showAll')}
          aria-expanded={open}
          aria-controls={listId}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            inputRef.current?.focus();
            if (open) close();
            else openAt('current');
          }}
        />
        {/* Pressing in the popup (an option, the scroll bar) keeps focus in the text box. */}
        <div
          className="doc-combobox__popup"
          hidden={!open}
          data-above={place?.above || undefined}
          style={place?.style}
          onMouseDown={(e) => e.preventDefault()}
        >
          <div
            ref={listRef}
            id={listId}
            role="listbox"
            className="doc-combobox__list"
            aria-label={t('picker.listLabel')}
          >
            {open && matches.first.length > 0 ? (
              <>
                <div role="group" aria-labelledby={`${id}-first`} className="doc-combobox__group">
                  <div role="presentation" id={`${id}-first`} className="doc-combobox__heading">
                    {t('picker.eventGroup')}
                  </div>
                  {matches.first.map((doc, i) => option(doc, i))}
                </div>
                {matches.others.length > 0 ? (
                  <div
                    role="group"
                    aria-labelledby={`${id}-others`}
                    className="doc-combobox__group"
                  >
                    <div role="presentation" id={`${id}-others`} className="doc-combobox__heading">
                      {t('picker.otherGroup')}
                    </div>
                    {matches.others.map((doc, j) => option(doc, matches.first.length + j))}
                  </div>
                ) : null}
              </>
            ) : (
              matches.others.map((doc, i) => option(doc, i))
            )}
          </div>
          {open && options.length === 0 ? (
            <p className="doc-combobox__note">{t('picker.none', { query: query ?? '' })}</p>
          ) : null}
          {open && hidden > 0 ? (
            <p className="doc-combobox__note">{t('picker.more', { count: hidden })}</p>
          ) : null}
        </div>
      </div>
      <p id={hintId} className="visually-hidden">
        {t('picker.hint')}
      </p>
      <p className="visually-hidden" role="status">
        {open && typed ? t('picker.status', { count: matches.total }) : null}
      </p>
    </div>
  );
}
