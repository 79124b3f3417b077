import type { DocumentInfo } from '../../domain/corpus/split-schema';
import type { Language } from '../../i18n/i18n';
import { DocumentCombobox } from './DocumentCombobox';
import { DocumentSelect } from './DocumentSelect';

/**
 * Up to this many documents, a native select: every title fits in one short drop-down that
 * the browser (and a phone) handles best, type-ahead included. Beyond it a list becomes a hunt
 * and its DOM grows with the corpus, so a search box takes over. It equals the options the
 * search box shows at most: either way the picker holds at most this many options.
 */
const NATIVE_SELECT_MAX = 50;

interface DocumentPickerProps {
  documents: readonly DocumentInfo[];
  value: string;
  lang: Language;
  /** Offered first in the search box (e.g. the documents of the selected event). */
  first: readonly DocumentInfo[];
  onChange(id: string): void;
}

/** Chooses the document to read, by title: a native select for a few, a search box for many. */
export function DocumentPicker({ documents, value, lang, first, onChange }: DocumentPickerProps) {
  return documents.length <= NATIVE_SELECT_MAX ? (
    <DocumentSelect documents={documents} value={value} lang={lang} onChange={onChange} />
  ) : (
    <DocumentCombobox
      documents={documents}
      value={value}
      lang={lang}
      first={first}
      limit={NATIVE_SELECT_MAX}
      onChange={onChange}
    />
  );
}
