import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '../../domain/corpus/split-schema';
import type { Language } from '../../i18n/i18n';

interface DocumentSelectProps {
  documents: readonly DocumentInfo[];
  value: string;
  lang: Language;
  onChange(id: string): void;
}

/** The document to read, from a native select: for a corpus of a few documents. */
export function DocumentSelect({ documents, value, lang, onChange }: DocumentSelectProps) {
  const { t } = useTranslation('source', { lng: lang });
  const id = useId();
  return (
    <div className="source-picker">
      <label htmlFor={id}>{t('document')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {documents.map((doc) => (
          <option key={doc.id} value={doc.id}>
            {doc.title[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
