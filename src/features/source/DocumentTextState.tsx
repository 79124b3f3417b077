import { useTranslation } from 'react-i18next';
import type { DocumentText } from '../../domain/corpus/document-texts';
import type { Language } from '../../i18n/i18n';

interface DocumentTextStateProps {
  /** Any state but ready. */
  state: DocumentText;
  lang: Language;
  /** Asks for the text again (after the server did not answer or answered with an error). */
  onRetry(): void;
}

/**
 * What the reader shows while a document's text is on its way, or why it cannot be shown: its
 * shard is missing, damaged (its SHA-256 is not the index's) or unreadable. Only this
 * document is affected; the message says the rest of the corpus still works.
 */
export function DocumentTextState({ state, lang, onRetry }: DocumentTextStateProps) {
  const { t } = useTranslation('source', { lng: lang });
  if (state.status !== 'failed') {
    return (
      <p className="source-reader__text-state" role="status" aria-busy="true">
        {t('text.loading')}
      </p>
    );
  }
  const again = state.failure === 'network' || state.failure === 'http';
  return (
    <div
      className="source-reader__text-state source-reader__text-state--failed"
      role="alert"
      data-failure={state.failure}
    >
      <p>{t(`text.${state.failure}`)}</p>
      {again ? (
        <button type="button" className="source-reader__jump" onClick={onRetry}>
          {t('text.retry')}
        </button>
      ) : null}
    </div>
  );
}
