import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { readyDocument } from '../../domain/corpus/document-texts';
import type { Story } from '../../domain/corpus/schema';
import { formatDateValue, formatDay } from '../../i18n/format-date';
import type { Language } from '../../i18n/i18n';
import { serialiseViewState, stepViewState, type KnownIds, type ViewState } from '../../url-state';
import { useDocumentTexts } from '../../ui/useDocumentTexts';
import { evidenceTranslation } from '../event/evidence-translation';
import './StoryReport.css';

interface StoryReportProps {
  story: Story;
  index: CorpusIndex;
  known: KnownIds;
  base: ViewState;
  lang: Language;
  /** Today, as YYYY-MM-DD (the printed date). */
  today: string;
  onDone(): void;
}

/**
 * A story as a printed report: each step's caption, its event with its date, the quotes with
 * their translations, and the link that opens the step. Printed at once, then gone.
 */
export function StoryReport({ story, index, known, base, lang, today, onDone }: StoryReportProps) {
  const { t } = useTranslation('story');
  // The texts the report quotes are fetched first (a split corpus); printed once each settled.
  const cited = useMemo(() => {
    const ids = new Set<string>();
    for (const step of story.steps) {
      const { state } = stepViewState(step, base, known);
      const event = state.event ? index.eventsById.get(state.event) : undefined;
      for (const span of event?.evidence ?? []) ids.add(span.document);
    }
    return [...ids];
  }, [story, index, base, known]);
  const texts = useDocumentTexts(index.texts, cited);
  const settled = texts.every((s) => s.status === 'ready' || s.status === 'failed');
  useEffect(() => {
    if (!settled) return;
    document.documentElement.classList.add('printing-story');
    const done = () => {
      document.documentElement.classList.remove('printing-story');
      onDone();
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      document.documentElement.classList.remove('printing-story');
    };
  }, [onDone, settled]);

  const page = `${window.location.origin}${window.location.pathname}`;
  return createPortal(
    <article className="story-report" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <p>{t('report.heading')}</p>
      <h1>
        <bdi>{story.title[lang]}</bdi>
      </h1>
      <p>{t('report.corpus', { name: index.corpus.name[lang] })}</p>
      <p>{t('report.printed', { date: formatDay(today, lang) })}</p>
      <p>
        <bdi>{story.summary[lang]}</bdi>
      </p>
      <ol>
        {story.steps.map((step, i) => {
          const { state } = stepViewState(step, base, known);
          const event = state.event ? index.eventsById.get(state.event) : undefined;
          const link = `${page}${serialiseViewState({ ...state, story: story.id, step: i + 1 })}`;
          return (
            <li key={i} className="story-report__step">
              <h2>{t('stepOf', { step: i + 1, total: story.steps.length })}</h2>
              <p className="story-report__caption">
                <bdi>{step.caption[lang]}</bdi>
              </p>
              {event ? (
                <>
                  <h3>
                    <bdi>{event.title[lang]}</bdi> — {formatDateValue(event.date, lang)}
                  </h3>
                  <p className="story-report__quote-label">{t('report.quote')}</p>
                  {event.evidence.map((span, k) => {
                    const info = index.documentsById.get(span.document);
                    const doc = readyDocument(index.texts, span.document);
                    if (!info || !doc) return null;
                    const en = evidenceTranslation(doc, span);
                    return (
                      <blockquote key={k}>
                        <p lang="ar" dir="rtl" className="story-report__arabic">
                          {doc.text.slice(span.start, span.end)}
                        </p>
                        {en ? (
                          <p lang="en" dir="ltr">
                            {en}
                          </p>
                        ) : null}
                        <footer>
                          <bdi>{info.title[lang]}</bdi>
                        </footer>
                      </blockquote>
                    );
                  })}
                </>
              ) : null}
              <p className="story-report__link">
                {t('report.link')} <span dir="ltr">{link}</span>
              </p>
            </li>
          );
        })}
      </ol>
    </article>,
    document.body,
  );
}
